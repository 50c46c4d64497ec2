/**
 * anchoring/search/: finding a quote that changed: bit-parallel approximate search, gram index,
 * candidates, alignment at a start.
 *
 * Approximate substring search: every place where the pattern occurs in the text with at most
 * `maxDistance` edits (Levenshtein), reported as the end of a local minimum of the distance.
 *
 * Myers' bit-parallel algorithm over blocks of 32 pattern rows, with Ukkonen's cut-off as edlib
 * does it: only the blocks down to the last one that can still hold a cell <= maxDistance are
 * computed, so the cost per text unit is the band's depth / 32 words, not the pattern's length.
 * Patterns of any length; offsets and distances count UTF-16 units.
 */
import { advanceBlock, WORD, type BitPattern } from './bitPattern';

export interface Hits {
  /** Exclusive end of each hit (UTF-16 offset in the searched text), ascending. */
  ends: number[];
  /** Edit distance of the best match ending there. */
  distances: number[];
}

/** UTF-16 unit -> alphabet index of the pattern being searched (reset after each search). */
const alphabet = new Uint16Array(0x10000);
/** The exact (and dearer) "every cell of the last block > k" test runs every 64 columns. */
const STRONG_REDUCE_MASK = 63;

export function approximateSearch(text: string, p: BitPattern, maxDistance: number, from = 0, to = text.length): Hits {
  const hits: Hits = { ends: [], distances: [] };
  const k = Math.min(maxDistance, p.length);
  if (p.length === 0 || k < 0) return hits;
  for (const [unit, a] of p.index) alphabet[unit] = a;
  const out = new ValleyCollector(hits, k);
  try {
    if (p.blocks === 1) scanOneBlock(text, p, k, from, to, out);
    else scanBlocks(text, p, k, from, to, out);
    out.flush();
  } finally {
    for (const unit of p.index.keys()) alphabet[unit] = 0;
  }
  return hits;
}

/** Collects the right end of each valley of the distance: a floor reached by going down and left
 * by going up (the shoulder of a slope is no valley). */
class ValleyCollector {
  private previous = NONE;
  private pendingEnd = -1;
  private pendingDistance = 0;

  constructor(
    private readonly hits: Hits,
    private readonly k: number,
  ) {}

  /** Distance of the match ending at `end` (NONE when above k). */
  add(end: number, d: number): void {
    if (this.pendingEnd >= 0 && d > this.pendingDistance) this.flush();
    if (d <= this.k && d < this.previous) {
      this.pendingEnd = end;
      this.pendingDistance = d;
    } else if (d === this.pendingDistance && this.pendingEnd >= 0) {
      this.pendingEnd = end; // still on the valley's floor
    }
    this.previous = d;
  }

  flush(): void {
    if (this.pendingEnd < 0) return;
    this.hits.ends.push(this.pendingEnd);
    this.hits.distances.push(this.pendingDistance);
    this.pendingEnd = -1;
  }
}

/** Above every distance (an int, so the hot loops stay on small integers). */
const NONE = 0x3fffffff;

/** One block: the pattern fits in a word, the vertical deltas stay in locals. */
function scanOneBlock(text: string, p: BitPattern, k: number, from: number, to: number, out: ValleyCollector): void {
  const peq = p.peq;
  const bit = p.lastBit;
  let pv = -1;
  let mv = 0;
  let score = p.length;
  for (let j = from; j < to; j++) {
    const eq = peq[alphabet[text.charCodeAt(j)]];
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    score += ((ph >>> bit) & 1) - ((mh >>> bit) & 1);
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= k + 1) out.add(j + 1, score <= k ? score : NONE);
  }
}

function scanBlocks(text: string, p: BitPattern, k: number, from: number, to: number, out: ValleyCollector): void {
  const { blocks, peq, lastBit } = p;
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const score = new Int32Array(blocks);
  const word = WORD;
  for (let b = 0; b < blocks; b++) score[b] = (b + 1) * word;
  const above = lastBit === 31 ? 0 : -1 << (lastBit + 1);
  let last = Math.min(blocks, Math.ceil((k + 1) / word)) - 1;
  const final = blocks - 1;
  let previous = NONE;
  let d = NONE;
  let lastRowDelta = 0;
  for (let j = from; j < to; j++) {
    const base = alphabet[text.charCodeAt(j)] * blocks;
    let hout = 0;
    for (let b = 0; b <= last; b++) {
      // advanceBlock, inlined by hand: this loop is the whole cost of a search.
      const p0 = pv[b];
      const m0 = mv[b];
      const eqIn = peq[base + b];
      const xv = eqIn | m0;
      const eq = hout < 0 ? eqIn | 1 : eqIn;
      const xh = (((eq & p0) + p0) ^ p0) | eq;
      let ph = m0 | ~(xh | p0);
      let mh = p0 & xh;
      const h = (ph >>> 31) - (mh >>> 31);
      if (b === final) lastRowDelta = ((ph >>> lastBit) & 1) - ((mh >>> lastBit) & 1);
      ph <<= 1;
      mh <<= 1;
      if (hout < 0) mh |= 1;
      else if (hout > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      score[b] += h;
      hout = h;
    }
    if (last < blocks - 1 && score[last] - hout <= k && ((peq[base + last + 1] & 1) !== 0 || hout < 0)) {
      last++;
      pv[last] = -1;
      mv[last] = 0;
      score[last] = score[last - 1] - hout + word + advanceBlock(pv, mv, last, peq[base + last], hout);
    } else {
      // A cell is at least the bottom less the block's +1 steps: when that is > k, so is every cell.
      while (last > 0 && score[last] - popcount(pv[last]) > k) last--;
    }
    if (last > 0 && (j & STRONG_REDUCE_MASK) === 0) {
      while (last > 0 && minCell(pv[last], mv[last], score[last]) > k) last--;
    }
    // The pattern's last row: followed column to column while its block stays in the band, else
    // recovered from the block's bottom and vertical deltas.
    if (last !== final) d = NONE;
    else if (d !== NONE)
      d += lastRowDelta; // in the band last column too, so computed above
    else d = score[last] - popcount(pv[last] & above) + popcount(mv[last] & above);
    // Only columns at or next to a distance <= k can start, extend or end a valley.
    if (d <= k || previous <= k) out.add(j + 1, d <= k ? d : NONE);
    previous = d;
  }
}

/** Smallest value in a block's column, from its bottom value and vertical deltas. */
function minCell(pv: number, mv: number, bottom: number): number {
  let value = bottom;
  let min = bottom;
  for (let r = 31; r > 0; r--) {
    value -= ((pv >>> r) & 1) - ((mv >>> r) & 1);
    if (value < min) min = value;
  }
  return min;
}

/** Set bits of a 32-bit word. Kept in this module: the hot loop calls it, and a call through a
 * module binding costs a getter in an unbundled (tsx) run. */
function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
