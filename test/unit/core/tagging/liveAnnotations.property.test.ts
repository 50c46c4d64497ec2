import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { AnchorText, anchorAnnotations, documentHash, type LiveRange, type TextChange } from '../../../../src/core/anchoring';
import { LiveAnnotations } from '../../../../src/core/tagging/liveAnnotations';
import type { Annotation } from '../../../../src/core/sidecars/annotationValue';
import { ANNOTATION_STATUSES } from '../../../../src/core/anchoring/anchorTypes';
import { normaliseText } from '../../../../src/core/text/textOffsets';
import { anyText, apply, documentCase, editSeeds, filler, outsideEdit, sidecarOf } from '../../helpers/anchoringArbitraries';

/**
 * The editor's live places (`LiveAnnotations`: anchor, shift by each editor event, re-anchor
 * edited quotes after a pause, record places on save) under random edits. The places themselves
 * are what is checked here; `anchoring.property.test.ts` checks shifting and re-anchoring of
 * bare ranges.
 */
function liveOf(text: string, quotes: readonly LiveRange[]): { live: LiveAnnotations; annotations: Annotation[] } {
  const sidecar = sidecarOf(text, quotes);
  const annotations = sidecar.annotations.map((a) => ({ ...a, codes: [], entities: [] }));
  const live = new LiveAnnotations();
  live.anchor(text, sidecar.documentHash, annotations);
  return { live, annotations };
}

const places = (live: LiveAnnotations): LiveRange[] => live.all.map((a) => ({ start: a.start!, end: a.end! }));

describe('live annotations: properties (fast-check)', () => {
  it('edits outside every quote never move an annotation off its text nor change its status; what is recorded re-anchors in place', () => {
    fc.assert(
      fc.property(
        documentCase,
        editSeeds(filler),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        ({ text, quotes }, seeds, pauses) => {
          const { live } = liveOf(text, quotes);
          let current = text;
          seeds.forEach((seed, i) => {
            const change = outsideEdit(current, places(live), seed);
            current = apply(current, change);
            live.shift([change]);
            if (pauses[i]) live.refreshEdited(current);
          });
          for (const a of live.all) {
            const where = JSON.stringify({ current, a });
            assert.deepEqual([a.status, a.edited], ['anchored', false], where);
            assert.equal(normaliseText(current.slice(a.start, a.end)), a.annotation.target.exact, where);
          }
          // A save records the places; reopening the same text finds every annotation where it was.
          const doc = AnchorText.of(current);
          const patches = new Map(live.persistPatches(doc).map((p) => [p.id, p.patch]));
          const recorded = live.all.map((a) => ({
            id: a.annotation.id,
            target: patches.get(a.annotation.id)?.target ?? a.annotation.target,
          }));
          for (const r of recorded) assert.equal(doc.text.slice(doc.unitOf(r.target.start!), doc.unitOf(r.target.end!)), r.target.exact);
          const reopened = anchorAnnotations(doc, { documentHash: documentHash(current), annotations: recorded });
          assert.deepEqual(
            reopened.results.map(({ result }) => [result.status, result.method, result.range?.rawStart, result.range?.rawEnd]),
            live.all.map((a) => ['anchored', 'hash', a.start, a.end]),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random edit sequences, pauses and saves never make the number of annotations drop', () => {
    const events = fc.array(
      fc.tuple(fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 }), anyText), { minLength: 1, maxLength: 3 }), fc.boolean()),
      { minLength: 1, maxLength: 10 },
    );
    fc.assert(
      fc.property(documentCase, events, fc.boolean(), ({ text, quotes }, steps, replaceAll) => {
        const { live, annotations } = liveOf(text, quotes);
        const ids = annotations.map((a) => a.id);
        let current = text;
        const step = (changes: TextChange[], pause: boolean): void => {
          for (const c of changes) current = apply(current, c);
          live.shift(changes);
          if (pause) live.refreshEdited(current);
          assert.deepEqual(
            live.all.map((a) => a.annotation.id),
            ids,
          );
        };
        for (const [seeds, pause] of steps) {
          // One editor event: each change applies to the text the previous one left.
          let t = current;
          const changes = seeds.map(([at, len, insert]) => {
            const offset = at % (t.length + 1);
            const change = { rangeOffset: offset, rangeLength: Math.min(len, t.length - offset), text: insert };
            t = apply(t, change);
            return change;
          });
          step(changes, pause);
        }
        if (replaceAll) step([{ rangeOffset: 0, rangeLength: current.length, text: 'something else entirely' }], false);
        live.refreshEdited(current);
        for (const a of live.all) {
          const where = JSON.stringify({ current, a });
          assert.ok(ANNOTATION_STATUSES.includes(a.status) && !a.edited, where);
          if (a.status === 'orphaned') assert.equal(a.start, undefined, where);
          else assert.ok(a.start! >= 0 && a.start! < a.end! && a.end! <= current.length, where);
        }
        for (const { id, patch } of live.persistPatches(current)) {
          const stored = annotations.find((a) => a.id === id)!.target;
          if (patch.target)
            assert.deepEqual(
              [patch.target.exact, patch.target.prefix, patch.target.suffix],
              [stored.exact, stored.prefix, stored.suffix],
              'the quote and its context are never rewritten',
            );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an edit and its undo leave every annotation anchored where it was, whenever the pause came', () => {
    fc.assert(
      fc.property(
        documentCase,
        fc.nat(),
        fc.nat({ max: 40 }),
        anyText,
        fc.constantFrom('none', 'after edit', 'after undo', 'both'),
        ({ text, quotes }, at, len, insert, pauses) => {
          const { live } = liveOf(text, quotes);
          const before = places(live);
          const from = at % (text.length + 1);
          const removed = text.slice(from, from + len);
          const change = { rangeOffset: from, rangeLength: removed.length, text: insert };
          const edited = apply(text, change);
          live.shift([change]);
          if (pauses === 'after edit' || pauses === 'both') live.refreshEdited(edited);
          live.shift([{ rangeOffset: from, rangeLength: insert.length, text: removed }]);
          live.refreshEdited(text);
          const where = JSON.stringify({ text, change, pauses, live: live.all });
          assert.deepEqual(
            live.all.map((a) => a.status),
            live.all.map(() => 'anchored'),
            where,
          );
          assert.deepEqual(places(live), before, where);
        },
      ),
      { numRuns: 300 },
    );
  });
});
