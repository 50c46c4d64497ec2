// A painter's decoration types follow its two settings: none while highlights are off, made for the
// ruler setting, and made anew (the old ones disposed, which clears every editor) only when a
// setting changed.
import { strict as assert } from 'node:assert';
import { PainterTypes, type PaintSettings } from '../../../../src/features/shared/painterTypes';

class FakeTypes {
  disposed = false;
  constructor(readonly ruler: boolean) {}
  dispose(): void {
    this.disposed = true;
  }
}

function painterTypes(initial: PaintSettings): { types: PainterTypes<FakeTypes>; set: (s: PaintSettings) => void; made: FakeTypes[] } {
  let settings = initial;
  const made: FakeTypes[] = [];
  const types = new PainterTypes(
    () => settings,
    (ruler) => {
      const t = new FakeTypes(ruler);
      made.push(t);
      return t;
    },
  );
  return {
    types,
    set: (s) => {
      settings = s;
    },
    made,
  };
}

describe('painter types', () => {
  it('makes types for the ruler setting when highlights are on, none when they are off', () => {
    const on = painterTypes({ enabled: true, overviewRuler: false });
    assert.equal(on.types.enabled, true);
    assert.equal(on.types.current?.ruler, false);
    const off = painterTypes({ enabled: false, overviewRuler: true });
    assert.equal(off.types.enabled, false);
    assert.equal(off.types.current, undefined);
    assert.equal(off.made.length, 0);
  });

  it('keeps its types while the settings stay the same', () => {
    const { types, made } = painterTypes({ enabled: true, overviewRuler: true });
    assert.equal(types.reload(), false);
    assert.equal(made.length, 1);
    assert.equal(made[0].disposed, false);
  });

  it('disposes the old types and makes new ones when a setting changed', () => {
    const { types, set, made } = painterTypes({ enabled: true, overviewRuler: true });
    set({ enabled: true, overviewRuler: false });
    assert.equal(types.reload(), true);
    assert.equal(made[0].disposed, true);
    assert.equal(types.current, made[1]);
    assert.equal(types.current?.ruler, false);
    set({ enabled: false, overviewRuler: false });
    assert.equal(types.reload(), true);
    assert.equal(made[1].disposed, true);
    assert.equal(types.current, undefined);
    assert.equal(types.enabled, false);
    set({ enabled: true, overviewRuler: false });
    assert.equal(types.reload(), true);
    assert.equal(made.length, 3);
    assert.ok(types.enabled && made[2].ruler === false, 'made again when switched back on');
    types.dispose();
    assert.equal(made[2].disposed, true);
  });
});
