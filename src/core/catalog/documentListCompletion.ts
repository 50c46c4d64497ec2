/**
 * Completion in a documents.yaml: what to offer where the cursor is (documentListCursor.ts). As an
 * entry's key: `path`, `date`, then the attributes other entries use (of this list and the
 * workspace's other lists), most used first (in this list, then in the others), then the usual attributes no entry uses yet. As a
 * `path`: the corpus documents below the list's folder that it does not list yet. As a `date`:
 * the formats a date is read in (and the year in the document's name). As any other key's value:
 * the values other entries give it, most frequent first (in this list, then in the others). Plain data: the editor turns each item
 * into its own completion item.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { DOCUMENTS_FILE_NAME, isAttributeValue, listedPath, nameDate } from './documentDates';
import { cursorSlot, markCursor, MARK, type ListSlot } from './documentListCursor';
import { parseYaml } from '../yaml/yamlFile';
import { doubleQuoted, yamlScalar } from '../yaml/yamlScalar';

/** Attributes the schema (schemas/documents.schema.json) describes, offered even before any entry uses them. */
export const USUAL_ATTRIBUTES = ['author', 'organisation', 'country', 'genre', 'language', 'title'] as const;

/** Past this many documents to offer as paths, only those holding what is typed are, this many at most. */
export const MAX_PATHS = 1000;

export interface ListCompletionContext {
  text: string;
  offset: number;
  /** The corpus documents below the list's folder, relative to it (as its paths are written),
   * each with a word on it (its date, say). */
  documents: ReadonlyArray<{ path: string; detail?: string }>;
  /** The attributes of the entries of the workspace's other documents.yaml files. */
  otherEntries: ReadonlyArray<Readonly<Record<string, unknown>>>;
}

export interface ListCompletionItem {
  label: string;
  /** The text put in, a snippet when `snippet`. */
  insert: string;
  snippet?: boolean;
  detail: string;
  documentation?: string;
  kind: 'file-key' | 'key' | 'value' | 'path' | 'date';
  /** Ask for completion again once it is put in (a key's values). */
  retrigger?: boolean;
}

export interface ListCompletions {
  /** What the items replace. */
  start: number;
  end: number;
  /** Best first. */
  items: ListCompletionItem[];
  /** More would come with more typed (the paths were cut at MAX_PATHS). */
  incomplete: boolean;
}

/**
 * The entries of the list being written, read again only when a line other than the cursor's
 * changed: typing on one line of a list of 10,000 entries reads them once (the parser takes half a
 * second over them).
 */
export class ListEntries {
  private outside: string | undefined;
  private entries: Entry[] | undefined;

  /** The list's entries as plain values, what holds the cursor's mark left out (undefined: no list). */
  at(text: string, offset: number): Entry[] | undefined {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const lineEnd = text.indexOf('\n', offset);
    const outside = `${text.slice(0, lineStart)}\n${lineEnd < 0 ? '' : text.slice(lineEnd)}`;
    if (outside !== this.outside) {
      this.outside = outside;
      this.entries = entriesOf(markCursor(text, offset));
    }
    return this.entries;
  }
}

/** `entries`: kept by the caller from one request to the next. */
export function documentListCompletions(context: ListCompletionContext, entries = new ListEntries()): ListCompletions | undefined {
  const slot = cursorSlot(context.text, context.offset);
  if (!slot) return undefined;
  const here = entries.at(context.text, context.offset);
  const out = (items: ListCompletionItem[], incomplete = false): ListCompletions => ({
    start: slot.start,
    end: slot.end,
    items,
    incomplete,
  });
  if (slot.kind === 'file-key') {
    if (here !== undefined) return out([]);
    const insert = slot.hasColon ? 'documents' : 'documents:\n  - path: $0';
    const detail = 'the list of documents, each with its path, date and attributes';
    return out([{ label: 'documents', insert, snippet: !slot.hasColon, detail, kind: 'file-key', retrigger: !slot.hasColon }]);
  }
  const listed = here ?? [];
  if (slot.kind === 'key') return out(keyItems(slot, listed, context.otherEntries));
  if (slot.key === 'path') {
    if (slot.items) return out([]);
    return pathItems(slot, listed, context.documents, out);
  }
  if (slot.key === 'date') return out(slot.items ? [] : dateItems(slot));
  return out(valueItems(slot, listed, context.otherEntries));
}

