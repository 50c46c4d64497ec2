/**
 * `policy-annotator scan <folder>`: mentions of the catalog's entities in every document.
 *
 * Streams: documents are read several at a time and scanned on worker threads (folderDocuments.ts;
 * the folder is walked once, for the catalog, the dates and the documents: listedOnceStore.ts),
 * and their results come back in path order and are dropped after counting, so memory does not
 * grow with the corpus text; only per-entity counts, one small record a document and the paths
 * stay (and, for the scan cache, the new scans until it is written). With `--mentions` each document's rows are written in order, waiting for stdout
 * to drain when it is full.
 */
import { scannedDocument } from '../core/indexing/documentScan';
import type { ScanArgs } from './args';
import { builtInDisplayName } from '../core/catalog/catalogExtends';
import { hasErrors } from '../core/base/diagnostics';
import { EXIT_OK, EXIT_PROBLEMS } from './cliError';
import { withFolderScan } from './folderScanSetup';
import type { CliEnv } from './cliEnv';
import { EntityTally } from './entityTally';
import { plural } from '../core/text/plural';
import { csvRow, diagnosticLine, sortDiagnostics } from './formatters';
import { MENTION_COLUMNS, mentionCsv, mentionListing, mentionRows, type MentionRow } from './mentionRows';
import { entityReport, formatDuration, scanTotals } from './scanReport';
import { LineBuffer } from './textSink';

export async function runScan(args: ScanArgs, env: CliEnv): Promise<number> {
  const started = env.clock();
  return withFolderScan(
    env,
    args.folder,
    args.catalogs,
    async ({ folder, loaded, matcher, dating, documents, pool, cache }) => {
      const { catalog, files, builtIn } = loaded;
      const catalogNames = [...builtIn.map(builtInDisplayName), ...files.map((f) => f.file)];
      const tally = new EntityTally(catalog.entities);
      const out = new LineBuffer(env.out);
      const formatRow = args.mentions ? mentionFormatter(args.format) : undefined;
      if (args.mentions && args.format === 'csv') await out.line(csvRow(MENTION_COLUMNS));
      for await (const { path, scan, text } of documents.scan(pool, formatRow !== undefined)) {
        dating.record(scan.dateProblems);
        const scanned = scannedDocument(scan);
        tally.add(path, scanned.mentions);
        if (formatRow && text !== undefined) {
          for (const row of mentionRows(path, text, scanned, matcher.entities)) await out.line(formatRow(row));
          await out.flush();
        }
      }

      const elapsedMs = env.clock() - started;
      if (!formatRow) {
        await env.out.write(
          entityReport(args.format, {
            folder: folder.display(''),
            catalogs: catalogNames,
            tally,
            includeUnmentioned: args.all,
            elapsedMs,
            fromCache: cache?.reused ?? 0,
          }),
        );
      } else if (args.format === 'table') {
        const t = scanTotals(tally, elapsedMs, cache?.reused ?? 0);
        await out.line(
          `\n${plural(t.mentions, 'mention')} of ${plural(t.entitiesMentioned, 'entity', 'entities')} in ${plural(t.documents, 'document')}, ${formatDuration(t.elapsedMs)}`,
        );
      }
      await out.flush();
      for (const d of sortDiagnostics(dating.diagnostics)) await env.err.write(`${diagnosticLine(d)}\n`);
      if (documents.unreadable > 0) await env.err.write(`${plural(documents.unreadable, 'document')} could not be read\n`);
      // The report is complete for the sound part of the catalog, but a script must see the errors too.
      return documents.unreadable > 0 || hasErrors(catalog.diagnostics) || hasErrors(dating.diagnostics) ? EXIT_PROBLEMS : EXIT_OK;
    },
    { cache: !args.noCache },
  );
}

function mentionFormatter(format: ScanArgs['format']): (row: MentionRow) => string {
  if (format === 'csv') return mentionCsv;
  if (format === 'json') return (row) => JSON.stringify(row);
  return mentionListing;
}
