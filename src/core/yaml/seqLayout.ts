/**
 * Where the items of a YAML sequence (the value of one mapping key) sit in the source text, so
 * that an editor can rewrite one item and copy the others byte for byte.
 *
 * A block sequence item spans from the start of the line holding its `-` to the end of the line
 * holding its last content (a trailing comment on that line included). What lies between two
 * items (blank lines, comments written above an item) is "glue" and is copied as it is. The
 * document must have been parsed with `keepSourceTokens` (the `-` positions come from the CST).
 */
import { isMap, isScalar, isSeq, type CST, type Node, type Pair } from 'yaml';
import { lineEndAfter, lineStartOf } from './yamlText';

export interface SeqItemSpan {
  start: number;
  end: number;
  node: Node;
}

interface LayoutBase {
  /** Offset just after the `:` of the key. */
  colonEnd: number;
  /** Column of the key (items written under it go two columns further). */
  keyIndent: number;
}

/** A block sequence (`- ` items on their own lines). */
export interface BlockSeqLayout extends LayoutBase {
  kind: 'block';
  /** Column of the `-` of every item. */
  indent: number;
  items: SeqItemSpan[];
}

/** No items yet or written on one line: `key:`, `key: []`, `key: [a, b]`. Rewritten as a whole. */
export interface InlineSeqLayout extends LayoutBase {
  kind: 'inline';
  /** End of the value (`colonEnd` when there is none). */
  valueEnd: number;
  nodes: Node[];
}

export type SeqLayout = BlockSeqLayout | InlineSeqLayout;

/** The layout, or a reason why this spelling cannot be edited safely by splicing. */
export function seqLayout(text: string, pair: Pair): SeqLayout | string {
  const key = pair.key as Node | null;
  if (!key?.range) return 'the key has no position';
  let colon = key.range[1];
  while (text[colon] === ' ' || text[colon] === '\t') colon++;
  if (text[colon] !== ':') return 'the key is not followed by `:` (complex keys are not supported)';
  const keyStart = lineStartOf(text, key.range[0]);
  const base = { colonEnd: colon + 1, keyIndent: key.range[0] - keyStart };
  const value = pair.value as Node | null;
  if (value === null || (isScalar(value) && value.value === null)) {
    // `key:` alone, `key: ~` or `key: null`: the value (if spelled) ends on the key's line.
    const lineEnd = text.indexOf('\n', colon);
    // An empty null (`key: # note`) has a range of no length just past the space: no value is spelled.
    const end = value?.range && value.range[1] > value.range[0] ? value.range[1] : colon + 1;
    return { ...base, kind: 'inline', valueEnd: lineEnd >= 0 && end > lineEnd ? colon + 1 : Math.max(end, colon + 1), nodes: [] };
  }
  if (!isSeq(value) || !value.range) return 'the value is not a list';
  if (value.flow) return { ...base, kind: 'inline', valueEnd: value.range[1], nodes: value.items as Node[] };
  const token = value.srcToken as CST.BlockSequence | undefined;
  if (token?.type !== 'block-seq') return 'the list was parsed without source tokens';
  const dashes = token.items.map((i) => i.start.find((t) => t.type === 'seq-item-ind')?.offset).filter((o): o is number => o !== undefined);
  if (dashes.length !== value.items.length) return 'list items and their `-` markers do not match';
  const items: SeqItemSpan[] = [];
  let indent = -1;
  for (let i = 0; i < dashes.length; i++) {
    const node = value.items[i] as Node;
    const start = lineStartOf(text, dashes[i]);
    if (text.slice(start, dashes[i]).trim() !== '') return `item ${i + 1} does not start its line`;
    if (indent >= 0 && dashes[i] - start !== indent) return 'list items are not aligned';
    indent = dashes[i] - start;
    const end = lineEndAfter(text, Math.max(dashes[i] + 1, contentEnd(node)));
    if (items.length > 0 && start < items[items.length - 1].end) return 'list items overlap';
    items.push({ start, end, node });
  }
  return { ...base, kind: 'block', indent, items };
}

/** End offset of a node's last content, leaving out comments that follow it on later lines. */
export function contentEnd(node: Node | null | undefined): number {
  if (!node?.range) return 0;
  if (isMap(node) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1];
    return Math.max(contentEnd(last.key as Node), contentEnd(last.value as Node | null));
  }
  if (isSeq(node) && !node.flow && node.items.length > 0) return contentEnd(node.items[node.items.length - 1] as Node);
  return node.range[1];
}
