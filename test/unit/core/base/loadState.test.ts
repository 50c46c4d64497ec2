import { strict as assert } from 'node:assert';
import { allIdle, allLoaded, LoadState } from '../../../../src/core/base/loadState';

/** Lets every promise callback queued so far run. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function settledFlag(promise: Promise<unknown>): { value: unknown; done: boolean } {
  const flag: { value: unknown; done: boolean } = { value: undefined, done: false };
  void promise.then((v) => {
    flag.value = v;
    flag.done = true;
  });
  return flag;
}

describe('LoadState', () => {
  it('is busy before its first load has ended, and idle after', async () => {
    const state = new LoadState('the codebook');
    assert.equal(state.busy, true, 'nothing is known before the first load');
    const idle = settledFlag(state.idle());
    const loaded = settledFlag(state.loaded);
    const end = state.begin();
    await turn();
    assert.equal(idle.done, false);
    assert.equal(loaded.done, false);
    end(true);
    await turn();
    assert.equal(state.busy, false);
    assert.equal(state.hasLoaded, true);
    assert.equal(idle.done, true);
    assert.equal(loaded.done, true);
  });

  it('stays busy until every load asked for has ended, a second end call counting once', async () => {
    const state = new LoadState('the index');
    state.begin()(true);
    const a = state.begin();
    const b = state.begin();
    const idle = settledFlag(state.idle());
    a();
    a();
    await turn();
    assert.equal(state.busy, true, 'b still runs');
    assert.equal(idle.done, false);
    b();
    await turn();
    assert.equal(idle.done, true);
  });

  it('counts a tracked partial reload until it ends, failing or not, without ending the first load', async () => {
    const state = new LoadState('the sidecars');
    const idle = settledFlag(state.idle());
    await assert.rejects(
      state.track(async () => {
        throw new Error('disk gone');
      }),
      /disk gone/,
    );
    assert.equal(state.hasLoaded, false, 'one sidecar read again is not the first load');
    state.begin()(true);
    await turn();
    assert.equal(state.busy, false);
    assert.equal(idle.done, true);
  });

  it('a load that did not complete (superseded by a newer one) does not end the wait for the first', async () => {
    const state = new LoadState('the index');
    const loaded = settledFlag(state.loaded);
    state.begin()(false);
    await turn();
    assert.equal(loaded.done, false);
    assert.equal(state.busy, true);
  });
});

describe('allIdle', () => {
  it('waits until every state is idle at the same moment, following a load started by the end of another', async () => {
    const index = new LoadState('the index');
    const sidecars = new LoadState('the sidecars');
    const endIndex = index.begin();
    const endSidecars = sidecars.begin();
    endSidecars(true); // the sidecars' first load ended early (nothing to read yet)
    const all = settledFlag(allIdle([index, sidecars]));
    await turn();
    assert.equal(all.done, false);
    // The index's end starts a new read of the sidecars before anyone looks.
    let endReread: (complete?: boolean) => void = () => undefined;
    endIndex(true);
    endReread = sidecars.begin();
    await turn();
    assert.equal(all.done, false, 'the sidecars are read again');
    endReread(true);
    await turn();
    assert.deepEqual(all, { value: true, done: true });
  });

  it('gives up with false when cancelled first', async () => {
    const state = new LoadState('the codebook');
    let cancel = (): void => undefined;
    const cancelled = new Promise<void>((resolve) => {
      cancel = resolve;
    });
    const all = settledFlag(allIdle([state], cancelled));
    await turn();
    cancel();
    await turn();
    assert.deepEqual(all, { value: false, done: true });
  });

  it('settles at once when nothing loads', async () => {
    const state = new LoadState('the codebook');
    state.begin()(true);
    assert.equal(await allIdle([state]), true);
  });
});

describe('allLoaded', () => {
  it('waits only for the first loads, not for a reload under way', async () => {
    const state = new LoadState('the index');
    const first = state.begin();
    const all = settledFlag(allLoaded([state]));
    await turn();
    assert.equal(all.done, false);
    first(true);
    await turn();
    assert.deepEqual(all, { value: true, done: true });
    state.begin(); // a rebuild: the last complete state is still there to answer from
    assert.equal(await allLoaded([state]), true);
  });

  it('gives up with false when cancelled first', async () => {
    const state = new LoadState('the index');
    assert.equal(await allLoaded([state], Promise.resolve()), false);
  });
});
