/**
 * A writer's lock on one file, respected by every window and the CLI (ARCHITECTURE.md, Writing safely): a lock file
 * `.<name>.lock` next to it, created exclusively, so that checking what is on disk, merging and
 * renaming are one step across processes (file systems offer no compare-and-swap; without the
 * lock two windows saving at the same moment could each write over the other's annotation).
 * A lock older than `staleMs` was left by a writer that died: it is taken over.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import * as path from 'node:path';

export interface LockOptions {
  /** Age after which a lock counts as abandoned (default 10 s; a write takes milliseconds). */
  staleMs?: number;
  /** How long to wait for another writer before giving up (default 10 s). */
  waitMs?: number;
}

export function lockPathOf(absolute: string): string {
  return path.join(path.dirname(absolute), `.${path.basename(absolute)}.lock`);
}

/** Waits for the lock of `absolute` and holds it; resolves to the function that releases it. */
export async function acquireFileLock(absolute: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const lock = lockPathOf(absolute);
  const staleMs = options.staleMs ?? 10_000;
  const deadline = Date.now() + (options.waitMs ?? 10_000);
  // A token of our own: the lock is released only while it still holds it (a writer slower than
  // `staleMs` may have been taken over; it must not then delete the new holder's lock).
  const token = `${process.pid} ${randomBytes(8).toString('hex')} ${new Date().toISOString()}\n`;
  for (;;) {
    const handle = await open(lock, 'wx').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'EEXIST') return undefined;
      throw new Error(`could not lock ${absolute} for writing: ${e.message}`);
    });
    if (handle) {
      try {
        await handle.writeFile(token);
      } catch (e) {
        await handle.close().catch(() => undefined);
        await unlink(lock).catch(() => undefined);
        throw new Error(`could not lock ${absolute} for writing: ${(e as Error).message}`);
      }
      await handle.close();
      return async () => {
        if ((await readFile(lock, 'utf8').catch(() => undefined)) === token) await unlink(lock).catch(() => undefined);
      };
    }
    const held = await stat(lock).catch(() => undefined);
    if (held && Date.now() - held.mtimeMs > staleMs) {
      // Taken over by moving it aside under a unique name: of two waiters that both saw it stale,
      // only one rename succeeds, so the other cannot delete a lock created in between.
      const aside = `${lock}.${randomBytes(6).toString('hex')}.stale`;
      if (
        await rename(lock, aside).then(
          () => true,
          () => false,
        )
      )
        await unlink(aside).catch(() => undefined);
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${absolute} is being written by another window or process (lock file ${lock}); try again, or delete the lock file if no other writer is running`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
  }
}
