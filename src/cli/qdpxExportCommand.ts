/**
 * `policy-annotator export <folder> --format qdpx --out <dir>`: the folder as a REFI-QDA project,
 * `<dir>/<folder name>.qdpx` (issue 15), for NVivo, ATLAS.ti, MAXQDA and QualCoder. This command
 * only gathers the input (every corpus document with its attributes, every sidecar's annotations
 * re-anchored as `export` does, the codebook, with `--entities-as-codes` the catalog's mentions)
 * and writes the bytes atomically (an existing file only with --force); the core builds the
 * archive (core/exchange/qdpxExport.ts). Then the summary and the data-loss report on stdout.
 * Read-only on the corpus.
 */
import { documentAttributes } from '../core/analysis/documentAttributes';
import { hasErrors, type Diagnostic } from '../core/base/diagnostics';
import { isCorpusDocument } from '../core/base/ports';
import { frontMatterFields } from '../core/catalog/documentDates';
import { emptyCodebook } from '../core/codebook/codebook';
import type { QdeDocumentInput, QdeMentionInput } from '../core/exchange/qdeExportInput';
import { entityMentions, exportedEntities } from '../core/exchange/qdeGather';
import { qdpxFileName } from '../core/exchange/qdpxArchive';
import { exportQdpx, qdeReportLines, qdeSummary } from '../core/exchange/qdpxExport';
import { compileMatcher } from '../core/matcher/mentionMatcher';
import { UNDATED } from '../core/matcher/documentScanner';
import type { ExportArgs } from './args';
import { loadCatalogs } from './catalogDiscovery';
import { EXIT_OK, EXIT_PROBLEMS } from './cliError';
import type { CliEnv } from './cliEnv';
import { loadDocumentDates } from './documentDating';
import { folderRecords } from './exportSidecars';
import { CODEBOOK_FILE_NAME, listFolder, loadFolderCodebook, readFolderFile } from './folderFiles';
import { folderName } from './folderName';
import { diagnosticLine, sortDiagnostics } from './formatters';
import { VERSION } from './usage';

export async function runQdpxExport(args: ExportArgs, env: CliEnv): Promise<number> {
  const folder = await env.openFolder(args.folder);
  const diagnostics: Diagnostic[] = [];
  const { catalog } = await loadCatalogs(env, folder, args.catalogs);
  diagnostics.push(...catalog.diagnostics);
  const listing = await listFolder(folder);
  const loaded = await loadFolderCodebook(env, folder, args.codebook, listing.present.has(CODEBOOK_FILE_NAME));
  const codebook = loaded?.codebook ?? emptyCodebook();
  diagnostics.push(...codebook.diagnostics);
  const dating = await loadDocumentDates(folder);
  const matcher = args.entitiesAsCodes && catalog.entities.length > 0 ? compileMatcher(catalog) : undefined;

  const documents: QdeDocumentInput[] = [];
  const mentions = new Map<string, QdeMentionInput[]>();
  for (const path of [...listing.present].filter(isCorpusDocument).sort()) {
    const text = await readFolderFile(folder, path, folder.display(path));
    if (typeof text !== 'string') {
      diagnostics.push(text);
      continue;
    }
    const date = dating.dateOf(path, text);
    documents.push({ path, text, attributes: documentAttributes(path, date, dating.fields.get(path), frontMatterFields(text, path)) });
    if (matcher) mentions.set(path, entityMentions(matcher, text, date?.day ?? UNDATED));
  }
  const records = await folderRecords({ folder, listing, catalog, codebook }, diagnostics);
  diagnostics.push(...dating.diagnostics);
  for (const d of sortDiagnostics(diagnostics)) await env.err.write(`${diagnosticLine(d)}\n`);

  const name = folderName(folder);
  const file = exportQdpx({
    name,
    origin: `Policy Annotator ${VERSION}`,
    documents,
    records,
    codes: codebook.codes,
    unanchored: args.unanchored,
    entities: args.entitiesAsCodes ? { byId: exportedEntities(catalog), mentions } : undefined,
  });
  const shown = await env.writeExport(args.out!, qdpxFileName(name), file.bytes, args.force);
  await env.out.write(`wrote ${shown}: ${qdeSummary(file.report)}\n${qdeReportLines(file.report).join('\n')}\n`);
  return hasErrors(diagnostics) ? EXIT_PROBLEMS : EXIT_OK;
}
