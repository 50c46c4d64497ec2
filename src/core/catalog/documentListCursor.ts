/**
 * Where the cursor is in a documents.yaml being typed, for completion: the key of an entry of the
 * `documents:` list (a new entry's first key included), the value of one of its keys (or an item
 * of a list value), or a key of the file itself. The text is read with a mark at the cursor by the
 * `yaml` package's CST parser, which never gives up: a half-typed line (`    gen`, `  - `,
 * `genre: sp`, `{ path: a.txt, gen`) becomes a scalar holding the mark, placed by the parser's own
 * rules of indentation and flow, and the tokens around it say which slot it fills.
 */
import { CST, Parser } from 'yaml';
import { guardYamlText } from '../yaml/yamlFile';

/** Put at the cursor: a private-use character, never in an analyst's file and part of any scalar. */
export const MARK = '\uE000';

/** The text with the mark at the cursor. */
export const markCursor = (text: string, offset: number): string => text.slice(0, offset) + MARK + text.slice(offset);

/** What is known of the entry the cursor is in. */
export interface EntryAtCursor {
  /** Its keys but the one being typed. */
  keys: string[];
  /** Its path, when written. */
  path?: string;
}

interface SlotBase {
  /** The text the completion replaces: the scalar under the cursor (inside its quotes). */
  start: number;
  end: number;
  /** What is typed of it before the cursor. */
  partial: string;
  /** The quote the scalar is written in, when it is quoted. */
  quote?: '"' | "'";
  /** Inside `[...]` or `{...}`: a value must not hold `,` or brackets unquoted. */
  flow: boolean;
}

export type ListSlot =
  /** A key of the file itself (`documents`). */
  | (SlotBase & { kind: 'file-key'; hasColon: boolean })
  /** A key of an entry. `opens`: what a key typed here must be written in to be an entry's key:
   * `- ` (right under `documents:`), `{ }` (an item of a flow list), or nothing. */
  | (SlotBase & { kind: 'key'; entry: EntryAtCursor; hasColon: boolean; opens: 'dash' | 'braces' | undefined })
  /** The value of an entry's key; `items`: the other items when it is an item of a list value. */
  | (SlotBase & { kind: 'value'; key: string; entry: EntryAtCursor; items?: string[] });

type Collection = CST.BlockMap | CST.BlockSequence | CST.FlowCollection;
type FlowScalar = CST.FlowScalar;

/** One step from the document down to the scalar: a collection, the item, and which side of it. */
interface Step {
  collection: Collection;
  item: CST.CollectionItem;
  side: 'key' | 'value';
}

/** Past this length the cursor is placed in the lines of its entry alone: the parser takes 0.4 s
 * over a list of 10,000 entries, and nothing before or after the entry changes its slot. */
export const WINDOW_FROM = 64 * 1024;

/** The slot the cursor at `offset` is in, if it is one that completion fills. */
export function cursorSlot(text: string, offset: number, windowFrom = WINDOW_FROM): ListSlot | undefined {
  const window = text.length > windowFrom ? entryLines(text, offset) : undefined;
  if (!window) return slotIn(text, offset);
  // The entry's lines under a `documents:` of their own, as they are in the file.
  const head = 'documents:\n';
  const slot = slotIn(head + text.slice(window.start, window.end), offset - window.start + head.length);
  const shift = window.start - head.length;
  return slot && { ...slot, start: slot.start + shift, end: slot.end + shift };
}

/**
 * The lines of the entry of a block `documents:` list that the cursor is in: from the line of its
 * `- ` to the next entry's (or the end of the list). Undefined when the cursor is elsewhere or the
 * list is not a block list (then the whole text is read).
 */
