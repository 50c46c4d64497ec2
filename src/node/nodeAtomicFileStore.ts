/**
 * The core's `AtomicFileStore` (src/core/ports.ts) over Node's fs: temp file in the same folder,
 * fsync, rename over the target, fsync of the folder; a lock file per path for writers that must
 * check and write in one step. See the port for the contract.
 */
import { createHash, randomBytes } from 'node:crypto';
import { lstat, open, rename, unlink } from 'node:fs/promises';
import * as path from 'node:path';
import { firstInvalidUtf8, NotUtf8Error, type AtomicFileStore, type FileVersion } from '../core/base/ports';
import { acquireFileLock } from './fileLock';
import { isInside } from './pathInside';

export class NodeAtomicFileStore implements AtomicFileStore {
  private readonly queues = new Map<string, Promise<unknown>>();

  /** `root` must be an absolute path of an existing directory. */
  constructor(readonly root: string) {}

  async read(relative: string): Promise<{ text: string; version: FileVersion } | undefined> {
    return readVersioned(this.resolve(relative));
  }

  async version(relative: string): Promise<FileVersion | undefined> {
    return (await readVersioned(this.resolve(relative)))?.version;
  }

  /** One write at a time per path, in call order; a failed write does not block the next. */
  async writeAtomic(relative: string, text: string): Promise<FileVersion> {
    const absolute = this.resolve(relative);
    const previous = this.queues.get(absolute) ?? Promise.resolve();
    const next = previous.then(() => writeFileAtomic(absolute, text));
    const settled = next.catch(() => undefined);
    this.queues.set(absolute, settled);
    void settled.then(() => {
      if (this.queues.get(absolute) === settled) this.queues.delete(absolute);
    });
    return next;
  }

  /** Holds the writer lock of a path (a `.<name>.lock` file every window and the CLI respect). */
  lock(relative: string): Promise<() => Promise<void>> {
    return acquireFileLock(this.resolve(relative));
  }

  private resolve(relative: string): string {
    const absolute = path.resolve(this.root, relative);
    if (!isInside(this.root, absolute) || absolute === path.resolve(this.root))
      throw new Error(`'${relative}' is outside the folder ${this.root}`);
    return absolute;
  }
}

/** The file's text and the version of exactly those bytes (one open file: no torn read across a
 * rename); undefined when it does not exist. */
export async function readVersioned(absolute: string): Promise<{ text: string; version: FileVersion } | undefined> {
  let handle;
  try {
    handle = await open(absolute, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    const stat = await handle.stat();
    const bytes = await handle.readFile();
    const text = bytes.toString('utf8');
    // A lossy decoding would turn each invalid byte into U+FFFD, and the next write would keep that.
    const invalid = text.includes('\uFFFD') ? firstInvalidUtf8(bytes, Buffer.from(text, 'utf8')) : undefined;
    if (invalid) throw new NotUtf8Error(absolute, invalid.line, invalid.column);
    return { text, version: versionOf([bytes], stat.mtimeMs) };
  } finally {
    await handle.close();
  }
}

/** Replaces `absolute` with `content` atomically (see `AtomicFileStore.writeAtomic`): a text
 * (written as UTF-8), or bytes given in pieces (written one after another). `durable: false`
 * leaves out the flushes to disk (fsync): still atomic for every reader, but after a crash of the
 * machine the file may be empty or damaged; only for files that check themselves (the scan cache). */
export async function writeFileAtomic(
  absolute: string,
  content: string | readonly Uint8Array[],
  { durable = true }: { durable?: boolean } = {},
): Promise<FileVersion> {
  const dir = path.dirname(absolute);
  const existing = await lstat(absolute).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (existing?.isSymbolicLink()) throw new Error(`${absolute} is a symbolic link; it is not replaced`);
  if (existing && !existing.isFile()) throw new Error(`${absolute} is not a regular file`);
  const temp = path.join(dir, `.${path.basename(absolute)}.${randomBytes(6).toString('hex')}.tmp`);
  const pieces = typeof content === 'string' ? [Buffer.from(content, 'utf8')] : content;
  const handle = await open(temp, 'wx', 0o666);
  try {
    try {
      if (existing) await handle.chmod(existing.mode & 0o7777);
      // Each writeFile goes on from where the one before it stopped.
      for (const piece of pieces) await handle.writeFile(piece);
      if (durable) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, absolute);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw new Error(`could not write ${absolute}: ${(e as Error).message}`);
  }
  if (durable) await syncFolder(dir);
  const after = await lstat(absolute);
  return versionOf(pieces, after.mtimeMs);
}

/** Makes the rename itself durable; not possible on every platform (Windows), so best effort. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Folders cannot be opened or synced here: the rename is still atomic, only its durability waits for the OS.
  }
}

function versionOf(pieces: readonly Uint8Array[], mtimeMs: number): FileVersion {
  const hash = createHash('sha256');
  let size = 0;
  for (const piece of pieces) {
    hash.update(piece);
    size += piece.length;
  }
  return { size, mtimeMs, sha256: hash.digest('hex') };
}
