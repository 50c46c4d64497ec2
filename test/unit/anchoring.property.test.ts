import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { anchorAnnotations, createTarget, documentHash, shiftRanges, type LiveRange, type TextChange } from '../../src/core/anchoring';
import { ANNOTATION_STATUSES, type TextTarget } from '../../src/core/sidecarTypes';
import { normaliseText } from '../../src/core/textOffsets';

/**
 * Documents of words that each end in a unique number, so a quote (two to six whole words) occurs
 * once and random edits cannot recreate it elsewhere: what is being tested is the anchoring, not
 * how often fast-check happens to write a duplicate (duplicates have their own unit tests).
 */
const word = fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzé'), { minLength: 1, maxLength: 6 }).map((l) => l.join(''));
const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', ', ', '. ');
const documentCase = fc.record({
  words: fc.array(fc.tuple(word, separator), { minLength: 24, maxLength: 80 }),
  spans: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 4 }),
}).map(({ words, spans }) => {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  words.forEach(([w, sep], i) => {
    starts.push(text.length);
    text += `${w}${i}`;
    ends.push(text.length);
    text += sep;
  });
  // Non-overlapping quotes of whole words, in document order.
  const quotes: LiveRange[] = [];
  let next = 0;
  for (const [skip, size] of spans) {
    const first = next + (skip % 6);
    const last = first + size;
    if (last >= words.length) break;
    quotes.push({ start: starts[first], end: ends[last] });
    next = last + 1;
  }
  return { text, quotes: quotes.length > 0 ? quotes : [{ start: starts[0], end: ends[1] }] };
});

/** Inserted text without letters or digits (it cannot form a quote): line ends of all kinds, emoji. */
const filler = fc.array(fc.constantFrom(' ', '\n', '\r\n', '\r', ', ', '—', '😀', '🇷🇺', '\t', '\uFEFF'), { maxLength: 4 }).map((a) => a.join(''));
const anyText = fc.array(fc.constantFrom('x', 'word', ' ', '\n', '\r\n', 'é', '😀', 'Q'), { maxLength: 5 }).map((a) => a.join(''));
const editSeeds = (text: fc.Arbitrary<string>) => fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 12 }), text), { minLength: 1, maxLength: 8 });

function apply(text: string, c: TextChange): string {
  return text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
}

/** An edit confined to a gap between quotes (touching their ends is allowed). */
function outsideEdit(text: string, quotes: readonly LiveRange[], [g, at, len, insert]: [number, number, number, string]): TextChange {
  const gaps: [number, number][] = [];
  let from = 0;
  for (const q of quotes) { gaps.push([from, q.start]); from = q.end; }
  gaps.push([from, text.length]);
  const [lo, hi] = gaps[g % gaps.length];
  const offset = lo + (at % (hi - lo + 1));
  return { rangeOffset: offset, rangeLength: Math.min(len, hi - offset), text: insert };
}

/** Edits anywhere, quotes included; returns the text after them and the changes, in order. */
function editAnywhere(text: string, seeds: readonly [number, number, number, string][]): { current: string; changes: TextChange[] } {
  let current = text;
  const changes = seeds.map(([, at, len, insert]) => {
    const offset = at % (current.length + 1);
    const change = { rangeOffset: offset, rangeLength: Math.min(len, current.length - offset), text: insert };
    current = apply(current, change);
    return change;
  });
  return { current, changes };
}

function sidecarOf(text: string, quotes: readonly LiveRange[]): { documentHash: string; annotations: { id: string; target: TextTarget }[] } {
  return { documentHash: documentHash(text), annotations: quotes.map((q, i) => ({ id: `a${i}`, target: Object.freeze(createTarget(text, q.start, q.end)) })) };
}

describe('anchoring properties (fast-check)', () => {
  it('random edits outside every quote never move or lose an annotation (re-anchored and shifted alike)', () => {
    fc.assert(fc.property(documentCase, editSeeds(filler), ({ text, quotes }, seeds) => {
      const sidecar = sidecarOf(text, quotes);
      let current = text;
      let expected = quotes.map((q) => ({ ...q }));
      const changes: TextChange[] = [];
      for (const seed of seeds) {
        const change = outsideEdit(current, expected, seed);
        const delta = change.text.length - change.rangeLength;
        expected = expected.map((q) => (change.rangeOffset + change.rangeLength <= q.start ? { start: q.start + delta, end: q.end + delta } : q));
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
    }), { numRuns: 300 });
  });

  it('random edit sequences never make the number of annotations drop', () => {
    fc.assert(fc.property(documentCase, editSeeds(anyText), fc.boolean(), ({ text, quotes }, seeds, replaceAll) => {
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
      assert.deepEqual(report.results.map((x) => x.annotation.id), sidecar.annotations.map((a) => a.id));
      assert.equal(Object.values(report.counts).reduce((a, b) => a + b, 0), quotes.length);
      for (const { annotation, result } of report.results) {
        assert.ok(ANNOTATION_STATUSES.includes(result.status));
        if (result.status === 'orphaned') { assert.equal(result.range, undefined); continue; }
        const r = result.range!;
        assert.ok(r.rawStart < r.rawEnd && r.rawEnd <= current.length && r.start < r.end, JSON.stringify(result));
        if (result.method !== 'approximate') assert.equal(normaliseText(current.slice(r.rawStart, r.rawEnd)), annotation.target.exact);
      }
    }), { numRuns: 300 });
  });

  it('shifting ranges through random edits and re-anchoring agree', () => {
    fc.assert(fc.property(documentCase, editSeeds(anyText), ({ text, quotes }, seeds) => {
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
    }), { numRuns: 300 });
  });
});
