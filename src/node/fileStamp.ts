/**
 * Files stamped as the scan cache needs (src/core/indexing/scanCacheValidity.ts): size, inode and
 * nanosecond times, taken from the open file before it is read, so that a stamp never describes
 * newer bytes than those scanned.
 */
import { fstatSync, statSync, type BigIntStats } from 'node:fs';
import { open } from 'node:fs/promises';
import { sameStamp, type FileStamp } from '../core/indexing/scanCacheValidity';

export function stampOf(stats: BigIntStats): FileStamp {
  return { size: stats.size, ino: stats.ino, mtimeNs: stats.mtimeNs, ctimeNs: stats.ctimeNs };
}

/** The stamp of the file at `path` now (following a symbolic link); undefined when there is none. */
export function statStamp(path: string): FileStamp | undefined {
  const stats = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stats?.isFile() ? stampOf(stats) : undefined;
}

/** The stamp of an open file. */
export function fdStamp(fd: number): FileStamp {
  return stampOf(fstatSync(fd, { bigint: true }));
}

/** The file's bytes, and its stamp when it did not change while it was read (the same before and after). */
export async function readStamped(path: string): Promise<{ bytes: Uint8Array; stamp?: FileStamp }> {
  const handle = await open(path, 'r');
  try {
    const before = stampOf(await handle.stat({ bigint: true }));
    const bytes = await handle.readFile();
    const after = stampOf(await handle.stat({ bigint: true }));
    return sameStamp(before, after) ? { bytes, stamp: before } : { bytes };
  } finally {
    await handle.close();
  }
}
