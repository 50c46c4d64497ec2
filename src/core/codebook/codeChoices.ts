/**
 * What renaming and merging codes may choose (issue 5): a new id that is a valid, unused slug;
 * a code to merge into that is neither the code itself nor below it; and, for sidecars that
 * cannot be read safely, whether their text may still use a code (a rename must not leave them
 * behind).
 */
import { CODE_ID_PATTERN, flattenCodes, type Code, type Codebook } from './codebook';

/** Ids of every code below `code`. */
export function descendantIds(code: Code): Set<string> {
  return new Set(flattenCodes(code.children).map((c) => c.id));
}

/** Codes `sourceId` may be merged into: every codebook code but itself and its descendants. */
export function mergeTargets(codebook: Codebook, sourceId: string): Code[] {
  const source = codebook.byId.get(sourceId);
  const below = source ? descendantIds(source) : new Set<string>();
  return flattenCodes(codebook.codes).filter((c) => c.id !== sourceId && !below.has(c.id));
}

/** `Hedging › ASEAN centrality`: the names from the top code down to this one. */
export function codePath(codebook: Codebook, id: string): string {
  const names: string[] = [];
  const seen = new Set<string>();
  for (
    let code = codebook.byId.get(id);
    code && !seen.has(code.id);
    code = code.parent === undefined ? undefined : codebook.byId.get(code.parent)
  ) {
    seen.add(code.id);
    names.unshift(code.name);
  }
  return names.length > 0 ? names.join(' › ') : id;
}

/** Why `value` cannot become the new id of code `currentId` (undefined when it can). */
export function newCodeIdProblem(value: string, currentId: string, codebook: Codebook): string | undefined {
  const id = value.trim();
  if (id === currentId) return undefined;
  if (id === '') return 'a code id cannot be empty';
  if (!CODE_ID_PATTERN.test(id))
    return `'${id}' is not a code id: lowercase letters, digits, '-', '.', '_' (starting with a letter or digit)`;
  if (codebook.byId.has(id)) return `a code '${id}' already exists: merge the codes instead of renaming`;
  return undefined;
}

/** Why `value` cannot be a code name (undefined when it can). */
export function codeNameProblem(value: string): string | undefined {
  return value.trim() === '' ? 'a code name cannot be empty' : undefined;
}

/** True when the text holds `id` as a whole code id (not inside a longer one): a sidecar that
 * cannot be parsed may still use the code there. */
export function mayUseCode(text: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}._-])${escaped}(?![\\p{L}\\p{N}._-])`, 'u').test(text);
}
