/**
 * The date of a corpus document, which decides how dated names in it are read (issue 11): from
 * its YAML front matter (`date:`), else from a `documents.yaml` in its folder or above it
 * (`documents: [{ path, date, … }]`, paths relative to that file), else from a four-digit year
 * in its file name (`USA_54_1999.txt`, `2016-kausikan-….txt`), else in the name of a folder it
 * is in. A document with none is undated. Every date says where it came from; a date that does
 * not parse is a located problem and the next source is used.
 */
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { parseDay, type DocumentDate } from './catalogPeriod';
import type { Diagnostic } from '../base/diagnostics';
import { parseYaml } from '../yaml/yamlFile';
import { YamlReader } from '../yaml/yamlReader';
import { checkEntryKeys } from './documentListKeys';

export const DOCUMENTS_FILE_NAME = 'documents.yaml';

/** One document listed in a documents.yaml: its path (relative to the workspace) and fields. */
export interface ListedDocument {
  path: string;
  date?: DocumentDate;
  /** Every other field as written (attributes for analysis). */
  fields: Record<string, unknown>;
  /** Where its entry starts in the list (1-based), for problems found later against the corpus. */
  line: number;
  column: number;
}

export interface DocumentList {
  file: string;
  documents: ListedDocument[];
  diagnostics: Diagnostic[];
}

const YEAR = /(?<![0-9])(1[6-9][0-9]{2}|20[0-9]{2})(?![0-9])/;
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n/;
/** The closing fence, right at the start of the rest (empty front matter) or on a later line. */
const FRONT_MATTER_END = /(?:^|\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** A `date:` value (a year as a number, or YYYY, YYYY-MM, YYYY-MM-DD, a time after it allowed
 * as static site generators write it: 2019-05-01T10:00:00+02:00) as a document date. */
function dateOf(value: unknown, source: string): DocumentDate | undefined {
  const written =
    typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  if (written === undefined) return undefined;
  const text = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(written)?.[1] ?? written;
  const day = parseDay(text, 'middle');
  return day === undefined ? undefined : { day, text, source };
}

/** A document's YAML front matter, parsed with the document's own line numbers, when it has one:
 * only a block that parses as a YAML mapping is front matter (a document that merely starts with
 * a `---` line, a rule or a separator, has none). */
function frontMatter(text: string, file: string): { reader: YamlReader; map: YAMLMap } | undefined {
  const open = FRONT_MATTER.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = FRONT_MATTER_END.exec(rest);
  if (!close) return undefined;
  // Parsed with the line before it blanked, so positions are the document's own.
  const yaml = `\n${rest.slice(0, close.index)}`;
  const parsed = parseYaml(yaml, file);
  if (!parsed.doc || parsed.diagnostics.some((d) => d.severity === 'error')) return undefined;
  const reader = new YamlReader(file, parsed.doc, parsed.lines);
  const top = reader.resolve(parsed.doc.contents);
  return isMap(top) ? { reader, map: top } : undefined;
}

/** Length of the document's front matter block, fences included (0 when it has none): what
 * counts of its words leave out. */
export function frontMatterLength(text: string): number {
  const open = FRONT_MATTER.exec(text);
  if (!open) return 0;
  const close = FRONT_MATTER_END.exec(text.slice(open[0].length));
  return close ? open[0].length + close.index + close[0].length : 0;
}

/** Every field of the document's front matter, as plain values (none when it has no front matter). */
export function frontMatterFields(text: string, file: string): Record<string, unknown> {
  const found = frontMatter(text, file);
  return found ? (found.map.toJSON() as Record<string, unknown>) : {};
}

/**
 * The date in a document's YAML front matter, if it has one; problems located in the document.
 */
export function frontMatterDate(text: string, file: string): { date?: DocumentDate; diagnostics: Diagnostic[] } {
  const found = frontMatter(text, file);
  if (!found) return { diagnostics: [] };
  const { reader: r, map: top } = found;
  const node = r.resolve(top.get('date', true));
  if (node === undefined) return { diagnostics: [] };
  const date = isScalar(node) ? dateOf(node.value, 'front matter') : undefined;
  if (!date) {
    r.report(
      node,
      'bad-date',
      `the document's date must be YYYY, YYYY-MM or YYYY-MM-DD, not '${isScalar(node) ? String(node.value) : 'a structure'}'`,
    );
    return { diagnostics: r.diagnostics };
  }
  return { date, diagnostics: [] };
}

/** A year in the file name, else in the nearest folder name that has one. */
export function nameDate(path: string): DocumentDate | undefined {
  const parts = path.split('/');
  for (let i = parts.length - 1; i >= 0; i--) {
    const m = YEAR.exec(parts[i]);
    if (m) return { day: parseDay(m[1], 'middle')!, text: m[1], source: i === parts.length - 1 ? 'file name' : 'folder name' };
  }
  return undefined;
}

/** The workspace path of a path written in a documents.yaml of `folder` (`''` or ending in `/`):
 * `.` and `..` segments are resolved; undefined when it climbs above the workspace folder. */
export function listedPath(folder: string, path: string): string | undefined {
  const parts: string[] = [];
  for (const part of (folder + path).split('/')) {
    if (part === '.' || part === '') continue;
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) return undefined;
  }
  return parts.join('/');
}

