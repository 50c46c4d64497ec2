import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { anchorAnnotations, shiftRanges, type TextChange } from '../../../../src/core/anchoring';
import { ANNOTATION_STATUSES } from '../../../../src/core/anchoring/anchorTypes';
import { normaliseText } from '../../../../src/core/text/textOffsets';
import { anyText, apply, documentCase, editAnywhere, editSeeds, filler, outsideEdit, sidecarOf } from '../../helpers/anchoringArbitraries';

describe('anchoring properties (fast-check)', () => {
  it('random edits outside every quote never move or lose an annotation (re-anchored and shifted alike)', () => {
    fc.assert(
      fc.property(documentCase, editSeeds(filler), ({ text, quotes }, seeds) => {
        const sidecar = sidecarOf(text, quotes);
        let current = text;
        let expected = quotes.map((q) => ({ ...q }));
        const changes: TextChange[] = [];
        for (const seed of seeds) {
          const change = outsideEdit(current, expected, seed);
          const delta = change.text.length - change.rangeLength;
          expected = expected.map((q) =>
            change.rangeOffset + change.rangeLength <= q.start ? { start: q.start + delta, end: q.end + delta } : q,
          );
          current = apply(current, change);
          changes.push(change);
        }
        assert.deepEqual(shiftRanges(quotes, changes), expected, 'live shifting');
        const report = anchorAnnotations(current, sidecar);
        report.results.forEach(({ annotation, result }, i) => {
          const where = JSON.stringify({ current, result, target: annotation.target });
          assert.ok(result.status === 'anchored' || result.status === 'needs-review', where);
          assert.deepEqual([result.range?.rawStart, result.range?.rawEnd], [expected[i].start, expected[i].end], where);
          assert.equal(current.slice(expected[i].start, expected[i].end), annotation.target.exact);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('random edit sequences never make the number of annotations drop', () => {
    fc.assert(
      fc.property(documentCase, editSeeds(anyText), fc.boolean(), ({ text, quotes }, seeds, replaceAll) => {
        const sidecar = sidecarOf(text, quotes);
        const edited = editAnywhere(text, seeds);
        const changes = edited.changes;
        let current = edited.current;
        if (replaceAll) {
          changes.push({ rangeOffset: 0, rangeLength: current.length, text: 'something else entirely' });
          current = 'something else entirely';
        }
        const shifted = shiftRanges(quotes, changes);
        assert.equal(shifted.length, quotes.length);
        for (const r of shifted) assert.ok(r.start >= 0 && r.start <= r.end && r.end <= current.length, JSON.stringify(r));
        const report = anchorAnnotations(current, sidecar);
        assert.deepEqual(
          report.results.map((x) => x.annotation.id),
          sidecar.annotations.map((a) => a.id),
        );
        assert.equal(
          Object.values(report.counts).reduce((a, b) => a + b, 0),
          quotes.length,
        );
        for (const { annotation, result } of report.results) {
          assert.ok(ANNOTATION_STATUSES.includes(result.status));
          if (result.status === 'orphaned') {
            assert.equal(result.range, undefined);
            continue;
          }
          const r = result.range!;
          assert.ok(r.rawStart < r.rawEnd && r.rawEnd <= current.length && r.start < r.end, JSON.stringify(result));
          if (result.method !== 'approximate') assert.equal(normaliseText(current.slice(r.rawStart, r.rawEnd)), annotation.target.exact);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shifting ranges through random edits and re-anchoring agree', () => {
    fc.assert(
      fc.property(documentCase, editSeeds(anyText), ({ text, quotes }, seeds) => {
        const sidecar = sidecarOf(text, quotes);
        const { current, changes } = editAnywhere(text, seeds);
        const live = shiftRanges(quotes, changes);
        const report = anchorAnnotations(current, sidecar);
        report.results.forEach(({ result }, i) => {
          const where = JSON.stringify({ current, live: live[i], result });
          if (!live[i].edited) {
            // Untouched quote: re-anchoring finds it exactly where shifting put it.
            assert.ok(result.status === 'anchored' || result.status === 'needs-review', where);
            assert.deepEqual([result.range?.rawStart, result.range?.rawEnd], [live[i].start, live[i].end], where);
          } else if (result.range && !live[i].swallowed) {
            // Edited quote: any place proposed overlaps the live range.
            assert.ok(result.range.rawStart < live[i].end && result.range.rawEnd > live[i].start, where);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
