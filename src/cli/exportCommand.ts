/**
 * `policy-annotator export <folder> --format csv|json|w3c [--out <folder>]`: the coded segments of
 * every sidecar of the folder, re-anchored against the documents' current text, written to
 * standard output or as one file inside the `--out` folder. Read-only on the corpus. Problems go
 * to stderr as `file:line:col: severity: message [code]`; the sound annotations are exported all
 * the same, and any error makes the exit code 1.
 */
import { hasErrors, type Diagnostic } from '../core/base/diagnostics';
import { csvExport, csvRows, jsonExport, w3cExport, type EntityFacts, type ExportFormat, type ExportRecord } from '../core/export';
import { compileMatcher } from '../core/matcher/mentionMatcher';
import { loadDocumentDates } from './documentDating';
import { plural } from '../core/text/plural';
import type { ExportArgs } from './args';
import { loadCatalogs, noCatalogAtAll, noCatalogMessage } from './catalogDiscovery';
import { EXIT_OK, EXIT_PROBLEMS } from './cliError';
import type { CliEnv, Folder } from './cliEnv';
import { folderRecords, type ExportSources } from './exportSidecars';
import { CODEBOOK_FILE_NAME, listFolder, loadFolderCodebook } from './folderFiles';
import { folderName } from './folderName';
import { diagnosticLine, sortDiagnostics } from './formatters';
import { runQdpxExport } from './qdpxExportCommand';

export const EXPORT_FILE_NAMES: Record<ExportFormat, string> = {
  csv: 'annotations.csv',
  json: 'annotations.json',
  w3c: 'annotations.jsonld',
};

export async function runExport(args: ExportArgs, env: CliEnv): Promise<number> {
  if (args.format === 'qdpx') return runQdpxExport(args, env);
  const format = args.format;
  const folder = await env.openFolder(args.folder);
  const diagnostics: Diagnostic[] = [];
  const loaded = await loadCatalogs(env, folder, args.catalogs);
  const { catalog } = loaded;
  diagnostics.push(...catalog.diagnostics);
  if (noCatalogAtAll(loaded))
    diagnostics.push({
      file: folder.display(''),
      line: 0,
      column: 0,
      severity: 'warning',
      code: 'no-catalog',
      message: `${noCatalogMessage(folder)}; no entity is listed as mentioned in a passage`,
    });
  const listing = await listFolder(folder);
  const codebook = await loadFolderCodebook(env, folder, args.codebook, listing.present.has(CODEBOOK_FILE_NAME));
  if (codebook) diagnostics.push(...codebook.codebook.diagnostics);

  const dating = await loadDocumentDates(folder);
  const sources: ExportSources = {
    folder,
    listing,
    catalog,
    matcher: catalog.entities.length > 0 ? compileMatcher(catalog) : undefined,
    dayOf: dating.dayOf,
    codebook: codebook?.codebook,
  };
  const records = await folderRecords(sources, diagnostics);
  diagnostics.push(...dating.diagnostics);
  for (const d of sortDiagnostics(diagnostics)) await env.err.write(`${diagnosticLine(d)}\n`);

  const text = exportText(format, args.base, folder, records, (id) => catalog.byId.get(id));
  if (args.out === undefined) {
    await env.out.write(text);
  } else {
    const shown = await env.writeExport(args.out, EXPORT_FILE_NAMES[format], text, args.force);
    await env.out.write(`wrote ${shown}: ${summary(format, records, listing.sidecars.length)}\n`);
  }
  return hasErrors(diagnostics) ? EXIT_PROBLEMS : EXIT_OK;
}

function exportText(
  format: ExportFormat,
  base: string | undefined,
  folder: Folder,
  records: ExportRecord[],
  entity: (id: string) => EntityFacts | undefined,
): string {
  switch (format) {
    case 'csv':
      return csvExport(records);
    case 'json':
      return jsonExport(records);
    case 'w3c':
      return w3cExport(records, { base: base ?? folder.iri, label: `Policy Annotator annotations of ${folderName(folder)}`, entity });
  }
}

/** `12 annotations from 3 sidecars (1 orphaned, 1 needs review), 15 rows`. */
function summary(format: ExportFormat, records: readonly ExportRecord[], sidecars: number): string {
  const notAnchored = (['needs-review', 'ambiguous', 'orphaned'] as const)
    .map((s) => [s, records.filter((r) => r.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s.replace('-', ' ')}`);
  const rows =
    format === 'csv'
      ? `, ${plural(
          records.reduce((n, r) => n + csvRows(r).length, 0),
          'row',
        )}`
      : '';
  return `${plural(records.length, 'annotation')} from ${plural(sidecars, 'sidecar')}${notAnchored.length > 0 ? ` (${notAnchored.join(', ')})` : ''}${rows}`;
}
