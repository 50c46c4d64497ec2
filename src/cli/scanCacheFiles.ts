/**
 * The scan cache's files: one a corpus folder, named by a digest of the folder's real path, in the
 * cache directory (scanCacheLocation.ts). Read whole. Written atomically (temporary file, then
 * rename: src/node/nodeAtomicFileStore.ts), so a reader sees the old file or the new one, never
 * half of one; not flushed to disk, since after a crash of the machine a damaged file fails its
 * length and checksum and is set aside. Bounded: after each write only the MAX_FOLDERS most
 * recently used caches are kept, fewer when together they pass MAX_BYTES (the one just written
 * always stays).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink, utimes } from 'node:fs/promises';
import * as path from 'node:path';
import { writeFileAtomic } from '../node/nodeAtomicFileStore';

export const MAX_FOLDERS = 20;
export const MAX_BYTES = 2 * 1024 ** 3;
const SUFFIX = '.scans';
/** Temporary files older than this are left from a run that was killed mid-write. */
const STALE_TEMP_MS = 60 * 60 * 1000;

export function cacheFileFor(directory: string, realFolder: string): string {
  return path.join(directory, `${createHash('sha256').update(realFolder).digest('hex').slice(0, 32)}${SUFFIX}`);
}

/** The file's bytes, starting at a multiple of 4 in their buffer; undefined when there is no file. */
export async function readCacheBytes(file: string): Promise<Uint8Array | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
}

export async function writeCacheFile(file: string, pieces: readonly Uint8Array[]): Promise<void> {
  const directory = path.dirname(file);
  await mkdir(directory, { recursive: true, mode: 0o700 });
  // Not flushed to disk: a file a crash damaged fails its own checks and is written again.
  await writeFileAtomic(file, pieces, { durable: false });
  await pruneCaches(directory, file);
}

/** Marks a cache as used now (its age decides what pruning removes). */
export async function markUsed(file: string): Promise<void> {
  const now = new Date();
  await utimes(file, now, now);
}

export interface CacheFileInfo {
  readonly name: string;
  readonly bytes: number;
  readonly usedMs: number;
}

/** Which caches to remove: the newest (and `keep`, always) are kept while they are at most
 * `folders` and fit in `bytes` together; the others go. */
export function cachesToRemove(files: readonly CacheFileInfo[], keep: string, folders = MAX_FOLDERS, bytes = MAX_BYTES): string[] {
  const newestFirst = [...files].sort((a, b) => (a.name === keep ? -1 : b.name === keep ? 1 : b.usedMs - a.usedMs));
  const remove: string[] = [];
  let kept = 0;
  let total = 0;
  for (const f of newestFirst) {
    if (f.name === keep || (kept < folders && total + f.bytes <= bytes)) {
      kept++;
      total += f.bytes;
    } else remove.push(f.name);
  }
  return remove;
}

async function pruneCaches(directory: string, written: string): Promise<void> {
  const files: CacheFileInfo[] = [];
  const now = Date.now();
  for (const name of await readdir(directory)) {
    const info = await stat(path.join(directory, name)).catch(() => undefined);
    if (!info?.isFile()) continue;
    if (name.endsWith(SUFFIX)) files.push({ name, bytes: info.size, usedMs: info.mtimeMs });
    else if (name.startsWith('.') && name.endsWith('.tmp') && now - info.mtimeMs > STALE_TEMP_MS)
      await unlink(path.join(directory, name)).catch(() => undefined);
  }
  for (const name of cachesToRemove(files, path.basename(written))) await unlink(path.join(directory, name)).catch(() => undefined);
}
