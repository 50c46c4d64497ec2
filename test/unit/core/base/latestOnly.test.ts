import { strict as assert } from 'node:assert';
import { LatestOnly } from '../../../../src/core/base/latestOnly';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('LatestOnly', () => {
  it('runs one task at a time and, of those queued meanwhile, only the latest', async () => {
    const ran: string[] = [];
    const gate = deferred();
    const queue = new LatestOnly(() => undefined);
    queue.run(async () => {
      ran.push('a');
      await gate.promise;
    });
    await new Promise((resolve) => setImmediate(resolve));
    queue.run(async () => {
      ran.push('b');
    });
    queue.run(async () => {
      ran.push('c');
    });
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(ran, ['a'], 'b and c wait for a');
    gate.resolve();
    await queue.idle();
    assert.deepEqual(ran, ['a', 'c'], 'b was superseded by c');
    queue.run(async () => {
      ran.push('d');
    });
    await queue.idle();
    assert.deepEqual(ran, ['a', 'c', 'd'], 'a task after the queue went idle runs');
  });

  it('runs only the last of the tasks given at once', async () => {
    const ran: number[] = [];
    const queue = new LatestOnly(() => undefined);
    for (let i = 0; i < 5; i++)
      queue.run(async () => {
        ran.push(i);
      });
    await queue.idle();
    assert.deepEqual(ran, [4]);
  });

  it('reports a failing task and goes on with the next', async () => {
    const errors: unknown[] = [];
    const ran: string[] = [];
    const queue = new LatestOnly((err) => errors.push(err));
    queue.run(async () => {
      throw new Error('gone');
    });
    await queue.idle();
    queue.run(async () => {
      ran.push('next');
    });
    await queue.idle();
    assert.deepEqual(
      errors.map((e) => (e as Error).message),
      ['gone'],
    );
    assert.deepEqual(ran, ['next']);
  });
});
