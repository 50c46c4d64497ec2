/**
 * Finds codes in a parsed `codebook.yaml` by id, with the list that holds them, for the codebook
 * editor. Walks `codes:` and every `children:` list; ids are compared as the loader reads them.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

export interface FoundCode {
  map: YAMLMap<unknown, unknown>;
  /** The `codes:` or `children:` pair whose list holds the code. */
  listPair: Pair<unknown, unknown>;
  index: number;
}

export function pairOf(map: YAMLMap<unknown, unknown>, key: string): Pair<unknown, unknown> | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key);
}

export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  return typeof node.value === 'number' ? (node.source ?? String(node.value)) : undefined;
}

export function findCode(doc: Document.Parsed, id: string): FoundCode | undefined {
  if (!isMap(doc.contents)) return undefined;
  const codes = pairOf(doc.contents, 'codes');
  return codes && findIn(codes, id);
}

function findIn(listPair: Pair<unknown, unknown>, id: string): FoundCode | undefined {
  const list = listPair.value as Node | null;
  if (!isSeq(list)) return undefined;
  for (let index = 0; index < list.items.length; index++) {
    const map = list.items[index];
    if (!isMap(map)) continue;
    if (scalarText(pairOf(map, 'id')?.value) === id) return { map, listPair, index };
    const children = pairOf(map, 'children');
    const found = children && findIn(children, id);
    if (found) return found;
  }
  return undefined;
}
