/**
 * One list item as a small YAML document of its own: parsed from the item's text, edited through
 * the `yaml` Document API (comments and unknown keys ride along), and spelled back at the column
 * the list uses. Only the items an edit touches go through here; the others are copied as text.
 */
import {
  Document,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Node,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { indentLines, RENDER_OPTIONS } from './yamlText';

export type PlainMap = Record<string, unknown>;

/** Parses an item's text (`- key: value` lines at any column). Throws when it is not one mapping. */
export function parseItem(itemText: string): { doc: Document; map: YAMLMap<unknown, unknown> } {
  const doc = parseDocument(itemText, { uniqueKeys: true });
  const seq = doc.contents;
  const map = isSeq(seq) && seq.items.length === 1 ? seq.items[0] : undefined;
  if (doc.errors.length > 0 || !isMap(map)) throw new Error(`not a single list item: ${doc.errors[0]?.message ?? 'unexpected shape'}`);
  return { doc, map };
}

/** The item as plain data (unknown keys included). */
export function plainOf(doc: Document, map: YAMLMap<unknown, unknown>): PlainMap {
  return map.toJS(doc) as PlainMap;
}

/** The item's lines at column `indent`, each ending in a line break. */
export function renderItem(doc: Document, indent: number): string {
  return indentLines(doc.toString(RENDER_OPTIONS), indent);
}

/** Spells a node of another document (an item of a `[...]` list) as block lines at `indent`. */
export function renderNode(node: Node, indent: number): string {
  const doc = new Document([]);
  (doc.contents as YAMLSeq).items.push(node.clone());
  return renderItem(doc, indent);
}

/** An item's text with fields set (see `setFields`), respelled at `indent`; the plain data it reads
 * back as is returned too (a respelling that would not read back throws). */
export function editItemText(
  itemText: string,
  changes: PlainMap,
  order: readonly string[],
  indent: number,
): { text: string; value: PlainMap } {
  const { doc, map } = parseItem(itemText);
  setFields(doc, map, changes, order);
  const text = renderItem(doc, indent);
  const check = parseItem(text);
  return { text, value: plainOf(check.doc, check.map) };
}

/** A new item from plain data, keys in the given order first. Lists of scalars are written `[a, b]`,
 * mappings as indented blocks. */
export function renderNewItem(value: PlainMap, indent: number, order: readonly string[] = []): string {
  const doc = new Document([]);
  const map = doc.createNode({}) as YAMLMap<unknown, unknown>;
  (doc.contents as YAMLSeq).items.push(map);
  setFields(doc, map, value, order);
  return renderItem(doc, indent);
}

/**
 * Sets (or, for `undefined`, removes) fields of the item. A replaced value keeps the comments
 * attached to the old one, its flow or block style, and the quoting of a string. A new key goes
 * before the first present key that `order` puts after it.
 */
export function setFields(doc: Document, map: YAMLMap<unknown, unknown>, changes: PlainMap, order: readonly string[]): void {
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) {
      map.delete(key);
      continue;
    }
    const old = map.get(key, true) as Node | undefined;
    const node = doc.createNode(value) as Node;
    if (isSeq(node) && node.items.every((i) => isScalar(i) && !String(i.value).includes('\n'))) node.flow = true;
    if (old && isCollection(old) && isCollection(node)) node.flow = old.flow;
    if (old && isScalar(old) && isScalar(node)) node.type = keptStyle(old, node);
    quoteMultilineStrings(node, map.flow === true);
    if (old) {
      node.comment = old.comment;
      node.commentBefore = old.commentBefore;
      map.set(key, node);
      continue;
    }
    const rank = order.indexOf(key);
    const before =
      rank < 0
        ? -1
        : map.items.findIndex((p) => {
            const k = order.indexOf(String(isScalar(p.key) ? p.key.value : p.key));
            return k > rank;
          });
    const pair = doc.createPair(key, node);
    if (before < 0) map.items.push(pair);
    else map.items.splice(before, 0, pair);
  }
}

/** The old scalar's quoting when it suits the new string (quotes for one line, a block for several). */
function keptStyle(old: Scalar, node: Scalar): Scalar.Type | undefined {
  if (typeof old.value !== 'string' || typeof node.value !== 'string') return undefined;
  const multiline = node.value.includes('\n');
  if (old.type === 'QUOTE_DOUBLE' || old.type === 'QUOTE_SINGLE') return multiline ? undefined : old.type;
  if (old.type === 'BLOCK_LITERAL' || old.type === 'BLOCK_FOLDED') return multiline ? old.type : undefined;
  return undefined;
}

/**
 * Strings with line breaks that the `yaml` library could spell wrongly are written double-quoted
 * (`"a\nb"`, on one line, exact for any text):
 * - inside a flow collection (`{...}`, `[...]`, or an item written as one): no block scalar fits
 *   there, and the library's plain spelling breaks on a string starting with `?`, `-` or `:` followed by
 *   a line break (`prefix: ?` + newline reads as a complex key: "Missing , between flow map items");
 * - with whitespace at the end of a line: as a block scalar, an editor that trims trailing
 *   whitespace on save would change the quote.
 */
function quoteMultilineStrings(node: Node, inFlow: boolean): void {
  visit(node, {
    Scalar(_, scalar, path) {
      const value = scalar.value;
      if (typeof value !== 'string' || !value.includes('\n')) return;
      const flow = inFlow || path.some((p) => isCollection(p) && p.flow === true);
      if (flow || /[ \t](\n|$)/.test(value)) scalar.type = 'QUOTE_DOUBLE';
    },
  });
}
