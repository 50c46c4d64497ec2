import { strict as assert } from 'node:assert';
import { pairCount, type PairCount } from '../../../../src/core/analysis/cooccurrence';
import { networkEdges } from '../../../../src/core/analysis/networkEdges';

describe('analysis: the edges the network draws', () => {
  // A hub (0) with many strong pairs, and a ring of rarer entities whose pairs are weak.
  const pairs: PairCount[] = [];
  for (let e = 1; e <= 6; e++) pairs.push(pairCount(0, e, 100, 50, 40 - e));
  for (let e = 1; e <= 6; e++) pairs.push(pairCount(e, (e % 6) + 1, 10, 10, 2));
  const key = (p: PairCount): string => `${p.a}-${p.b}`;

  it('draws every pair from the threshold on while they are few enough', () => {
    assert.deepEqual(networkEdges(pairs, 1), { edges: pairs, eligible: 12 });
    const strong = networkEdges(pairs, 3);
    assert.deepEqual([strong.edges.length, strong.eligible, strong.perEntity], [6, 6, undefined]);
  });

  it('past the cap, keeps each entity its strongest pairs, so that no entity is left alone', () => {
    const capped = networkEdges(pairs, 1, 9);
    assert.equal(capped.eligible, 12);
    assert.equal(capped.perEntity, 1, "with 2 each the ring's pairs and the hub's 2 strongest make 11, over 9");
    // Each ring entity's strongest pair is the hub's; the hub's strongest is 0-1.
    assert.deepEqual(capped.edges.map(key), ['0-1', '0-2', '0-3', '0-4', '0-5', '0-6']);
    // With 2 each, the ring's pairs come in but 6-1: it is second to 5-6 for 6 and to 1-2 for 1.
    const wider = networkEdges(pairs, 1, 11);
    assert.equal(wider.perEntity, 2);
    assert.deepEqual(
      wider.edges.map(key),
      pairs.map(key).filter((k) => k !== '6-1'),
    );
  });

  it('orders ties by c, then by the entities', () => {
    const tied = [pairCount(0, 1, 10, 10, 5), pairCount(0, 2, 10, 5, 5), pairCount(1, 2, 10, 5, 1)];
    const capped = networkEdges(tied, 1, 2);
    assert.deepEqual(capped.edges.map(key), ['0-1', '0-2'], 'each of 1 and 2 keeps its pair with 0; 0 keeps 0-2, its higher c');
  });
});