type Entry = Record<string, unknown>;

function entriesOf(marked: string): Entry[] | undefined {
  const doc = parseYaml(marked, DOCUMENTS_FILE_NAME).doc;
  const top: unknown = doc?.contents;
  if (!isMap(top) || !top.has('documents')) return undefined;
  const list = top.get('documents', true);
  if (!isSeq(list)) return [];
  const unmarked = (v: unknown): boolean => !(typeof v === 'string' && v.includes(MARK));
  const entries: Entry[] = [];
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const entry: Entry = {};
    for (const pair of item.items) {
      if (!isScalar(pair.key) || typeof pair.key.value !== 'string' || !unmarked(pair.key.value)) continue;
      let value: unknown;
      try {
        value = isScalar(pair.value) || isSeq(pair.value) ? pair.value.toJSON() : undefined;
      } catch {
        continue; // an alias to nothing, say: that value says nothing
      }
      entry[pair.key.value] = Array.isArray(value) ? value.filter(unmarked) : unmarked(value) ? value : undefined;
    }
    entries.push(entry);
  }
  return entries;
}

/** How many entries of this list and of the others use something. */
interface Uses {
  here: number;
  elsewhere: number;
}

const entriesWord = (n: number): string => (n === 1 ? '1 entry' : `${n} entries`);

function usesDetail(uses: Uses): string {
  const parts = [uses.here > 0 ? `${entriesWord(uses.here)} here` : '', uses.elsewhere > 0 ? `${uses.elsewhere} in other lists` : ''];
  return parts.filter(Boolean).join(', ');
}

function count<K>(map: Map<K, Uses>, key: K, side: keyof Uses): void {
  const uses = map.get(key) ?? { here: 0, elsewhere: 0 };
  uses[side]++;
  map.set(key, uses);
}

/** Most used in this list first, then in the others, then by name. */
const byUse = <K>(uses: Map<K, Uses>): Array<[K, Uses]> =>
  [...uses].sort((a, b) => b[1].here - a[1].here || b[1].elsewhere - a[1].elsewhere || String(a[0]).localeCompare(String(b[0])));

function keyItems(
  slot: Extract<ListSlot, { kind: 'key' }>,
  entries: readonly Entry[],
  others: readonly Readonly<Entry>[],
): ListCompletionItem[] {
  const used = new Map<string, Uses>();
  for (const [list, side] of [
    [entries, 'here'],
    [others, 'elsewhere'],
  ] as const) {
    for (const entry of list) for (const key of Object.keys(entry)) if (key !== 'path' && key !== 'date') count(used, key, side);
  }
  const candidates: Array<{ key: string; detail: string; documentation?: string }> = [
    { key: 'path', detail: "the document's path, relative to this file's folder (required)" },
    {
      key: 'date',
      detail: 'YYYY, YYYY-MM or YYYY-MM-DD',
      documentation: "The date dated names are read as of. The document's own front matter `date:` wins over it.",
    },
    ...byUse(used).map(([key, uses]) => ({ key, detail: `attribute: ${usesDetail(uses)}` })),
    ...USUAL_ATTRIBUTES.filter((key) => !used.has(key)).map((key) => ({ key, detail: 'attribute: in no entry yet' })),
  ];
  const present = new Set(slot.entry.keys);
  return candidates
    .filter((c) => !present.has(c.key))
    .map(({ key, detail, documentation }) => {
      const written = slot.quote ? key : yamlScalar(key, slot.flow ? 'flow' : 'block');
      const item = { label: key, detail, documentation, kind: 'key' as const };
      if (slot.hasColon || slot.quote) return { ...item, insert: written };
      if (slot.opens === 'braces') return { ...item, insert: `{ ${written}: $1 }`, snippet: true, retrigger: true };
      return { ...item, insert: `${slot.opens === 'dash' ? '- ' : ''}${written}: `, retrigger: true };
    });
}

