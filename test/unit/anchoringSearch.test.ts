import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { alignAtStart } from '../../src/core/anchoring/alignAtStart';
import { approximateSearch } from '../../src/core/anchoring/approximateSearch';
import { compilePattern } from '../../src/core/anchoring/bitPattern';
import { distanceColumn, referenceHits } from './helpers/anchoring';

/** Small alphabets make many near matches; lengths cross the 32- and 64-row block edges. */
const letters = fc.constantFrom('a', 'b', 'c', 'd', ' ', 'é', '\n');
const str = (min: number, max: number) => fc.array(letters, { minLength: min, maxLength: max }).map((a) => a.join(''));

/**
 * A text that holds a mutated copy of the pattern, so that there is something to find. Edits are
 * often crowded into the pattern's head and the budget often equals the copy's distance: the
 * match then runs along the cut-off's edge (a cell == k at a block's boundary), where a wrong
 * cut-off rule loses it.
 */
const searchCase = fc.record({
  pattern: fc.oneof(str(1, 32), str(33, 100)),
  before: str(0, 120),
  after: str(0, 120),
  edits: fc.array(fc.tuple(fc.nat(), letters), { maxLength: 12 }),
  head: fc.double({ min: 0.05, max: 1, noNaN: true }),
  budget: fc.oneof(fc.double({ min: 0, max: 0.7, noNaN: true }), fc.constantFrom(-1, 0, 1)),
}).map(({ pattern, before, after, edits, head, budget }) => {
  const copy = pattern.split('');
  const span = Math.max(1, Math.floor(copy.length * head));
  for (const [at, c] of edits) copy[at % span] = c;
  const text = before + copy.join('') + after;
  const k = budget > 0 && budget < 1 ? Math.floor(budget * pattern.length) : Math.max(0, Math.min(...distanceColumn(text, pattern)) + budget);
  return { pattern, text, k };
});

describe('anchoring: bit-parallel edit distance', () => {
  it('approximateSearch finds exactly the valleys a full dynamic-programming table has (any pattern length, cut-off on)', () => {
    fc.assert(fc.property(searchCase, ({ pattern, text, k }) => {
      assert.deepEqual(approximateSearch(text, compilePattern(pattern), k), referenceHits(text, pattern, k));
    }), { numRuns: 600 });
  });

  it('alignAtStart gives the distance of the pattern to the best prefix of the text', () => {
    fc.assert(fc.property(str(0, 80), str(0, 160), (pattern, text) => {
      const got = alignAtStart(compilePattern(pattern), text);
      const column = distanceColumn(text, pattern, true);
      assert.equal(got.distance, Math.min(...column));
      assert.equal(column[got.length], got.distance, 'the length reported reaches the distance reported');
    }), { numRuns: 600 });
  });

  it('finds a 200-unit quote with 30 edits in a long text, and nothing with too small a budget', () => {
    const quote = 'The most misguided way to develop Russian policy in Asia would be to focus it on interaction with regional institutions and platforms, where individual expression is lost in the need for everyone to agree.';
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
});
