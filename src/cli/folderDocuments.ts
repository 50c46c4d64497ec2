/**
 * The corpus documents of a folder, scanned through the core's indexing pipeline: files are read
 * several at a time (by the scanning threads themselves for a local folder) and scanned on worker
 * threads, and come back in path order. Memory does not
 * grow with the corpus (a window of documents is in flight, texts are dropped after the scan unless
 * the command asks for them). A document that cannot be read is reported on stderr and counted,
 * and the others go on.
 *
 * With a scan cache (folderScanCache.ts), each local document is stamped first (a `stat`, or the
 * read itself when the text is wanted) and its kept scan used when the cache's rules allow
 * (core/indexing/scanCacheValidity.ts); the others are scanned as above, and both are handed to
 * the cache in path order for the next run.
 */
import { inOrder } from '../core/indexing/inOrder';
import { decodeText, type DocumentScan } from '../core/indexing/documentScan';
import type { ScanCache } from '../core/indexing/scanCache';
import type { FileStamp } from '../core/indexing/scanCacheValidity';
import { isCorpusDocument } from '../core/base/ports';
import { readStamped, statStamp } from '../node/fileStamp';
import type { WorkerScanPool } from '../node/workerScanPool';
import { describeError } from './cliError';
import type { CliEnv, Folder } from './cliEnv';

/** Documents in flight a scanning thread: enough to keep every thread and the disk busy. */
export const IN_FLIGHT = 64;

export interface ScannedFile {
  path: string;
  scan: DocumentScan;
  /** The text, when asked for (`withText`). */
  text?: string;
}

interface Found {
  scan: DocumentScan;
  text?: string;
  /** The file's stamp when it was read (for the cache). */
  stamp?: FileStamp;
  /** The scan came from the cache. */
  kept?: boolean;
}

export class FolderDocuments {
  /** Documents that could not be read so far. */
  unreadable = 0;
  /** True once a walk went through every document of the folder. */
  complete = false;

  constructor(
    private readonly folder: Folder,
    private readonly env: CliEnv,
    private readonly cache?: ScanCache,
    /** As the scan setup says (the CLI keeps a byte order mark: its offsets count it). */
    private readonly keepBom = true,
  ) {}

  /** Every document, scanned by `pool` (or taken from the cache), in path order. */
  async *scan(pool: WorkerScanPool, withText = false): AsyncGenerator<ScannedFile> {
    const store = this.folder.store;
    const work = async (path: string): Promise<Found> => {
      if (this.cache && store.localPath) return this.throughCache(this.cache, pool, path, store.localPath(path), withText);
      if (withText) {
        const text = await store.readText(path);
        return { scan: await pool.scan({ path, content: text }), text };
      }
      // A local folder is read by the scanning threads themselves; this thread only merges.
      if (store.localPath) return { scan: (await pool.scanFile(path, store.localPath(path))).scan };
      return { scan: await pool.scan({ path, content: store.readBytes ? await store.readBytes(path) : await store.readText(path) }) };
    };
    for await (const done of inOrder(store.list(isCorpusDocument), work, IN_FLIGHT * pool.threads)) {
      if (this.env.out.closed) return;
      if (done.result !== undefined) {
        const { scan, text, stamp, kept } = done.result;
        if (kept) this.cache?.keep(done.item);
        else this.cache?.add(done.item, stamp, scan);
        yield { path: done.item, scan, text };
        continue;
      }
      this.unreadable++;
      await this.env.err.write(`${this.folder.display(done.item)}: error: cannot read the document: ${describeError(done.error)}\n`);
    }
    this.complete = true;
  }

  /** Stamps the file, then takes its kept scan or scans it. Asked out of order: the cache is only
   * looked at here, and told in order by `scan`. */
  private async throughCache(cache: ScanCache, pool: WorkerScanPool, path: string, file: string, withText: boolean): Promise<Found> {
    if (withText) {
      // The same bytes give the text and the stamp (none when the file changed while read).
      const { bytes, stamp } = await readStamped(file);
      const text = decodeText(bytes, this.keepBom);
      const kept = stamp && cache.lookup(path, stamp);
      if (kept && kept.length === text.length) return { scan: kept, text, kept: true };
      return { scan: await pool.scan({ path, content: text }), text, stamp };
    }
    // Without a cache of this key nothing can be kept: the scanning thread stamps the file it reads.
    const now = cache.matched ? statStamp(file) : undefined;
    const kept = now && cache.lookup(path, now);
    if (kept) return { scan: kept, kept: true };
    return pool.scanFile(path, file);
  }
}