function entryLines(text: string, offset: number): { start: number; end: number } | undefined {
  const list = /^documents[ \t]*:[ \t]*(?:#.*)?\r?\n/m.exec(text);
  if (!list || offset < list.index + list[0].length) return undefined;
  const listEnd = list.index + list[0].length;
  const firstItem = /^( *)-(?:[ \t]|\r?$)/m.exec(text.slice(listEnd, listEnd + 4096));
  if (!firstItem) return undefined;
  const indent = firstItem[1].length;
  /** `entry`: the line opens an entry; `out`: it ends the list; `in`: anything else. */
  const lineKind = (start: number): 'entry' | 'out' | 'in' => {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
    const content = line.trimStart();
    const at = line.length - content.length;
    if (content === '' || content.startsWith('#') || at > indent) return 'in';
    if (at === indent && /^-(?:[ \t]|$)/.test(content)) return 'entry';
    return at < indent || indent === 0 ? 'out' : 'in';
  };
  // Left of where an entry's keys start (on its dash, or in the indentation of a line between
  // entries), the whole text says where the cursor is.
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  if (offset - start <= indent + 1) return undefined;
  // Up from the cursor's line to the line of the entry's `- `.
  for (let kind = lineKind(start); kind !== 'entry'; kind = lineKind(start)) {
    if (kind === 'out' || start <= listEnd) return undefined;
    start = text.lastIndexOf('\n', start - 2) + 1;
  }
  // Down to the next entry's line, or the end of the list.
  let end = text.indexOf('\n', offset);
  while (end >= 0 && lineKind(end + 1) === 'in') end = text.indexOf('\n', end + 1);
  return { start, end: end < 0 ? text.length : end + 1 };
}

function slotIn(text: string, offset: number): ListSlot | undefined {
  const marked = markCursor(text, offset);
  if (guardYamlText(marked, '') !== undefined) return undefined;
  for (const token of new Parser().parse(marked)) {
    if (token.type !== 'document') continue;
    const found = locate(token.value, []);
    return found && slotOf(found.scalar, found.steps, marked);
  }
  return undefined;
}

function locate(token: CST.Token | null | undefined, steps: Step[]): { scalar: FlowScalar; steps: Step[] } | undefined {
  if (!token) return undefined;
  if (CST.isScalar(token)) return token.type !== 'block-scalar' && token.source.includes(MARK) ? { scalar: token, steps } : undefined;
  if (!CST.isCollection(token)) return undefined;
  for (const item of token.items) {
    for (const side of ['key', 'value'] as const) {
      const found = locate(item[side], [...steps, { collection: token, item, side }]);
      if (found) return found;
    }
  }
  return undefined;
}

const isMap = (c: Collection): boolean => c.type === 'block-map' || (c.type === 'flow-collection' && c.start.source === '{');
const isSeq = (c: Collection): boolean => c.type === 'block-seq' || (c.type === 'flow-collection' && c.start.source === '[');
const hasColon = (item: CST.CollectionItem): boolean => (item.sep ?? []).some((t) => t.type === 'map-value-ind');

/** A scalar token's value (quotes and escapes resolved); undefined for anything else or the mark's. */
function scalarValue(token: CST.Token | null | undefined): string | undefined {
  if (!token || !CST.isScalar(token) || token.source.includes(MARK)) return undefined;
  const value = CST.resolveAsScalar(token)?.value;
  return value === undefined || value === '' ? undefined : value;
}

/** True when the step's scalar is a key being typed: the key side, or a lone word in a mapping. */
const typesKey = (step: Step): boolean => step.side === 'key' || (isMap(step.collection) && !step.item.key && !hasColon(step.item));

function entryAt(map: Collection | undefined): EntryAtCursor {
  if (!map || !isMap(map)) return { keys: [] };
  const keys = map.items.map((i) => scalarValue(i.key)).filter((k): k is string => k !== undefined);
  const pathItem = map.items.find((i) => scalarValue(i.key) === 'path');
  return { keys, path: scalarValue(pathItem?.value) };
}

function slotOf(scalar: FlowScalar, steps: Step[], marked: string): ListSlot | undefined {
  const base = scalarSpan(scalar, steps);
  if (base === undefined) return undefined;
  const [file, list, entry, inner] = steps;
  if (!file) return { ...base, kind: 'file-key', hasColon: false };
  if (!isMap(file.collection)) return undefined;
  if (typesKey(file)) return steps.length === 1 ? { ...base, kind: 'file-key', hasColon: hasColon(file.item) } : undefined;
  if (scalarValue(file.item.key) !== 'documents') return undefined;
  if (!list) {
    // `documents:` and, on a line below it, a word: the first entry, still without its `- `.
    const keyEnd = file.item.key && CST.isScalar(file.item.key) ? file.item.key.offset + file.item.key.source.length : scalar.offset;
    if (!marked.slice(keyEnd, scalar.offset).includes('\n') || file.collection.type !== 'block-map') return undefined;
    return { ...base, kind: 'key', entry: { keys: [] }, hasColon: false, opens: 'dash' };
  }
  if (!isSeq(list.collection)) return undefined;
  if (!entry) {
    // An item of the list that is a word so far (`  - pa`, `[{ path: a.txt }, pa`), or, in a flow
    // list, a pair written without braces.
    if (list.side === 'value' && list.item.key && hasColon(list.item)) {
      const key = scalarValue(list.item.key);
      return key === undefined ? undefined : { ...base, kind: 'value', key, entry: { keys: [key] } };
    }
    const opens = list.collection.type === 'flow-collection' ? (list.side === 'key' ? undefined : 'braces') : undefined;
    return { ...base, kind: 'key', entry: { keys: [] }, hasColon: hasColon(list.item), opens };
  }
  if (!isMap(entry.collection)) return undefined;
  const at = entryAt(entry.collection);
  if (typesKey(entry)) return inner ? undefined : { ...base, kind: 'key', entry: at, hasColon: hasColon(entry.item), opens: undefined };
  const key = scalarValue(entry.item.key);
  if (key === undefined) return undefined;
  if (!inner) return { ...base, kind: 'value', key, entry: at };
  if (steps.length > 4 || !isSeq(inner.collection) || inner.side !== 'value' || inner.item.key) return undefined;
  const items = inner.collection.items.map((i) => scalarValue(i.value)).filter((v): v is string => v !== undefined);
  return { ...base, kind: 'value', key, entry: at, items };
}

/** The scalar's span without the mark, and what is typed of it; undefined when what is typed runs
 * over a line break (a plain scalar continued on the cursor's line is no slot). The span ends with
 * the cursor's line: a quote left open runs on to the end of the file, which is not replaced. */
function scalarSpan(scalar: FlowScalar, steps: readonly Step[]): SlotBase | undefined {
  const source = scalar.source;
  const at = source.indexOf(MARK);
  const flow = steps.some((s) => s.collection.type === 'flow-collection');
  const lineEnd = /\r?\n/.exec(source.slice(at))?.index;
  const within = (end: number): number => (lineEnd === undefined ? end : Math.min(end, scalar.offset + at + lineEnd - 1));
  if (scalar.type === 'scalar') {
    const partial = source.slice(0, at);
    return partial.includes('\n') ? undefined : { start: scalar.offset, end: within(scalar.offset + source.length - 1), partial, flow };
  }
  const quote = scalar.type === 'double-quoted-scalar' ? '"' : "'";
  const partial = source.slice(1, at);
  if (partial.includes('\n')) return undefined;
  const closed = source.length > at + 1 && source.endsWith(quote);
  const end = scalar.offset + source.length - 1 - (closed ? 1 : 0);
  return { start: scalar.offset + 1, end: within(end), partial, quote, flow };
}
