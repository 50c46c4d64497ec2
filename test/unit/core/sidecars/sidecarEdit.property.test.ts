import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { checkSidecar } from '../../../../src/core/sidecars/sidecarCheck';
import type { NewAnnotation } from '../../../../src/core/sidecars/annotationValue';
import { loadSidecar } from '../../../../src/core/sidecars/sidecarLoad';
import { annotation, applyStep, editStep, expected } from '../../helpers/sidecarArbitraries';
import { HAND_WRITTEN, SIDECAR } from '../../helpers/sidecarTexts';

const readBack = (out: string, id: string): object => {
  const found = checkSidecar(out, SIDECAR).annotations.find((x) => x.id === id);
  assert.ok(found, `annotation ${id} reads back`);
  const { location: _location, ...rest } = found;
  return JSON.parse(JSON.stringify(rest));
};

describe('sidecar model: property tests', () => {
  it('any annotation written reads back exactly, and the other annotations keep their bytes', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(annotation('p1'), (a) => {
        const model = loadSidecar(HAND_WRITTEN, SIDECAR);
        model.add(a);
        const out = model.toText();
        assert.deepEqual(readBack(out, 'p1'), expected(a));
        const cut = HAND_WRITTEN.indexOf('  # a comment closing the list');
        assert.equal(out.slice(0, cut), HAND_WRITTEN.slice(0, cut));
        assert.equal(loadSidecar(out, SIDECAR).toText(), out, 'a reloaded file round-trips byte for byte');
      }),
      { numRuns: 300 },
    );
  });

  it('any sequence of edits leaves a readable file holding exactly the expected annotations', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(fc.array(editStep, { maxLength: 8 }), (steps) => {
        const model = loadSidecar(HAND_WRITTEN, SIDECAR);
        const oracle = new Map<string, object>();
        const originals = new Map(model.ids.map((id) => [id, model.itemText(id).text]));
        let n = 0;
        for (const s of steps) {
          const id = applyStep(model, s, () => `n${++n}`);
          if (id === undefined) continue;
          if (s.op === 'add') {
            oracle.set(id, expected({ ...s.a, id }));
            continue;
          }
          originals.delete(id);
          if (s.op === 'delete') oracle.delete(id);
          else if (oracle.has(id)) {
            const { codes, note, target, status } = s.a;
            const kept = status === undefined ? {} : { status }; // an undefined patch field leaves the value as it was
            oracle.set(id, expected({ ...oracle.get(id), codes, note, target, ...kept } as NewAnnotation));
          }
        }
        const out = model.toText();
        const reread = loadSidecar(out, SIDECAR);
        assert.equal(reread.readOnly, false);
        assert.deepEqual(reread.ids, model.ids);
        for (const [id, value] of oracle) if (model.ids.includes(id)) assert.deepEqual(readBack(out, id), value);
        for (const [id, original] of originals) assert.equal(reread.itemText(id).text, original, `untouched ${id} keeps its bytes`);
      }),
      { numRuns: 200 },
    );
  });
});
