/**
 * The edges the Analysis panel's network draws: the pairs mentioned together in at least
 * `threshold` units. When there are more than `cap` of them, every entity keeps its strongest
 * pairs (most units together, then the higher c): the largest number k such that the pairs that
 * are among the k strongest of either of their entities are at most `cap`. Every entity then keeps
 * its closest partners, where one cut over all pairs would leave the rarer entities alone, and the
 * network stays quick to lay out and to draw (a network of 300 entities can have 30,000 pairs).
 */
import type { PairCount } from './cooccurrence';

export interface NetworkEdges {
  /** The pairs to draw, in the order given. */
  edges: PairCount[];
  /** Pairs mentioned together in at least `threshold` units. */
  eligible: number;
  /** When capped: how many of its strongest pairs each entity keeps. */
  perEntity?: number;
}

/** Edges drawn at most by default: a few thousand keep the first draw near a second and panning smooth. */
export const NETWORK_EDGE_CAP = 3000;

const stronger = (x: PairCount, y: PairCount): number => y.nAB - x.nAB || y.c - x.c || x.a - y.a || x.b - y.b;

export function networkEdges(pairs: readonly PairCount[], threshold: number, cap = NETWORK_EDGE_CAP): NetworkEdges {
  const eligible = pairs.filter((p) => p.nAB >= threshold);
  if (eligible.length <= cap) return { edges: eligible, eligible: eligible.length };
  // Each pair's best rank among its two entities' pairs, strongest first (0: someone's strongest).
  const byEntity = new Map<number, PairCount[]>();
  for (const p of eligible) {
    for (const e of [p.a, p.b]) {
      const list = byEntity.get(e);
      if (list) list.push(p);
      else byEntity.set(e, [p]);
    }
  }
  const rank = new Map<PairCount, number>();
  for (const list of byEntity.values()) {
    list.sort(stronger);
    list.forEach((p, r) => rank.set(p, Math.min(r, rank.get(p) ?? r)));
  }
  // The pairs of rank below k number at most `cap` while k is at most the (cap + 1)-th smallest rank.
  const ranks = [...rank.values()].sort((x, y) => x - y);
  const perEntity = Math.max(1, ranks[cap]);
  return { edges: eligible.filter((p) => (rank.get(p) ?? Infinity) < perEntity), eligible: eligible.length, perEntity };
}
