/**
 * One run's use of a folder's scan cache (README, Command line: the scan cache): the scans kept by
 * the last run, looked up by path and stamp (scanCacheValidity.ts), and what the next run will
 * find, gathered as documents come back in path order (`keep` and `add`, called in that order) and
 * encoded only when it differs from the last file: kept records are then copied as they are, new
 * scans encoded. No file access here: the caller reads and writes the bytes
 * (src/cli/folderScanCache.ts).
 */
import { BytePages } from './bytePages';
import type { DocumentScan } from './documentScan';
import { decodeRecord, encodeCacheFile, encodeRecord, type CacheFile, type CacheHeader, type KeptRecord } from './scanCacheFormat';
import { isSettled, mayReuse, type FileStamp } from './scanCacheValidity';

type NextRecord = KeptRecord | { readonly path: string; readonly stamp: FileStamp; readonly scan: DocumentScan };

export class ScanCache {
  /** Documents whose kept scan was used, and those scanned, in this run. */
  reused = 0;
  scanned = 0;
  private readonly next: NextRecord[] = [];
  private readonly seen = new Set<string>();
  /** A scan that is not kept (an unsettled file, or one read while it changed). */
  private dropped = false;
  private readonly previous: CacheFile | undefined;

  /**
   * `header`: this run's key and folder, and when it began, before it looked at any document.
   * `previous`: the file the last run left, when it could be read; used only under the same key and folder.
   */
  constructor(
    private readonly header: CacheHeader,
    previous: CacheFile | undefined,
  ) {
    this.previous = previous && previous.header.key === header.key && previous.header.folder === header.folder ? previous : undefined;
  }

  /** True when the last run's file was made under this run's key. */
  get matched(): boolean {
    return this.previous !== undefined;
  }

  /** The kept scan of `path`, when it may stand for the file stamped `now`. No side effect: it may
   * be asked out of order, while documents are read; `keep` then records the answer in order. */
  lookup(path: string, now: FileStamp): DocumentScan | undefined {
    const kept = this.previous?.records.get(path);
    if (!kept || !this.previous || !mayReuse(kept.stamp, this.previous.header.readFromMs, now)) return undefined;
    return decodeRecord(kept);
  }

  /** The scan of `path` was taken from the cache (`lookup`): it is carried over to the next file. */
  keep(path: string): void {
    this.reused++;
    const kept = this.previous?.records.get(path);
    if (!kept) throw new Error(`${path} was not kept in the scan cache`);
    if (this.seen.has(path)) return;
    this.seen.add(path);
    // Settled then, settled now, unless the clock went back: then it is scanned next time.
    if (isSettled(kept.stamp, this.header.readFromMs)) this.next.push(kept);
    else this.dropped = true;
  }

  /** A document scanned in this run, from the file stamped `stamp` (taken before it was read;
   * undefined when it could not be). Kept for the next run only when settled. */
  add(path: string, stamp: FileStamp | undefined, scan: DocumentScan): void {
    this.scanned++;
    if (this.seen.has(path)) return;
    this.seen.add(path);
    if (stamp && isSettled(stamp, this.header.readFromMs)) this.next.push({ path, stamp, scan });
    else this.dropped = true;
  }

  /** True when the next file would differ from the last one: anything scanned, or dropped, or a
   * document of the last file not seen in this run (deleted, or the run stopped early). */
  get changed(): boolean {
    return !this.previous || this.scanned > 0 || this.dropped || this.seen.size !== this.previous.records.size;
  }

  /** The next file's bytes, in pieces. A scan that cannot be stored exactly is left out (and
   * scanned again next time). */
  encode(): Uint8Array[] {
    const pages = new BytePages();
    let count = 0;
    for (const r of this.next) {
      if ('bytes' in r) pages.append(r.bytes);
      else if (!encodeRecord(pages, r.path, r.stamp, r.scan)) continue;
      count++;
    }
    return encodeCacheFile(this.header, pages, count);
  }
}
