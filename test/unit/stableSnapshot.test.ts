import { strict as assert } from 'node:assert';
import { onStableSnapshot, STALE } from '../../src/core/stableSnapshot';

/** A value replaced by "rebuilds" at chosen points of the work, as a corpus index is. */
class Replaced {
  value = 1;
  rebuildsDuringRun: number[] = [];
  runs = 0;
}

/** Work that reads "files" (awaits) and keeps the snapshot it started from in every piece. */
function work(state: Replaced, earlyExit: boolean) {
  return async (snapshot: number, isCurrent: () => boolean): Promise<string[] | typeof STALE> => {
    const run = state.runs++;
    const out: string[] = [];
    for (let file = 0; file < 3; file++) {
      await Promise.resolve();
      if (state.rebuildsDuringRun.includes(run) && file === 1) state.value++;
      if (earlyExit && !isCurrent()) return STALE;
      out.push(`${snapshot}/${file}`);
    }
    return out;
  };
}

describe('onStableSnapshot', () => {
  it('returns the work of a snapshot that stayed current', async () => {
    const state = new Replaced();
    assert.deepEqual(await onStableSnapshot(() => state.value, work(state, true)), ['1/0', '1/1', '1/2']);
    assert.equal(state.runs, 1);
  });

  it('runs again on the new value when it was replaced midway, never mixing the two', async () => {
    for (const earlyExit of [true, false]) {
      const state = new Replaced();
      state.rebuildsDuringRun = [0];
      assert.deepEqual(await onStableSnapshot(() => state.value, work(state, earlyExit)), ['2/0', '2/1', '2/2'], `earlyExit ${earlyExit}`);
      assert.equal(state.runs, 2);
    }
  });

  it('waits for the replacing to settle before running again (a second rebuild asked for meanwhile)', async () => {
    const state = new Replaced();
    state.rebuildsDuringRun = [0];
    let settled = false;
    const settle = async (): Promise<void> => {
      // Another replacement lands while the first one settles: the next run must see it.
      await Promise.resolve();
      state.value = 7;
      settled = true;
    };
    assert.deepEqual(await onStableSnapshot(() => state.value, work(state, true), 2, settle), ['7/0', '7/1', '7/2']);
    assert.equal(settled, true);
    assert.equal(state.runs, 2);
  });

  it('gives up when the value is replaced during every attempt', async () => {
    const state = new Replaced();
    state.rebuildsDuringRun = [0, 1];
    assert.equal(await onStableSnapshot(() => state.value, work(state, false)), undefined);
    assert.equal(state.runs, 2);
  });
});
