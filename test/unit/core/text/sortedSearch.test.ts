import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { countBelow } from '../../../../src/core/text/sortedSearch';

describe('binary search: countBelow', () => {
  it('counts the items below a key, for numbers and strings', () => {
    assert.equal(countBelow(Int32Array.from([1, 3, 3, 7]), 3), 1);
    assert.equal(countBelow(Int32Array.from([1, 3, 3, 7]), 8), 4);
    assert.equal(countBelow(['bank', 'west bank', 'west irian'], 'west'), 1);
    assert.equal(countBelow([], 'x'), 0);
  });

  it('agrees with a linear count on any sorted array', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (items, key) => {
        const sorted = [...items].sort((a, b) => a - b);
        assert.equal(countBelow(sorted, key), sorted.filter((x) => x < key).length);
      }),
    );
  });
});
