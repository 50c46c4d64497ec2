/**
 * Where things are in a parsed catalog file, for edits that splice text at the right place: the
 * `entities:` list (or where it would go), an entity's mapping by id, a field of a mapping.
 */
import { isMap, isNode, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

/** The `entities:` list, an empty value to replace, or nothing yet. */
export type EntitiesSlot =
  { kind: 'list'; seq: YAMLSeq; key: Node } | { kind: 'empty'; key: Node; value: Scalar } | { kind: 'missing'; top: YAMLMap | undefined };

/** A node that is not what an edit needs, with why. */
export interface LayoutProblem {
  node: Node | undefined;
  message: string;
}

/** A node's [start, value end, node end] offsets, if it has them. */
export function rangeOf(node: unknown): [number, number, number] | undefined {
  return isNode(node) ? (node.range ?? undefined) : undefined;
}

/** The pair of a block or flow mapping whose key is the plain string `key`. */
export function pairOf(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  for (const pair of map.items) {
    if (isPair(pair) && isScalar(pair.key) && pair.key.value === key) return pair as Pair<Node, Node | null>;
  }
  return undefined;
}

export function isEmptyValue(node: unknown): node is Scalar {
  return isScalar(node) && node.value === null;
}

export function findEntities(doc: Document.Parsed): EntitiesSlot | LayoutProblem {
  const top = doc.contents;
  if (top === null || isEmptyValue(top)) return { kind: 'missing', top: undefined };
  if (!isMap(top)) return { node: top, message: 'the catalog must be a mapping with an `entities:` list' };
  const pair = pairOf(top, 'entities');
  if (!pair) {
    if (top.flow) return { node: top, message: 'the catalog is written as a flow mapping ({...}); add `entities:` by hand first' };
    return { kind: 'missing', top };
  }
  const key = pair.key;
  if (pair.value === null || isEmptyValue(pair.value)) {
    const value = pair.value ?? undefined;
    if (value && rangeOf(value)) return { kind: 'empty', key, value };
    return { node: key, message: '`entities:` has no value the editor can locate; write `entities: []` first' };
  }
  if (isSeq(pair.value)) return { kind: 'list', seq: pair.value, key };
  return { node: pair.value, message: '`entities` must be a list' };
}

/** The mapping of the entity whose `id` is `id`, among the items of the list. */
export function findEntity(seq: YAMLSeq, id: string): YAMLMap | undefined {
  for (const item of seq.items) {
    if (!isMap(item)) continue;
    const value = pairOf(item, 'id')?.value;
    if (isScalar(value) && scalarText(value) === id) return item;
  }
  return undefined;
}

/** A scalar's text as the loader reads it: strings as parsed, numbers as written (`0x1A`). */
export function scalarText(node: Scalar): string {
  return typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
}

export function isProblem(x: object): x is LayoutProblem {
  return 'message' in x;
}
