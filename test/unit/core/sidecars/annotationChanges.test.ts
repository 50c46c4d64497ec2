import { strict as assert } from 'node:assert';
import { AnchorText } from '../../../../src/core/anchoring';
import { addTagged, removeKeeping, replaceCodeInModel, retarget, updateSeen } from '../../../../src/core/sidecars/annotationChanges';
import { loadSidecar, newSidecar } from '../../../../src/core/sidecars/sidecarLoad';

const TEXT = AnchorText.of('Russia seeks partners in Southeast Asia, and ASEAN hedges.\n');
const NOW = '2026-11-23T10:00:00Z';
const LATER = '2026-11-23T11:00:00Z';

function tagged(): ReturnType<typeof newSidecar> {
  const model = newSidecar('report.txt.annotations.yaml');
  addTagged(model, TEXT, 0, 6, { codes: ['hedging'], note: 'memo', expectedText: 'Russia' }, 'a', NOW);
  return loadSidecar(model.toText(), 'report.txt.annotations.yaml');
}

describe("the analyst's changes to a sidecar model", () => {
  it('tags a passage with quote, context, code point positions, author and times', () => {
    const model = newSidecar('report.txt.annotations.yaml');
    addTagged(model, TEXT, 45, 50, { codes: ['hedging'], note: '', author: 'ana' }, 'b', NOW);
    const saved = model.get('b');
    assert.deepEqual(
      [saved?.target.exact, saved?.target.start, saved?.target.end, saved?.note, saved?.author, saved?.created, saved?.status],
      ['ASEAN', 45, 50, undefined, 'ana', NOW, 'anchored'],
    );
  });

  it('refuses, changing nothing, when the text at the offsets is not what the analyst selected', () => {
    const model = tagged();
    assert.throws(() => addTagged(model, TEXT, 0, 6, { codes: ['x'], expectedText: 'Moscow' }, 'c', NOW), /text changed/);
    assert.throws(() => retarget(model, TEXT, 'a', 45, 50, 'Asean', NOW), /text changed/);
    assert.equal(model.changed, false);
  });

  it('edits codes and note only when they are still as the analyst saw them', () => {
    const model = tagged();
    assert.throws(() => updateSeen(model, 'a', { codes: ['mine'] }, { codes: ['sanctions'], note: 'memo' }, LATER), /changed elsewhere/);
    assert.equal(model.changed, false);
    updateSeen(model, 'a', { codes: ['mine'], note: null }, { codes: ['hedging'], note: 'memo' }, LATER);
    assert.deepEqual([model.get('a')?.codes, model.get('a')?.note, model.get('a')?.modified], [['mine'], undefined, LATER]);
    assert.throws(() => updateSeen(model, 'gone', {}, undefined, LATER), /no annotation 'gone'.*deleted elsewhere/);
  });

  it('deletes and hands back the item text that puts it back byte for byte', () => {
    const model = tagged();
    const before = model.baseText;
    const { itemText, indent } = removeKeeping(model, 'a');
    assert.equal(model.get('a'), undefined);
    const after = loadSidecar(model.toText(), 'report.txt.annotations.yaml');
    after.addItemText(itemText, indent);
    assert.equal(after.toText(), before);
  });

  it('moves an annotation to a new place: the quote becomes that text, anchored', () => {
    const model = tagged();
    retarget(model, TEXT, 'a', 45, 50, 'ASEAN', LATER);
    assert.deepEqual(
      [model.get('a')?.target.exact, model.get('a')?.target.start, model.get('a')?.status, model.get('a')?.modified],
      ['ASEAN', 45, 'anchored', LATER],
    );
  });

  it('replaces a code, listing a merged code once, and counts the annotations changed', () => {
    const model = tagged();
    updateSeen(model, 'a', { codes: ['hedging', 'balancing'] }, undefined, NOW);
    assert.equal(replaceCodeInModel(model, 'hedging', 'balancing', LATER), 1);
    assert.deepEqual([model.get('a')?.codes, model.get('a')?.modified], [['balancing'], LATER]);
    assert.equal(replaceCodeInModel(model, 'balancing', 'balancing'), 0);
  });
});
