import { strict as assert } from 'node:assert';
import { PageLimits } from '../../../../src/core/presentation/pageLimits';

describe('page limits', () => {
  it('shows a page, then one more page each time, and what is left', () => {
    const limits = new PageLimits(3);
    const items = [1, 2, 3, 4, 5, 6, 7];
    assert.deepEqual(limits.page('a', items), { items: [1, 2, 3], rest: 4, next: 3 });
    limits.more('a');
    assert.deepEqual(limits.page('a', items), { items: [1, 2, 3, 4, 5, 6], rest: 1, next: 1 });
    assert.deepEqual(limits.page('b', items).items, [1, 2, 3], 'each list has its own limit');
    limits.more('a');
    assert.deepEqual(limits.page('a', items), { items, rest: 0, next: 0 });
    assert.deepEqual(limits.page('c', [1, 2]), { items: [1, 2], rest: 0, next: 0 });
  });

  it('reaches an item in whole pages, never showing fewer than before', () => {
    const limits = new PageLimits(10);
    limits.reach('a', 9);
    assert.equal(limits.limit('a'), 10);
    limits.reach('a', 10);
    assert.equal(limits.limit('a'), 20);
    limits.reach('a', 25);
    assert.equal(limits.limit('a'), 30);
    limits.reach('a', 0);
    assert.equal(limits.limit('a'), 30);
    assert.throws(() => new PageLimits(0), RangeError);
  });
});
