/**
 * analysis/: what goes with what, where and when: co-occurrence counts, concordance lines,
 * distributions over documents and years, and the filter on document attributes.
 *
 * Co-occurrence counted over units (a sentence, a paragraph, a document, a passage): for every pair
 * of items a (a row) and b (a column), `nA` units hold a, `nB` hold b, `nAB` hold both. From those:
 * the c-coefficient `nAB / (nA + nB − nAB)` (the share of units holding either that hold both, 0
 * to 1), and the two conditional shares `nAB / nA` and `nAB / nB`. When one side occurs in more than
 * five times as many units as the other, c understates the tie (the rare item can co-occur in all
 * its units and c stay small): such a pair is flagged `unbalanced`, and the shares tell the story.
 *
 * Rows and columns may be the same set (entities with entities: a pair is counted once, a < b, and
 * an item never pairs with itself) or two sets (codes with entities).
 */

export interface PairCount {
  /** Row item and column item (indexes into the counter's item lists). */
  a: number;
  b: number;
  nA: number;
  nB: number;
  nAB: number;
  /** nAB / (nA + nB − nAB). */
  c: number;
  /** nAB / nA: of the units holding a, the share that also hold b. */
  shareOfA: number;
  /** nAB / nB. */
  shareOfB: number;
  /** One side occurs in more than UNBALANCED_RATIO times as many units as the other. */
  unbalanced: boolean;
}

/** Pairs counted in a dense array up to this many (16 MB); a sparse map beyond. */
const DENSE_PAIRS = 1 << 22;

/** Beyond this ratio of occurrences the c-coefficient understates a tie. */
export const UNBALANCED_RATIO = 5;

export function cCoefficient(nA: number, nB: number, nAB: number): number {
  const either = nA + nB - nAB;
  return either === 0 ? 0 : nAB / either;
}

export function pairCount(a: number, b: number, nA: number, nB: number, nAB: number): PairCount {
  return {
    a,
    b,
    nA,
    nB,
    nAB,
    c: cCoefficient(nA, nB, nAB),
    shareOfA: nA === 0 ? 0 : nAB / nA,
    shareOfB: nB === 0 ? 0 : nAB / nB,
    unbalanced: Math.max(nA, nB) > UNBALANCED_RATIO * Math.min(nA, nB),
  };
}

/**
 * Counts units. `rows` and `columns` are the sizes of the two item sets; `same` when they are one
 * set (pairs a < b only). Each unit is given as the distinct items it holds on each side.
 */
export class CooccurrenceCounter {
  /** Units seen, whatever they held. */
  units = 0;
  private readonly rowUnits: Uint32Array;
  private readonly columnUnits: Uint32Array;
  /** Units holding both, by a × columns + b: an array while that fits in a few MB, else a map. */
  private readonly both: Uint32Array | Map<number, number>;

  constructor(
    readonly rows: number,
    readonly columns: number,
    readonly same: boolean,
  ) {
    if (same && rows !== columns) throw new Error('one set of items has one size');
    this.rowUnits = new Uint32Array(rows);
    this.columnUnits = same ? this.rowUnits : new Uint32Array(columns);
    this.both = rows * columns <= DENSE_PAIRS ? new Uint32Array(rows * columns) : new Map();
  }

  /** One unit: the distinct row items it holds, and (for two sets) the distinct column items. */
  addUnit(rowItems: readonly number[], columnItems: readonly number[] = rowItems): void {
    this.units++;
    for (const a of rowItems) this.rowUnits[a]++;
    if (this.same) {
      for (let i = 0; i < rowItems.length; i++) {
        for (let j = i + 1; j < rowItems.length; j++) this.bump(Math.min(rowItems[i], rowItems[j]), Math.max(rowItems[i], rowItems[j]));
      }
      return;
    }
    for (const b of columnItems) this.columnUnits[b]++;
    for (const a of rowItems) for (const b of columnItems) this.bump(a, b);
  }

  /** Units holding this row item (or column item). */
  rowCount(a: number): number {
    return this.rowUnits[a];
  }

  columnCount(b: number): number {
    return this.columnUnits[b];
  }

  /** Every pair that occurs together at least once, most units together first, then by a and b. */
  pairs(): PairCount[] {
    const out: PairCount[] = [];
    const add = (key: number, nAB: number): void => {
      const a = Math.floor(key / this.columns);
      const b = key % this.columns;
      out.push(pairCount(a, b, this.rowUnits[a], this.columnUnits[b], nAB));
    };
    if (this.both instanceof Map) for (const [key, nAB] of this.both) add(key, nAB);
    else
      this.both.forEach((nAB, key) => {
        if (nAB > 0) add(key, nAB);
      });
    return out.sort((x, y) => y.nAB - x.nAB || x.a - y.a || x.b - y.b);
  }

  /** The pair's count (zero when they never occur together). */
  pair(a: number, b: number): PairCount {
    const [x, y] = this.same && b < a ? [b, a] : [a, b];
    const key = x * this.columns + y;
    return pairCount(x, y, this.rowUnits[x], this.columnUnits[y], (this.both instanceof Map ? this.both.get(key) : this.both[key]) ?? 0);
  }

  private bump(a: number, b: number): void {
    const key = a * this.columns + b;
    if (this.both instanceof Map) this.both.set(key, (this.both.get(key) ?? 0) + 1);
    else this.both[key]++;
  }
}
