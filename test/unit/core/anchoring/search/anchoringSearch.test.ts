import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { alignAtStart } from '../../../../../src/core/anchoring/search/alignAtStart';
import { approximateSearch } from '../../../../../src/core/anchoring/search/approximateSearch';
import { compilePattern } from '../../../../../src/core/anchoring/search/bitPattern';
import { candidateWindows, GRAM, GramIndex } from '../../../../../src/core/anchoring/search/gramIndex';
import { distanceColumn, referenceHits } from '../../../helpers/anchoring';

/** Small alphabets make many near matches; lengths cross the 32- and 64-row block edges. */
const letters = fc.constantFrom('a', 'b', 'c', 'd', ' ', 'é', '\n');
const str = (min: number, max: number) => fc.array(letters, { minLength: min, maxLength: max }).map((a) => a.join(''));

/**
 * A text that holds a copy of the pattern with letters replaced, inserted and deleted, so that
 * there is something to find. Edits are often crowded into the pattern's head and the budget
 * often equals the copy's distance: the match then runs along the cut-off's edge (a cell == k at
 * a block's boundary), where a wrong cut-off rule loses it.
 */
const searchCase = fc
  .record({
    pattern: fc.oneof(str(1, 32), str(33, 100)),
    before: str(0, 120),
    after: str(0, 120),
    edits: fc.array(fc.tuple(fc.nat(), letters, fc.constantFrom('replace', 'insert', 'delete')), { maxLength: 12 }),
    head: fc.double({ min: 0.05, max: 1, noNaN: true }),
    budget: fc.oneof(fc.double({ min: 0, max: 0.7, noNaN: true }), fc.constantFrom(-1, 0, 1)),
  })
  .map(({ pattern, before, after, edits, head, budget }) => {
    const copy = pattern.split('');
    const span = Math.max(1, Math.floor(copy.length * head));
    for (const [at, c, how] of edits) copy.splice(at % span, how === 'insert' ? 0 : 1, ...(how === 'delete' ? [] : [c]));
    const text = before + copy.join('') + after;
    const k =
      budget > 0 && budget < 1 ? Math.floor(budget * pattern.length) : Math.max(0, Math.min(...distanceColumn(text, pattern)) + budget);
    return { pattern, text, k };
  });

describe('anchoring: bit-parallel edit distance', () => {
  it('approximateSearch finds exactly the valleys a full dynamic-programming table has (any pattern length, cut-off on)', () => {
    fc.assert(
      fc.property(searchCase, ({ pattern, text, k }) => {
        assert.deepEqual(approximateSearch(text, compilePattern(pattern), k), referenceHits(text, pattern, k));
      }),
      { numRuns: 600 },
    );
  });

  it('alignAtStart gives the distance of the pattern to the best prefix of the text', () => {
    fc.assert(
      fc.property(str(0, 80), str(0, 160), (pattern, text) => {
        const got = alignAtStart(compilePattern(pattern), text);
        const column = distanceColumn(text, pattern, true);
        assert.equal(got.distance, Math.min(...column));
        assert.equal(column[got.length], got.distance, 'the length reported reaches the distance reported');
      }),
      { numRuns: 600 },
    );
  });

  it('finds a 200-unit quote with 30 edits in a long text, and nothing with too small a budget', () => {
    const quote =
      'The most misguided way to develop Russian policy in Asia would be to focus it on interaction with regional institutions and platforms, where individual expression is lost in the need for everyone to agree.';
    const edited = quote.replace(/e/g, 'E').replace('regional', 'local');
    const text = `${'filler text about trade and energy. '.repeat(300)}${edited}${' more filler about summits.'.repeat(300)}`;
    const pattern = compilePattern(quote);
    const errors = [...quote].filter((c) => c === 'e').length + 5;
    const hits = approximateSearch(text, pattern, errors + 2);
    assert.equal(hits.ends.length, 1);
    assert.equal(hits.ends[0], text.indexOf(edited) + edited.length);
    assert.ok(hits.distances[0] <= errors, `distance ${hits.distances[0]} <= ${errors}`);
    assert.deepEqual(approximateSearch(text, pattern, 10).ends, []);
  });

  it('searches only the window asked for', () => {
    const text = 'abcdefgh-abcdefgh-abcdefgh';
    assert.deepEqual(approximateSearch(text, compilePattern('abcdefgh'), 0, 5, 20), { ends: [17], distances: [0] });
  });

  it('the gram index finds every occurrence of a piece', () => {
    fc.assert(
      fc.property(str(0, 300), str(GRAM, 14), (text, piece) => {
        const index = GramIndex.build(text);
        const expected: number[] = [];
        for (let i = text.indexOf(piece); i >= 0; i = text.indexOf(piece, i + 1)) expected.push(i);
        assert.deepEqual(index.occurrences(piece), expected);
        const at = text.length >> 1;
        if (text.length - at >= GRAM) assert.ok(index.occurrences(text.slice(at, at + GRAM)).includes(at));
      }),
      { numRuns: 300 },
    );
  });

  it('the windows of the pigeonhole filter hold every match the whole-text search finds', () => {
    // Budgets small enough for pieces of a gram or more (else there is no filter to test).
    const longCase = fc.record({ c: searchCase, filler: str(200, 400) }).map(({ c, filler }) => ({
      ...c,
      text: filler + c.text + filler,
      k: Math.min(c.k, Math.max(0, Math.floor(c.pattern.length / GRAM) - 1)),
    }));
    fc.assert(
      fc.property(longCase, ({ pattern, text, k }) => {
        const windows = candidateWindows(() => GramIndex.build(text), pattern, k, text.length);
        if (!windows) return;
        const whole = approximateSearch(text, compilePattern(pattern), k);
        const found = new Set(
          windows.flatMap(([from, to]) => {
            const hits = approximateSearch(text, compilePattern(pattern), k, from, to);
            return hits.ends.map((end, i) => `${end}:${hits.distances[i]}`);
          }),
        );
        whole.ends.forEach((end, i) =>
          assert.ok(found.has(`${end}:${whole.distances[i]}`), `hit ${end} (distance ${whole.distances[i]}) missed`),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('gives up the filter when pieces would be shorter than a gram', () => {
    assert.equal(
      candidateWindows(() => GramIndex.build('x'.repeat(100)), 'a'.repeat(40), 5, 100),
      undefined,
    );
    assert.deepEqual(
      candidateWindows(() => GramIndex.build('y'.repeat(100)), 'a'.repeat(40), 4, 100),
      [],
    );
  });
});
