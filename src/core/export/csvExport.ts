/**
 * The CSV export: a header, then one row per (annotation, code) pair; an annotation without codes
 * gives one row with an empty code. Lines end with LF; cells follow `csvCell`.
 */
import type { ExportCode, ExportRecord } from './exportTypes';
import { csvLine, type CsvValue } from './csvCells';

export const CSV_COLUMNS = [
  'document',
  'annotation',
  'code',
  'codeName',
  'codePath',
  'quote',
  'note',
  'author',
  'created',
  'modified',
  'status',
  'storedStatus',
  'storedStart',
  'storedEnd',
  'start',
  'end',
  'startLine',
  'endLine',
  'entities',
] as const;

/** Entity ids in the `entities` cell. */
export const ENTITY_SEPARATOR = ';';

export function csvRows(record: ExportRecord): CsvValue[][] {
  const codes: Array<ExportCode | undefined> = record.codes.length > 0 ? record.codes : [undefined];
  return codes.map((code) => [
    record.document,
    record.id,
    code?.id,
    code?.name,
    code?.path,
    record.quote,
    record.note,
    record.author,
    record.created,
    record.modified,
    record.status,
    record.storedStatus,
    record.stored?.start,
    record.stored?.end,
    record.anchored?.start,
    record.anchored?.end,
    record.anchored?.startLine,
    record.anchored?.endLine,
    record.entities.join(ENTITY_SEPARATOR),
  ]);
}

export function csvExport(records: readonly ExportRecord[]): string {
  const lines = [csvLine(CSV_COLUMNS), ...records.flatMap(csvRows).map(csvLine)];
  return `${lines.join('\n')}\n`;
}
