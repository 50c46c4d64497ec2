/**
 * The scan cache as a folder scan uses it (folderScanSetup.ts; README, Command line: the scan
 * cache): its file is read while the catalog loads, the run's cache is keyed once the matcher and
 * the listed dates are known, and the file is written again after the run when anything changed.
 * The cache never fails a command: a file that cannot be used is set aside with one line on
 * stderr (and rewritten), a file that cannot be written is a warning.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import type { ScanSetup } from '../core/indexing/documentScan';
import { ScanCache } from '../core/indexing/scanCache';
import { NATIVE_LITTLE_ENDIAN, readCacheFile, type CacheFile } from '../core/indexing/scanCacheFormat';
import { scanCacheKey } from '../core/indexing/scanCacheKey';
import { SCANNER_VERSION } from '../core/matcher/documentScanner';
import { plural } from '../core/text/plural';
import { bundledScript } from '../node/bundledScript';
import { describeError } from './cliError';
import type { CliEnv, Folder } from './cliEnv';
import { cacheFileFor, markUsed, readCacheBytes, writeCacheFile } from './scanCacheFiles';
import type { ScanCacheSettings } from './scanCacheLocation';

export interface FolderScanCache {
  /** This run's cache, once the setup (matcher, listed dates) is known. */
  start(setup: ScanSetup): Promise<ScanCache>;
  /** Writes the cache for the next run when `complete` (every document of the folder went through it). */
  save(cache: ScanCache, complete: boolean): Promise<void>;
}

interface Loaded {
  file: string;
  realFolder: string;
  bytes?: Uint8Array;
  error?: string;
}

/** Starts reading the folder's cache; undefined when there is none to use (turned off, a folder
 * that is not local, a big-endian machine). */
export function openFolderScanCache(env: CliEnv, folder: Folder): FolderScanCache | undefined {
  const settings = env.scanCache;
  const root = folder.store.localPath?.('');
  if (!settings || root === undefined || !NATIVE_LITTLE_ENDIAN) return undefined;
  // Before any document is looked at: what a file's last change is compared with (scanCacheValidity.ts).
  const readFromMs = Date.now();
  const loading = load(settings, root);
  let file = '';
  const say = (line: string): Promise<void> => env.err.write(`policy-annotator: scan cache ${file}: ${line}\n`);
  return {
    async start(setup) {
      const loaded = await loading;
      file = loaded.file;
      const key = scanCacheKey({
        scannerVersion: SCANNER_VERSION,
        code: scanningCode(),
        runtime: `node ${process.versions.node}, unicode ${process.versions.unicode}, icu ${process.versions.icu}`,
        matcher: setup.matcher,
        listed: setup.listed,
        keepBom: setup.keepBom,
        attributes: setup.attributes ?? false,
      });
      let previous: CacheFile | undefined;
      if (loaded.error !== undefined) await say(`not used: it cannot be read (${loaded.error}); it is written again`);
      else if (loaded.bytes) {
        const read = readCacheFile(loaded.bytes);
        if ('problem' in read) await say(`not used: ${read.problem}; it is written again`);
        else previous = read;
      }
      const cache = new ScanCache({ key, folder: loaded.realFolder, readFromMs }, previous);
      if (settings.verbose && previous && !cache.matched)
        await say('made for another catalog, dates or version: every document is scanned');
      return cache;
    },
    async save(cache, complete) {
      const counts = `${plural(cache.reused, 'document')} from the cache, ${cache.scanned} scanned`;
      if (!complete) {
        if (settings.verbose) await say(`${counts}; not written (the run stopped early)`);
        return;
      }
      if (!cache.changed) {
        await markUsed(file).catch(() => undefined);
        if (settings.verbose) await say(`${counts}; unchanged`);
        return;
      }
      try {
        await writeCacheFile(file, cache.encode());
        if (settings.verbose) await say(`${counts}; written`);
      } catch (error) {
        await say(`warning: not written (${describeError(error)}); the next run scans again`);
      }
    },
  };
}

async function load(settings: ScanCacheSettings, root: string): Promise<Loaded> {
  let realFolder = root;
  let file = cacheFileFor(settings.directory, root);
  try {
    realFolder = await realpath(root);
    file = cacheFileFor(settings.directory, realFolder);
    return { file, realFolder, bytes: await readCacheBytes(file) };
  } catch (error) {
    return { file, realFolder, error: describeError(error) };
  }
}

let code: string | undefined;

/** The scanning code's identity: a digest of the scanning thread's bundle (every module that
 * makes a DocumentScan is in it), or, running from source, SCANNER_VERSION alone. */
function scanningCode(): string {
  if (code === undefined) {
    const script = bundledScript('scanWorker');
    code = script?.endsWith('.js') ? createHash('sha256').update(readFileSync(script)).digest('hex') : 'source';
  }
  return code;
}
