/**
 * What `scan` and `audit` both do before their first document: start the scanning threads (they
 * load their code while this thread reads and compiles the catalog, which for the world catalog
 * takes about as long), load the catalogs and print their problems, read the listed dates, and
 * hand the threads the matcher. The threads are let go when the command's work is done. With the
 * scan cache (folderScanCache.ts), its file is read meanwhile, and written after the work.
 */
import type { ScanSetup } from '../core/indexing/documentScan';
import type { ScanCache } from '../core/indexing/scanCache';
import { compileMatcher, type CompiledMatcher } from '../core/matcher/mentionMatcher';
import { WorkerScanPool } from '../node/workerScanPool';
import { loadCatalogs, noCatalogAtAll, noCatalogMessage, type LoadedCatalog } from './catalogDiscovery';
import { CliError } from './cliError';
import type { CliEnv, Folder } from './cliEnv';
import { loadDocumentDates, type CliDating } from './documentDating';
import { FolderDocuments } from './folderDocuments';
import { openFolderScanCache } from './folderScanCache';
import { ListedOnceStore } from './listedOnceStore';
import { diagnosticLine, sortDiagnostics } from './formatters';

export interface FolderScan {
  folder: Folder;
  loaded: LoadedCatalog;
  matcher: CompiledMatcher;
  dating: CliDating;
  documents: FolderDocuments;
  pool: WorkerScanPool;
  /** The scan cache of this run, when it is used. */
  cache?: ScanCache;
}

export interface FolderScanOptions {
  /** Also read front matter fields, for analyses. */
  attributes?: boolean;
  /** Use the scan cache where the environment has one (`--no-cache` turns it off). */
  cache?: boolean;
}

export async function withFolderScan<T>(
  env: CliEnv,
  folderArg: string,
  catalogs: readonly string[],
  work: (scan: FolderScan) => Promise<T>,
  options: FolderScanOptions = {},
): Promise<T> {
  const pool = new WorkerScanPool();
  try {
    const opened = await env.openFolder(folderArg);
    const folder: Folder = { ...opened, store: new ListedOnceStore(opened.store) };
    const kept = options.cache ? openFolderScanCache(env, folder) : undefined;
    const loaded = await loadCatalogs(env, folder, catalogs);
    for (const d of sortDiagnostics(loaded.catalog.diagnostics)) await env.err.write(`${diagnosticLine(d)}\n`);
    if (noCatalogAtAll(loaded)) throw new CliError(noCatalogMessage(folder));
    const matcher = compileMatcher(loaded.catalog);
    const dating = await loadDocumentDates(folder);
    // With the cache every command reads the fields, so that they all share one cache.
    const setup: ScanSetup = {
      matcher,
      listed: dating.listed,
      keepBom: true,
      attributes: options.attributes === true || kept !== undefined,
    };
    pool.setUp(setup);
    const cache = await kept?.start(setup);
    const documents = new FolderDocuments(folder, env, cache, setup.keepBom);
    try {
      return await work({ folder, loaded, matcher, dating, documents, pool, cache });
    } finally {
      if (kept && cache) await kept.save(cache, documents.complete);
    }
  } finally {
    pool.close();
  }
}