type ValueSlot = Extract<ListSlot, { kind: 'value' }>;

const FILE_NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_./-]*\.\p{L}+$/u;

/** A value as written in the slot: inside its quotes, or plain where YAML reads it back the same. */
function written(value: unknown, slot: ValueSlot): string {
  const text = String(value);
  if (typeof value !== 'string') return text;
  if (slot.quote === '"') return doubleQuoted(text).slice(1, -1);
  if (slot.quote === "'") return text.replace(/'/g, "''");
  // A file name with its extension is a plain string: no need to ask the parser for each of 1,000.
  if (FILE_NAME.test(text)) return text;
  return yamlScalar(text, slot.flow ? 'flow' : 'block');
}

function pathItems(
  slot: ValueSlot,
  entries: readonly Entry[],
  documents: ListCompletionContext['documents'],
  out: (items: ListCompletionItem[], incomplete?: boolean) => ListCompletions,
): ListCompletions {
  const listed = new Set(entries.map((e) => (typeof e.path === 'string' ? listedPath('', e.path) : undefined)));
  let unlisted = documents.filter((d) => !listed.has(d.path));
  const incomplete = unlisted.length > MAX_PATHS;
  if (incomplete) {
    const typed = slot.partial.toLowerCase();
    unlisted = unlisted.filter((d) => d.path.toLowerCase().includes(typed)).slice(0, MAX_PATHS);
  }
  const items = unlisted.map((d) => ({
    label: d.path,
    insert: written(d.path, slot),
    detail: d.detail ?? 'corpus document',
    kind: 'path' as const,
  }));
  return out(items, incomplete);
}

function dateItems(slot: ValueSlot): ListCompletionItem[] {
  const named = slot.entry.path === undefined ? undefined : nameDate(slot.entry.path);
  const year = named?.text ?? 'YYYY';
  const documentation =
    'A year alone is read as 1 July, a month as its first day. A time may follow a day (2019-05-01T10:00:00+02:00). ' +
    "The document's own front matter `date:` wins over this one.";
  const formats: ListCompletionItem[] = [
    { label: 'YYYY-MM-DD', insert: `\${1:${year}}-\${2:MM}-\${3:DD}`, snippet: true, detail: 'a day', documentation, kind: 'date' },
    { label: 'YYYY-MM', insert: `\${1:${year}}-\${2:MM}`, snippet: true, detail: 'a month', documentation, kind: 'date' },
    { label: 'YYYY', insert: `\${1:${year}}`, snippet: true, detail: 'a year', documentation, kind: 'date' },
  ];
  if (!named) return formats;
  return [{ label: named.text, insert: named.text, detail: `the year in its ${named.source}`, documentation, kind: 'date' }, ...formats];
}

function valueItems(slot: ValueSlot, entries: readonly Entry[], others: readonly Readonly<Entry>[]): ListCompletionItem[] {
  const values = new Map<string, Uses>();
  const kept = new Map<string, unknown>();
  for (const [list, side] of [
    [entries, 'here'],
    [others, 'elsewhere'],
  ] as const) {
    for (const entry of list) {
      const value = entry[slot.key];
      if (value === undefined || value === null || !isAttributeValue(value)) continue;
      for (const v of Array.isArray(value) ? (value as unknown[]) : [value]) {
        const key = `${typeof v}:${String(v)}`;
        kept.set(key, v);
        count(values, key, side);
      }
    }
  }
  const taken = new Set(slot.items ?? []);
  return byUse(values)
    .map(([key, uses]) => ({ value: kept.get(key), uses }))
    .filter(({ value }) => !taken.has(String(value)))
    .map(({ value, uses }) => ({ label: String(value), insert: written(value, slot), detail: usesDetail(uses), kind: 'value' as const }));
}
