import { strict as assert } from 'node:assert';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { acquireFileLock, lockPathOf } from '../../../src/node/fileLock';

describe('writer lock of a file (a lock file every window respects)', () => {
  let root: string;
  let target: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'pa-lock-'));
    target = path.join(root, 'report.txt.annotations.yaml');
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('is held by one writer at a time, in turn, and leaves nothing behind', async () => {
    const order: string[] = [];
    const writer = async (name: string): Promise<void> => {
      const release = await acquireFileLock(target);
      order.push(`${name} in`);
      await new Promise((r) => setTimeout(r, 20));
      order.push(`${name} out`);
      await release();
    };
    await Promise.all([writer('a'), writer('b'), writer('c')]);
    for (let i = 0; i < order.length; i += 2) assert.equal(order[i].replace(' in', ''), order[i + 1].replace(' out', ''), order.join());
    assert.deepEqual(await readdir(root), []);
  });

  it('takes over a lock left by a writer that died, and names the lock file when one is held too long', async () => {
    await writeFile(lockPathOf(target), '12345 long ago\n');
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPathOf(target), old, old);
    const release = await acquireFileLock(target, { staleMs: 10_000 });
    await assert.rejects(
      acquireFileLock(target, { waitMs: 100 }),
      (err: Error) => err.message.includes(lockPathOf(target)) && /another window or process/.test(err.message),
    );
    await release();
    await (
      await acquireFileLock(target, { waitMs: 100 })
    )();
  });

  it("a holder whose lock was taken over does not delete the new holder's lock when it releases", async () => {
    const slow = await acquireFileLock(target);
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPathOf(target), old, old); // the first holder stalled past the stale age
    const [second, third] = await Promise.allSettled([
      acquireFileLock(target, { staleMs: 10_000, waitMs: 300 }),
      acquireFileLock(target, { staleMs: 10_000, waitMs: 300 }),
    ]);
    const held = [second, third].filter((r) => r.status === 'fulfilled');
    assert.equal(held.length, 1, 'two waiters that both saw it stale: only one holds it');
    await slow(); // late release of the stalled writer
    await assert.rejects(acquireFileLock(target, { waitMs: 100 }), /another window or process/, 'the new holder keeps its lock');
    await (held[0] as PromiseFulfilledResult<() => Promise<void>>).value();
    assert.deepEqual(await readdir(root), []);
  });
});
