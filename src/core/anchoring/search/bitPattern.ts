/**
 * A pattern compiled for Myers' bit-parallel edit distance (Myers 1999, in the block form of Hyyrö
 * 2003 and edlib): the pattern is cut into blocks of 32 rows, and for each UTF-16 unit of the
 * pattern's alphabet a bit vector per block marks the rows holding that unit.
 */
export const WORD = 32;

export interface BitPattern {
  readonly length: number;
  readonly blocks: number;
  /** Row of the pattern's last unit within the last block (0..31). */
  readonly lastBit: number;
  /** Unit -> alphabet index (1-based; 0, absent here, is every unit not in the pattern). */
  readonly index: ReadonlyMap<number, number>;
  /** `peq[a * blocks + b]`: bit r set where the pattern's row `b * 32 + r` holds unit `a`. */
  readonly peq: Int32Array;
}

export function compilePattern(pattern: string): BitPattern {
  const length = pattern.length;
  const blocks = Math.max(1, Math.ceil(length / WORD));
  const index = new Map<number, number>();
  for (let i = 0; i < length; i++) {
    const c = pattern.charCodeAt(i);
    if (!index.has(c)) index.set(c, index.size + 1);
  }
  const peq = new Int32Array((index.size + 1) * blocks);
  for (let i = 0; i < length; i++) {
    const a = index.get(pattern.charCodeAt(i)) ?? 0;
    peq[a * blocks + ((i / WORD) | 0)] |= 1 << (i % WORD);
  }
  return { length, blocks, lastBit: (length - 1 + WORD) % WORD, index, peq };
}

/**
 * One block of one text column. Updates the block's vertical deltas (`pv`/`mv`: +1 / -1 bits) in
 * place and returns the horizontal delta (-1, 0, +1) at row `bit` of the block, which is the
 * `hin` of the block below when `bit` is 31. `hin` is the delta entering at the block's top row.
 */
export function advanceBlock(pv: Int32Array, mv: Int32Array, b: number, eqIn: number, hin: number, bit = 31): number {
  const p = pv[b];
  const m = mv[b];
  const xv = eqIn | m;
  const eq = hin < 0 ? eqIn | 1 : eqIn;
  const xh = (((eq & p) + p) ^ p) | eq;
  let ph = m | ~(xh | p);
  let mh = p & xh;
  const hout = ((ph >>> bit) & 1) - ((mh >>> bit) & 1);
  ph <<= 1;
  mh <<= 1;
  if (hin < 0) mh |= 1;
  else if (hin > 0) ph |= 1;
  pv[b] = mh | ~(xv | ph);
  mv[b] = ph & xv;
  return hout;
}
