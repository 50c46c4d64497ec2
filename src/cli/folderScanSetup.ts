/**
 * What `scan` and `audit` both do before their first document: start the scanning threads (they
 * load their code while this thread reads and compiles the catalog, which for the world catalog
 * takes about as long), load the catalogs and print their problems, read the listed dates, and
 * hand the threads the matcher. The threads are let go when the command's work is done.
 */
import { compileMatcher, type CompiledMatcher } from '../core/matcher/mentionMatcher';
import { WorkerScanPool } from '../node/workerScanPool';
import { loadCatalogs, noCatalogAtAll, noCatalogMessage, type LoadedCatalog } from './catalogDiscovery';
import { CliError } from './cliError';
import type { CliEnv, Folder } from './cliEnv';
import { loadDocumentDates, type CliDating } from './documentDating';
import { FolderDocuments } from './folderDocuments';
import { diagnosticLine, sortDiagnostics } from './formatters';

export interface FolderScan {
  folder: Folder;
  loaded: LoadedCatalog;
  matcher: CompiledMatcher;
  dating: CliDating;
  documents: FolderDocuments;
  pool: WorkerScanPool;
}

/** `extras`: what the threads also read for analyses (front matter fields). */
export async function withFolderScan<T>(
  env: CliEnv,
  folderArg: string,
  catalogs: readonly string[],
  work: (scan: FolderScan) => Promise<T>,
  extras: { attributes?: boolean } = {},
): Promise<T> {
  const pool = new WorkerScanPool();
  try {
    const folder = await env.openFolder(folderArg);
    const loaded = await loadCatalogs(env, folder, catalogs);
    for (const d of sortDiagnostics(loaded.catalog.diagnostics)) await env.err.write(`${diagnosticLine(d)}\n`);
    if (noCatalogAtAll(loaded)) throw new CliError(noCatalogMessage(folder));
    const matcher = compileMatcher(loaded.catalog);
    const dating = await loadDocumentDates(folder);
    pool.setUp({ matcher, listed: dating.listed, keepBom: true, ...extras });
    return await work({ folder, loaded, matcher, dating, documents: new FolderDocuments(folder, env), pool });
  } finally {
    pool.close();
  }
}