/** Reads a documents.yaml found at `file` (workspace-relative); its paths become workspace-relative. */
export function parseDocumentList(text: string, file: string): DocumentList {
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const parsed = parseYaml(text, file);
  const list: DocumentList = { file, documents: [], diagnostics: [...parsed.diagnostics] };
  if (!parsed.doc) return list;
  const r = new YamlReader(file, parsed.doc, parsed.lines);
  const top = r.resolve(parsed.doc.contents);
  if (top === undefined || (isScalar(top) && top.value === null)) return list;
  const map = r.asMap(top, 'documents.yaml (a mapping with a `documents:` list)');
  if (map) {
    const fields = r.fields(map, ['documents'], 'documents.yaml');
    /** The line of each path's first entry. */
    const seen = new Map<string, number>();
    const entries: YAMLMap[] = [];
    for (const item of r.asSeq(fields.get('documents')?.value, '`documents`')) {
      const entry = r.asMap(item, 'a document ({ path, date, … })');
      if (!entry) continue;
      entries.push(entry);
      const path = r.string(r.resolve(entry.get('path', true)), "the document's `path`", entry, true);
      if (path === undefined) continue;
      const absolute = /^(\/|[A-Za-z]:[\\/]|\\)/.test(path);
      const full = absolute ? undefined : listedPath(folder, path);
      if (full === undefined) {
        const why = absolute ? 'is an absolute path' : 'climbs above the workspace folder';
        r.report(r.resolve(entry.get('path', true)), 'bad-path', `'${path}' ${why}; paths are relative to this file's folder`);
        continue;
      }
      const at = r.position(entry);
      const first = seen.get(full);
      if (first !== undefined)
        r.report(entry, 'duplicate-document', `'${path}' is listed twice; the first entry (line ${first}) is used`, 'warning');
      else seen.set(full, at.line);
      const dateNode = r.resolve(entry.get('date', true));
      let date: DocumentDate | undefined;
      if (dateNode !== undefined) {
        date = isScalar(dateNode) ? dateOf(dateNode.value, DOCUMENTS_FILE_NAME) : undefined;
        if (!date) r.report(dateNode, 'bad-date', `the date of '${path}' must be YYYY, YYYY-MM or YYYY-MM-DD`);
      }
      const other = Object.fromEntries(
        Object.entries(entry.toJSON() as Record<string, unknown>).filter(([k]) => k !== 'path' && k !== 'date'),
      );
      checkYear(r, entry, path, date);
      for (const [key, value] of Object.entries(other)) {
        if (isAttributeValue(value)) continue;
        // An empty value is shown at its key: there is nothing else to point at.
        const keyNode = entry.items.find((p) => isScalar(p.key) && p.key.value === key)?.key as Node | undefined;
        r.report(
          (value === null ? keyNode : r.resolve(entry.get(key, true))) ?? entry,
          'bad-attribute',
          value === null
            ? `the attribute '${key}' of '${path}' has no value; analyses leave it out`
            : `the attribute '${key}' of '${path}' must be a text, a number, true or false, or a list of those; analyses leave it out`,
          'warning',
        );
      }
      if (first === undefined) list.documents.push({ path: full, date, fields: other, ...at });
    }
    checkEntryKeys(r, entries);
  }
  list.diagnostics.push(...r.diagnostics);
  return list;
}

/** A `year:` attribute: it does not date the document, and a date's year replaces it in analyses. */
function checkYear(r: YamlReader, entry: YAMLMap, path: string, date: DocumentDate | undefined): void {
  const node = r.resolve(entry.get('year', true));
  if (!isScalar(node)) return;
  const year = date && Math.floor(date.day / 10000);
  if (year === undefined) {
    const written = String(node.value);
    r.report(
      node,
      'year-attribute',
      `'year' does not date '${path}' (dated names and the charts over time read 'date'): write 'date: ${written}'`,
      'info',
    );
  } else if (Number(node.value) !== year) {
    r.report(
      node,
      'year-attribute',
      `'year: ${String(node.value)}' of '${path}' is left out: analyses take the year of its date (${year})`,
      'warning',
    );
  }
}

/** What an attribute may hold: what analyses filter and group by. */
export function isAttributeValue(value: unknown): boolean {
  const scalar = (v: unknown): boolean => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean';
  return scalar(value) || (Array.isArray(value) && value.every(scalar));
}

/** Dates by document path from every documents.yaml (a deeper file wins over one above it). */
export function listedDates(lists: readonly DocumentList[]): Map<string, DocumentDate> {
  const out = new Map<string, DocumentDate>();
  for (const d of byDepth(lists).flatMap((l) => l.documents)) if (d.date) out.set(d.path, d.date);
  return out;
}

/** The other fields of each listed document, by path (a deeper file's entry wins). */
export function listedFields(lists: readonly DocumentList[]): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const d of byDepth(lists).flatMap((l) => l.documents)) out.set(d.path, d.fields);
  return out;
}

/** The lists, shallowest first (where two list the same document, the later one's entry wins). */
export function byDepth(lists: readonly DocumentList[]): DocumentList[] {
  return [...lists].sort((a, b) => a.file.split('/').length - b.file.split('/').length);
}

/** The document's date: front matter, documents.yaml, file name, folder name, in that order. */
export function documentDate(
  path: string,
  text: string,
  listed: ReadonlyMap<string, DocumentDate>,
): { date?: DocumentDate; diagnostics: Diagnostic[] } {
  const front = frontMatterDate(text, path);
  if (front.date) return front;
  const date = listed.get(path) ?? nameDate(path);
  return { date, diagnostics: front.diagnostics };
}
