/**
 * `policy-annotator check <folder>` (or a `.qdpx` project: qdpx/checkQdpx.ts): validates the entity catalog(s), the codebook and every
 * annotation sidecar of the folder, and re-anchors each annotation against its document's text
 * (reported, never written). Read-only. Exit code 1 when any error was found (warnings and
 * non-anchored statuses do not fail), 2 for bad arguments or a missing folder.
 */
import { SIDECAR_SUFFIX } from '../core/base/ports';
import { checkSidecar } from '../core/sidecars/sidecarCheck';
import type { CheckArgs } from './args';
import { loadCatalogs, noCatalogAtAll, noCatalogMessage } from './catalogDiscovery';
import { EXIT_OK, EXIT_PROBLEMS } from './cliError';
import type { CliEnv } from './cliEnv';
import { CheckReport } from './checkReport';
import { CODEBOOK_FILE_NAME, listFolder, loadFolderCodebook, problem, readFolderFile } from './folderFiles';
import { anchorSidecar } from './sidecarAnchoring';
import { runCheckQdpx } from './qdpx/checkQdpx';
import { isQdpxPath } from './qdpx/qdpxFile';

export async function runCheck(args: CheckArgs, env: CliEnv): Promise<number> {
  if (isQdpxPath(args.folder)) return runCheckQdpx(args, env);
  const folder = await env.openFolder(args.folder);
  const report = new CheckReport(args.format, env.out);
  const loaded = await loadCatalogs(env, folder, args.catalogs);
  const { catalog, files } = loaded;
  if (noCatalogAtAll(loaded)) await report.general([problem(folder.display(''), 'no-catalog', noCatalogMessage(folder))]);
  await report.setCatalogs(files, catalog.diagnostics, catalog.entities.length);

  const listing = await listFolder(folder);
  const codebook = await loadFolderCodebook(env, folder, args.codebook, listing.present.has(CODEBOOK_FILE_NAME));
  if (codebook) await report.setCodebook(codebook.file, codebook.codebook.byId.size, codebook.codebook.diagnostics);

  for (const path of listing.sidecars) {
    const file = folder.display(path);
    const documentPath = path.slice(0, -SIDECAR_SUFFIX.length);
    const documentExists = listing.present.has(documentPath);
    const text = await readFolderFile(folder, path, file);
    const checked =
      typeof text === 'string'
        ? checkSidecar(text, file, { codes: codebook?.codebook.byId, entities: catalog.byId, documentExists })
        : { file, annotations: [], diagnostics: [text] };
    const documentFile = folder.display(documentPath);
    const documentText =
      documentExists && checked.annotations.length > 0 ? await readFolderFile(folder, documentPath, documentFile) : undefined;
    if (typeof documentText === 'object') checked.diagnostics.push(documentText);
    await report.sidecar(checked, anchorSidecar(checked, documentFile, typeof documentText === 'string' ? documentText : undefined));
  }
  await report.finish();
  return report.errorCount > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
