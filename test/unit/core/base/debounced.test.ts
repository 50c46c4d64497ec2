import { strict as assert } from 'node:assert';
import { Debounced } from '../../../../src/core/base/debounced';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('Debounced', () => {
  it('runs once after the calls of soon() pause', async () => {
    let runs = 0;
    const work = new Debounced(30, () => {
      runs++;
    });
    work.soon();
    await sleep(10);
    work.soon();
    await sleep(10);
    work.soon();
    assert.equal(runs, 0);
    assert.ok(work.pending);
    await sleep(80);
    assert.equal(runs, 1);
    assert.ok(!work.pending);
  });

  it('runs at once with now(), dropping the wait', async () => {
    let runs = 0;
    const work = new Debounced(20, () => {
      runs++;
    });
    work.soon();
    work.now();
    assert.equal(runs, 1);
    assert.ok(!work.pending);
    await sleep(50);
    assert.equal(runs, 1, 'the dropped wait does not run');
  });

  it('flushes only a waiting run', () => {
    let runs = 0;
    const work = new Debounced(1_000, () => {
      runs++;
    });
    work.flush();
    assert.equal(runs, 0, 'nothing waits');
    work.soon();
    work.flush();
    assert.equal(runs, 1);
    work.flush();
    assert.equal(runs, 1);
  });

  it('runs nothing after dispose()', async () => {
    let runs = 0;
    const work = new Debounced(10, () => {
      runs++;
    });
    work.soon();
    work.dispose();
    work.flush();
    await sleep(40);
    assert.equal(runs, 0);
  });
});
