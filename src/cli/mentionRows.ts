/**
 * One row per mention for `scan --mentions`. Positions follow ARCHITECTURE.md, Files the analyst owns: `start`/`end` count code
 * points over the normalised text (BOM removed, CRLF -> LF), end exclusive; `line` and `column`
 * are 1-based, the column in code points from the start of the line. `text` is the normalised
 * text between start and end, so a multi-word mention wrapped over lines keeps its line break.
 */
import type { Entity } from '../core/catalog/catalogTypes';
import type { ScannedDocument } from '../core/matcher/documentScanner';
import { normaliseText } from '../core/text/textOffsets';
import { csvRow } from './formatters';

export interface MentionRow {
  document: string;
  entity: string;
  name: string;
  kind: string;
  type: string;
  line: number;
  column: number;
  start: number;
  end: number;
  text: string;
}

export const MENTION_COLUMNS = ['document', 'entity', 'name', 'kind', 'type', 'line', 'column', 'start', 'end', 'text'] as const;

export function* mentionRows(document: string, raw: string, scanned: ScannedDocument, entities: readonly Entity[]): Generator<MentionRow> {
  const { mentions, offsets } = scanned;
  for (let i = 0; i < mentions.length; i++) {
    const e = entities[mentions.entity(i)];
    const rawStart = mentions.start(i);
    const rawEnd = mentions.end(i);
    const start = offsets.toCodePoint(rawStart);
    yield {
      document,
      entity: e.id,
      name: e.name,
      kind: e.kind,
      type: e.type,
      line: mentions.line(i) + 1,
      column: start - offsets.toCodePoint(rawStart - mentions.column(i)) + 1,
      start,
      end: offsets.toCodePoint(rawEnd),
      text: normaliseText(raw.slice(rawStart, rawEnd)),
    };
  }
}

export function mentionCsv(row: MentionRow): string {
  return csvRow(MENTION_COLUMNS.map((c) => row[c]));
}

/** `document:line:column  Name [id]  "text"`, the text JSON-quoted so line breaks stay visible. */
export function mentionListing(row: MentionRow): string {
  return `${row.document}:${row.line}:${row.column}  ${row.name} [${row.entity}]  ${JSON.stringify(row.text)}`;
}
