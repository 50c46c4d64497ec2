/** The per-entity report of `scan`: an aligned table with a total line, CSV, or one JSON object. */
import type { OutputFormat } from './args';
import type { EntityTally, EntityTotal } from './entityTally';
import { plural } from '../core/text/plural';
import { csvRow, renderTable, type Column } from './formatters';

export interface ScanTotals {
  documents: number;
  mentions: number;
  entitiesMentioned: number;
  entitiesInCatalog: number;
  elapsedMs: number;
  /** Documents whose scan came from the scan cache. */
  fromCache: number;
}

export interface ScanReportInput {
  folder: string;
  catalogs: string[];
  tally: EntityTally;
  includeUnmentioned: boolean;
  elapsedMs: number;
  fromCache: number;
}

const ENTITY_COLUMNS: ReadonlyArray<Column<EntityTotal>> = [
  { title: 'Entity', align: 'left', value: (e) => e.name, maxWidth: 48 },
  { title: 'Kind', align: 'left', value: (e) => e.kind },
  { title: 'Type', align: 'left', value: (e) => e.type },
  { title: 'Mentions', align: 'right', value: (e) => e.mentions },
  { title: 'Documents', align: 'right', value: (e) => e.documents },
];

export const ENTITY_CSV_COLUMNS = ['id', 'name', 'kind', 'type', 'mentions', 'documents'] as const;

export function scanTotals(tally: EntityTally, elapsedMs: number, fromCache: number): ScanTotals {
  return {
    documents: tally.documents.length,
    mentions: tally.mentions,
    entitiesMentioned: tally.entitiesMentioned,
    entitiesInCatalog: tally.entitiesInCatalog,
    elapsedMs: Math.round(elapsedMs),
    fromCache,
  };
}

/** "5 documents scanned, 1234 mentions, 45 of 188 entities mentioned, 85 ms" and, when the scan
 * cache gave any, "; 4 from the scan cache". */
export function totalLine(t: ScanTotals): string {
  return (
    `${plural(t.documents, 'document')} scanned, ${plural(t.mentions, 'mention')}, ` +
    `${t.entitiesMentioned} of ${plural(t.entitiesInCatalog, 'entity', 'entities')} mentioned, ${formatDuration(t.elapsedMs)}` +
    (t.fromCache > 0 ? `; ${t.fromCache} from the scan cache` : '')
  );
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

export function entityReport(format: OutputFormat, input: ScanReportInput): string {
  const rows = input.tally.ranking(input.includeUnmentioned);
  const totals = scanTotals(input.tally, input.elapsedMs, input.fromCache);
  if (format === 'csv')
    return [csvRow(ENTITY_CSV_COLUMNS), ...rows.map((r) => csvRow(ENTITY_CSV_COLUMNS.map((c) => r[c])))].join('\n') + '\n';
  if (format === 'json') {
    const report = { folder: input.folder, catalogs: input.catalogs, documents: input.tally.documents, entities: rows, totals };
    return `${JSON.stringify(report, null, 2)}\n`;
  }
  return [...renderTable(ENTITY_COLUMNS, rows), '', totalLine(totals)].join('\n') + '\n';
}
