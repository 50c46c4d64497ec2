import { strict as assert } from 'node:assert';
import { forceLayout, type LayoutEdge } from '../../../../src/core/analysis/networkLayout';

describe('analysis: the network layout', () => {
  const distance = (p: Float64Array, a: number, b: number): number => Math.hypot(p[2 * a] - p[2 * b], p[2 * a + 1] - p[2 * b + 1]);

  it('draws two cliques joined by one edge as two groups, the same every time', () => {
    // Nodes 0–5 and 6–11 each fully connected; 0–6 joins them; 12 has no edge.
    const edges: LayoutEdge[] = [{ a: 0, b: 6 }];
    for (const base of [0, 6]) for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) edges.push({ a: base + i, b: base + j });
    const p = forceLayout(13, edges);
    assert.ok(p.every(Number.isFinite));
    assert.deepEqual(forceLayout(13, edges), p);
    const mean = (pairs: Array<[number, number]>): number => pairs.reduce((sum, [a, b]) => sum + distance(p, a, b), 0) / pairs.length;
    const within: Array<[number, number]> = [];
    const across: Array<[number, number]> = [];
    for (let a = 1; a < 12; a++) for (let b = a + 1; b < 12; b++) (a < 6 === b < 6 ? within : across).push([a, b]);
    assert.ok(mean(within) * 2 < mean(across), `within a group ${mean(within).toFixed(0)}, across ${mean(across).toFixed(0)}`);
    const spread = Math.max(...[...Array(12).keys()].map((i) => Math.hypot(p[2 * i], p[2 * i + 1])));
    assert.ok(Math.hypot(p[24], p[25]) < 3 * spread, 'the node without edges stays near the others');
    for (let a = 0; a < 13; a++) for (let b = a + 1; b < 13; b++) assert.ok(distance(p, a, b) > 1, `${a} and ${b} apart`);
  });

  it('lays out 300 nodes and 3,000 edges at finite places (npm run bench:panel times it)', () => {
    const edges: LayoutEdge[] = [];
    for (let i = 0; edges.length < 3000; i++) edges.push({ a: i % 300, b: (i * 7 + 1 + Math.floor(i / 300)) % 300 });
    const started = performance.now();
    const p = forceLayout(
      300,
      edges.filter((e) => e.a !== e.b),
    );
    assert.ok(p.every(Number.isFinite));
    assert.ok(performance.now() - started < 5000, 'a generous bound: the bench measures it');
  });
});
