/**
 * `policy-annotator check <folder>`: validates the entity catalog(s), the codebook and every
 * annotation sidecar of the folder, and re-anchors each annotation against its document's text
 * (reported, never written). Read-only. Exit code 1 when any error was found (warnings and
 * non-anchored statuses do not fail), 2 for bad arguments or a missing folder.
 */
import { emptyCodebook, loadCodebook, type Codebook } from '../core/codebook';
import type { Diagnostic } from '../core/diagnostics';
import { SIDECAR_SUFFIX } from '../core/ports';
import { checkSidecar } from '../core/sidecarCheck';
import type { CheckArgs } from './args';
import { loadCatalogs, noCatalogMessage } from './catalogDiscovery';
import { describeError, EXIT_OK, EXIT_PROBLEMS } from './cliError';
import type { CliEnv, Folder } from './cliEnv';
import { CheckReport } from './checkReport';
import { anchorSidecar } from './sidecarAnchoring';

export const CODEBOOK_FILE_NAME = 'codebook.yaml';

interface FolderListing {
  /** Every file of the folder, to tell whether a sidecar's document exists. */
  present: Set<string>;
  sidecars: string[];
}

export async function runCheck(args: CheckArgs, env: CliEnv): Promise<number> {
  const folder = await env.openFolder(args.folder);
  const report = new CheckReport(args.format, env.out);
  const { catalog, files } = await loadCatalogs(env, folder, args.catalogs);
  if (files.length === 0) await report.general([problem(folder.display(''), 'no-catalog', noCatalogMessage(folder))]);
  await report.setCatalogs(files, catalog.diagnostics, catalog.entities.length);

  const listing = await listFolder(folder);
  const codebook = await loadFolderCodebook(env, folder, args.codebook, listing.present.has(CODEBOOK_FILE_NAME));
  if (codebook) await report.setCodebook(codebook.file, codebook.codebook.byId.size, codebook.codebook.diagnostics);

  for (const path of listing.sidecars) {
    const file = folder.display(path);
    const documentPath = path.slice(0, -SIDECAR_SUFFIX.length);
    const documentExists = listing.present.has(documentPath);
    const text = await readFolderFile(folder, path, file);
    const checked = typeof text === 'string'
      ? checkSidecar(text, file, { codes: codebook?.codebook.byId, entities: catalog.byId, documentExists })
      : { file, annotations: [], diagnostics: [text] };
    const documentFile = folder.display(documentPath);
    const documentText = documentExists && checked.annotations.length > 0 ? await readFolderFile(folder, documentPath, documentFile) : undefined;
    if (typeof documentText === 'object') checked.diagnostics.push(documentText);
    await report.sidecar(checked, anchorSidecar(checked, documentFile, typeof documentText === 'string' ? documentText : undefined));
  }
  await report.finish();
  return report.errorCount > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

async function listFolder(folder: Folder): Promise<FolderListing> {
  const listing: FolderListing = { present: new Set(), sidecars: [] };
  for await (const path of folder.store.list(() => true)) {
    listing.present.add(path);
    if (path.endsWith(SIDECAR_SUFFIX)) listing.sidecars.push(path);
  }
  return listing;
}

/** `--codebook <file>`, else `codebook.yaml` at the top of the folder, else none. */
async function loadFolderCodebook(env: CliEnv, folder: Folder, override: string | undefined, inFolder: boolean): Promise<{ file: string; codebook: Codebook } | undefined> {
  if (override !== undefined) {
    const { text, display } = await env.readArgumentFile(override, 'codebook');
    return { file: display, codebook: loadCodebook(text, display) };
  }
  if (!inFolder) return undefined;
  const file = folder.display(CODEBOOK_FILE_NAME);
  const text = await readFolderFile(folder, CODEBOOK_FILE_NAME, file);
  const codebook = typeof text === 'string' ? loadCodebook(text, file) : { ...emptyCodebook(), diagnostics: [text] };
  return { file, codebook };
}

/** The file's text, or an `unreadable` error diagnostic for it. */
async function readFolderFile(folder: Folder, path: string, file: string): Promise<string | Diagnostic> {
  try {
    return await folder.store.readText(path);
  } catch (error) {
    return problem(file, 'unreadable', `cannot read the file: ${describeError(error)}`);
  }
}

function problem(file: string, code: string, message: string): Diagnostic {
  return { file, line: 0, column: 0, severity: 'error', code, message };
}
