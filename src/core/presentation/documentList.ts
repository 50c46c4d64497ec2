/**
 * What the Documents view shows, as plain data: the corpus documents a filter on their attributes
 * keeps (core/analysis/documentFilter.ts, the Analysis panel's and the command line's `--where`),
 * sorted by path or by date; each document's description and tooltip, and the attribute lines
 * shown under it.
 */
import { groupValue } from '../analysis/documentAttributes';
import type { Attributes, DocumentFilter } from '../analysis/documentFilter';
import type { DocumentDate } from '../catalog/catalogPeriod';
import { counted } from '../text/plural';
import { compareNames } from './entityGrouping';

export type DocumentSort = 'path' | 'date';

export interface DocumentRow {
  /** The workspace path (documents.yaml's and the filter's `path`). */
  path: string;
  date?: DocumentDate;
  /** Its attributes, as `documentAttributes` gives them. */
  attributes: Attributes;
}

export interface DocumentListing<T extends DocumentRow> {
  /** The documents the filter keeps, in order. */
  rows: T[];
  /** How many documents the corpus has. */
  total: number;
}

/** The documents `filter` keeps (all without one), sorted by path, or by date (undated last) then path. */
export function listDocuments<T extends DocumentRow>(
  documents: Iterable<T>,
  filter: DocumentFilter | undefined,
  sortBy: DocumentSort,
): DocumentListing<T> {
  let total = 0;
  const rows: T[] = [];
  for (const d of documents) {
    total++;
    if (!filter || filter.matches(d.attributes)) rows.push(d);
  }
  const byPath = (a: T, b: T): number => compareNames(a.path, b.path);
  const day = (d: T): number => d.date?.day ?? Number.POSITIVE_INFINITY;
  rows.sort(sortBy === 'date' ? (a, b) => day(a) - day(b) || byPath(a, b) : byPath);
  return { rows, total };
}

/** Attributes every document has or that repeat another line: its path is the item, its year the date's. */
const DERIVED = new Set(['path', 'date', 'year']);

export interface AttributeLine {
  name: string;
  /** The value as text (a list's items joined by commas). */
  value: string;
  /** Where a date comes from (`documents.yaml`, `file name`, …). */
  source?: string;
}

/** The lines under a document: its date with where it comes from, then the attributes given for it, in their order. */
export function attributeLines(row: DocumentRow): AttributeLine[] {
  const lines: AttributeLine[] = row.date ? [{ name: 'date', value: row.date.text, source: row.date.source }] : [];
  for (const name of row.attributes.keys()) if (!DERIVED.has(name)) lines.push({ name, value: groupValue(row.attributes, name) });
  return lines;
}

/** "1999-09-21 · 12 mentions · speeches/1999": the date if any, the mentions, the folder if not the top. */
export function documentDescription(row: DocumentRow, mentions: number): string {
  const slash = row.path.lastIndexOf('/');
  return [row.date?.text, counted(mentions, 'mention'), slash > 0 ? row.path.slice(0, slash) : undefined]
    .filter((part) => part !== undefined)
    .join(' · ');
}

/** The path, the mentions, then every attribute line (`date: 1999 (file name)`), one a line. */
export function documentTooltip(row: DocumentRow, mentions: number): string {
  const lines = attributeLines(row).map(({ name, value, source }) => `${name}: ${value}${source ? ` (${source})` : ''}`);
  return [row.path, counted(mentions, 'mention'), ...lines].join('\n');
}

/** What the view says of the list: its count ("3 of 5 documents"), and what the filter is. */
export function listingSummary(listing: DocumentListing<DocumentRow>, filter: string): { description: string; message?: string } {
  const { rows, total } = listing;
  if (!filter) return { description: counted(total, 'document') };
  const description = `${rows.length.toLocaleString('en')} of ${counted(total, 'document')}`;
  if (rows.length === 0)
    return { description, message: `No document matches ${filter}. Clear the filter to see all ${total.toLocaleString('en')}.` };
  return { description, message: `Documents where ${filter}: ${description}.` };
}
