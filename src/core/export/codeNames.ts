/** Names of codes for exports: the code's own name and its path from the top of the codebook. */
import type { Code } from '../codebook/codebook';
import type { ExportCode } from './exportTypes';

export const CODE_PATH_SEPARATOR = ' / ';

export type CodeLookup = ReadonlyMap<string, Code>;

export function exportCode(codes: CodeLookup, id: string): ExportCode {
  const code = codes.get(id);
  if (!code) return { id, name: '', path: '' };
  const names = [code.name];
  const seen = new Set([code.id]);
  for (let parent = code.parent; parent !== undefined && !seen.has(parent);) {
    seen.add(parent);
    const up = codes.get(parent);
    if (!up) break;
    names.unshift(up.name);
    parent = up.parent;
  }
  return { id, name: code.name, path: names.join(CODE_PATH_SEPARATOR) };
}
