/**
 * `policy-annotator scan <folder>`: mentions of the catalog's entities in every document.
 *
 * Streams: documents are listed lazily, read several at a time and scanned on worker threads
 * (folderDocuments.ts), and their results come back in path order and are dropped after counting,
 * so memory does not grow with the corpus text; only per-entity counts and one small record a
 * document stay. With `--mentions` each document's rows are written in order, waiting for stdout
 * to drain when it is full.
 */
import { scannedDocument } from '../core/indexing/documentScan';
import { compileMatcher } from '../core/mentionMatcher';
import type { ScanArgs } from './args';
import { builtInDisplayName } from '../core/catalogExtends';
import { loadCatalogs, noCatalogAtAll, noCatalogMessage } from './catalogDiscovery';
import { loadDocumentDates } from './documentDating';
import { FolderDocuments } from './folderDocuments';
import { WorkerScanPool } from '../node/workerScanPool';
import { hasErrors } from '../core/diagnostics';
import { CliError, EXIT_OK, EXIT_PROBLEMS } from './cliError';
import type { CliEnv } from './cliEnv';
import { EntityTally } from './entityTally';
import { plural } from '../core/plural';
import { csvRow, diagnosticLine, sortDiagnostics } from './formatters';
import { MENTION_COLUMNS, mentionCsv, mentionListing, mentionRows, type MentionRow } from './mentionRows';
import { entityReport, formatDuration, scanTotals } from './scanReport';
import { LineBuffer } from './textSink';

export async function runScan(args: ScanArgs, env: CliEnv): Promise<number> {
  const started = env.clock();
  const folder = await env.openFolder(args.folder);
  const loaded = await loadCatalogs(env, folder, args.catalogs);
  const { catalog, files, builtIn } = loaded;
  for (const d of sortDiagnostics(catalog.diagnostics)) await env.err.write(`${diagnosticLine(d)}\n`);
  if (noCatalogAtAll(loaded)) throw new CliError(noCatalogMessage(folder));
  const dating = await loadDocumentDates(folder);
  const catalogNames = [...builtIn.map(builtInDisplayName), ...files.map((f) => f.file)];

  const matcher = compileMatcher(catalog);
  const tally = new EntityTally(catalog.entities);
  const out = new LineBuffer(env.out);
  const formatRow = args.mentions ? mentionFormatter(args.format) : undefined;
  if (args.mentions && args.format === 'csv') await out.line(csvRow(MENTION_COLUMNS));
  const documents = new FolderDocuments(folder, env);
  const pool = new WorkerScanPool({ matcher, listed: dating.listed, keepBom: true });
  try {
    for await (const { path, scan, text } of documents.scan(pool, formatRow !== undefined)) {
      dating.record(scan.dateProblems);
      const scanned = scannedDocument(scan);
      tally.add(path, scanned.mentions);
      if (formatRow && text !== undefined) {
        for (const row of mentionRows(path, text, scanned, matcher.entities)) await out.line(formatRow(row));
        await out.flush();
      }
    }
  } finally {
    pool.close();
  }

  const elapsedMs = env.clock() - started;
  if (!formatRow) {
    await env.out.write(entityReport(args.format, { folder: folder.display(''), catalogs: catalogNames, tally, includeUnmentioned: args.all, elapsedMs }));
  } else if (args.format === 'table') {
    const t = scanTotals(tally, elapsedMs);
    await out.line(`\n${plural(t.mentions, 'mention')} of ${plural(t.entitiesMentioned, 'entity', 'entities')} in ${plural(t.documents, 'document')}, ${formatDuration(t.elapsedMs)}`);
  }
  await out.flush();
  for (const d of sortDiagnostics(dating.diagnostics)) await env.err.write(`${diagnosticLine(d)}\n`);
  if (documents.unreadable > 0) await env.err.write(`${plural(documents.unreadable, 'document')} could not be read\n`);
  // The report is complete for the sound part of the catalog, but a script must see the errors too.
  return documents.unreadable > 0 || hasErrors(catalog.diagnostics) || hasErrors(dating.diagnostics) ? EXIT_PROBLEMS : EXIT_OK;
}

function mentionFormatter(format: ScanArgs['format']): (row: MentionRow) => string {
  if (format === 'csv') return mentionCsv;
  if (format === 'json') return (row) => JSON.stringify(row);
  return mentionListing;
}
