import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { samePlain } from '../../../../src/core/sidecars/annotationValue';
import { loadSidecar } from '../../../../src/core/sidecars/sidecarLoad';
import { mergeSidecar, type MergeOutcome } from '../../../../src/core/sidecars/sidecarMerge';
import { annotation, applyStep, editStep } from '../../helpers/sidecarArbitraries';
import { HAND_WRITTEN, HASH, SIDECAR } from '../../helpers/sidecarTexts';

const counter = (prefix: string): (() => string) => {
  let n = 0;
  return () => `${prefix}${++n}`;
};

function merged(outcome: MergeOutcome): { text: string; conflicts: unknown[] } {
  assert.ok(outcome.ok, 'the merge succeeds');
  return outcome;
}

/** Two models read from the same text: "ours" (this window) and "theirs" (written to disk since). */
function twoWriters(text = HAND_WRITTEN) {
  return { ours: loadSidecar(text, SIDECAR), theirs: loadSidecar(text, SIDECAR) };
}

describe('sidecar merge by annotation id', () => {
  it('keeps the annotations both writers added, and theirs keep their comments and unknown keys', () => {
    const { ours, theirs } = twoWriters();
    ours.add({ id: 'mine', codes: ['hedging'], target: { exact: 'ours' } });
    theirs.add({ id: 'yours', codes: ['realism'], target: { exact: 'theirs' } });
    theirs.setFields('a2', { 'x-theirs': 'kept' });
    const { text, conflicts } = merged(mergeSidecar(ours, theirs.toText()));
    const result = loadSidecar(text, SIDECAR);
    assert.deepEqual(result.ids, ['a1', 'a2', 'yours', 'mine']);
    assert.deepEqual(conflicts, []);
    assert.equal(result.plain('a2')?.['x-theirs'], 'kept');
    assert.ok(text.startsWith(HAND_WRITTEN.slice(0, HAND_WRITTEN.indexOf('  - id: a2'))), 'header, unknown keys and a1 keep their bytes');
    assert.ok(text.endsWith('  # a comment closing the list\nx-tool: {generator: hand}\n'));
  });

  it('deletes what one side deleted and the other left alone', () => {
    const { ours, theirs } = twoWriters();
    ours.delete('a1');
    theirs.delete('a2');
    assert.deepEqual(loadSidecar(merged(mergeSidecar(ours, theirs.toText())).text, SIDECAR).ids, []);
  });

  it('keeps an annotation deleted on one side and changed on the other, and says so', () => {
    const { ours, theirs } = twoWriters();
    ours.delete('a1');
    theirs.update('a1', { note: 'still needed' });
    ours.update('a2', { codes: ['realism'] });
    theirs.delete('a2');
    const { text, conflicts } = merged(mergeSidecar(ours, theirs.toText()));
    const result = loadSidecar(text, SIDECAR);
    assert.deepEqual(result.ids, ['a1', 'a2']);
    assert.equal(result.get('a1')?.note, 'still needed');
    assert.deepEqual(result.get('a2')?.codes, ['realism']);
    assert.deepEqual(conflicts, [
      { id: 'a1', kind: 'deleted-here-changed-there' },
      { id: 'a2', kind: 'changed-here-deleted-there' },
    ]);
  });

  it('merges changes to different fields of one annotation without a conflict', () => {
    const { ours, theirs } = twoWriters();
    ours.update('a1', { note: 'ours', modified: '2025-03-02T10:00:00Z' });
    theirs.update('a1', { status: 'orphaned', modified: '2025-03-01T10:00:00Z' });
    const { text, conflicts } = merged(mergeSidecar(ours, theirs.toText()));
    const a1 = loadSidecar(text, SIDECAR).get('a1');
    assert.deepEqual([a1?.note, a1?.status, a1?.modified], ['ours', 'orphaned', '2025-03-02T10:00:00Z']);
    assert.deepEqual(conflicts, []);
  });

  it('merges codes as sets, the later `modified` and the status needing more attention', () => {
    const { ours, theirs } = twoWriters();
    ours.update('a2', { codes: ['realism', 'ours'], status: 'needs-review', modified: '2025-01-01' }); // removes hedging
    theirs.update('a2', { codes: ['theirs', 'hedging', 'realism'], status: 'ambiguous', modified: '2025-02-01' });
    const { text, conflicts } = merged(mergeSidecar(ours, theirs.toText()));
    const a2 = loadSidecar(text, SIDECAR).get('a2');
    assert.deepEqual(a2?.codes, ['theirs', 'realism', 'ours']);
    assert.equal(a2?.status, 'ambiguous');
    assert.equal(a2?.modified, '2025-02-01');
    assert.deepEqual(conflicts, []);
  });

  it('keeps both versions when the same field changed differently: theirs under the id, ours as a needs-review copy', () => {
    const { ours, theirs } = twoWriters();
    ours.update('a1', { note: 'ours', codes: ['hedging', 'mine'] });
    theirs.update('a1', { note: 'theirs', target: { exact: 'ASEAN centrality', start: 30, end: 46 } });
    const { text, conflicts } = merged(mergeSidecar(ours, theirs.toText(), counter('copy-')));
    const result = loadSidecar(text, SIDECAR);
    assert.deepEqual(result.ids, ['a1', 'a2', 'copy-1']);
    assert.deepEqual(conflicts, [{ id: 'a1', kind: 'both-changed', fields: ['note'], copyId: 'copy-1' }]);
    const [a1, copy] = [result.get('a1')!, result.get('copy-1')!];
    assert.deepEqual([a1.note, a1.codes, a1.target.start, a1.status], ['theirs', ['hedging', 'mine'], 30, undefined]);
    assert.deepEqual([copy.note, copy.codes, copy.target.start, copy.status], ['ours', ['hedging', 'mine'], 30, 'needs-review']);
    assert.equal(result.plain('copy-1')?.confidence, 0.8, 'the copy keeps unknown keys');
  });

  it('applies our new documentHash when theirs did not change it', () => {
    const { ours, theirs } = twoWriters();
    ours.setTop('documentHash', HASH);
    theirs.add({ id: 't', target: { exact: 't' } });
    const result = loadSidecar(merged(mergeSidecar(ours, theirs.toText())).text, SIDECAR);
    assert.equal(result.topFields.documentHash, HASH);
    assert.deepEqual(result.topFields.reviewer, { name: 'Ana', round: 2 });
  });

  it('refuses to merge into a file on disk that cannot be read safely', () => {
    const { ours } = twoWriters();
    ours.add({ id: 'mine', target: { exact: 'x' } });
    const outcome = mergeSidecar(ours, `${HAND_WRITTEN}<<<<<<< HEAD\n`);
    assert.equal(outcome.ok, false);
    assert.deepEqual(!outcome.ok && outcome.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`), ['25:1 conflict-marker']);
  });

  it('gives our text when nothing changed on disk', () => {
    const { ours } = twoWriters();
    ours.update('a1', { codes: ['x'] });
    ours.add({ id: 'n', target: { exact: 'n' } });
    assert.equal(merged(mergeSidecar(ours, HAND_WRITTEN)).text, ours.toText());
  });

  it('merges their update of a flow-map target to a multi-line prefix starting with `?` (fast-check counterexample)', () => {
    const { ours, theirs } = twoWriters(loadSidecar(HAND_WRITTEN, SIDECAR).toText());
    const a = { id: '', codes: [], note: undefined, entities: [], target: { exact: 'a', prefix: '?\na' }, status: undefined };
    applyStep(theirs, { op: 'update', pick: 0, a }, counter('t'));
    const { text, conflicts } = merged(mergeSidecar(ours, theirs.toText(), counter('c')));
    const a1 = loadSidecar(text, SIDECAR).get('a1');
    assert.deepEqual([a1?.target, a1?.note, a1?.codes], [{ exact: 'a', prefix: '?\na' }, undefined, []]);
    assert.deepEqual(conflicts, []);
  });

  it('never loses an annotation: random edits on both sides (property)', function () {
    this.timeout(120000);
    const base = fc.array(annotation(''), { maxLength: 4 });
    fc.assert(
      fc.property(base, fc.array(editStep, { maxLength: 6 }), fc.array(editStep, { maxLength: 6 }), (start, ourSteps, theirSteps) => {
        const seed = loadSidecar(HAND_WRITTEN, SIDECAR);
        start.forEach((a, i) => seed.add({ ...a, id: `b${i}` }));
        const { ours, theirs } = twoWriters(seed.toText());
        const ourId = counter('o');
        const theirId = counter('t');
        for (const s of ourSteps) applyStep(ours, s, ourId);
        for (const s of theirSteps) applyStep(theirs, s, theirId);
        const { text } = merged(mergeSidecar(ours, theirs.toText(), counter('c')));
        const result = loadSidecar(text, SIDECAR);
        assert.equal(result.readOnly, false);
        const ids = new Set(result.ids);
        // Deleted cleanly: gone on one side, untouched on the other.
        const base = (id: string): unknown => ours.base.get(id);
        const gone = (id: string): boolean =>
          (!ours.plain(id) && samePlain(theirs.plain(id), base(id))) || (!theirs.plain(id) && samePlain(ours.plain(id), base(id)));
        const expectedIds = [...new Set([...ours.ids, ...theirs.ids])].filter((id) => !gone(id));
        for (const id of expectedIds) assert.ok(ids.has(id), `annotation ${id} survives`);
        assert.ok(result.ids.length >= expectedIds.length, 'the count never drops below what both sides keep');
        if (![...ourSteps, ...theirSteps].some((s) => s.op === 'delete')) {
          assert.ok(result.ids.length >= Math.max(ours.ids.length, theirs.ids.length));
        }
      }),
      { numRuns: 150 },
    );
  });
});
