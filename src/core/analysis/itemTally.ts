/**
 * Counting the items of the Analysis panel's model: how often each item of a set occurs and in how
 * many documents (the most frequent are shown), ids numbered as first seen, and where each chosen
 * item sits among those shown.
 */

/** An item with its occurrences and documents (the panel model's PanelItem). */
export interface TalliedItem {
  id: string;
  name: string;
  kind: string;
  count: number;
  documents: number;
}

/** Occurrences and documents of each item of a set, and the most frequent of them. */
export class Tally {
  readonly count: Float64Array;
  private readonly docs: Float64Array;

  constructor(size: number) {
    this.count = new Float64Array(size);
    this.docs = new Float64Array(size);
  }

  inDocuments(seen: Iterable<number>): void {
    for (const k of seen) this.docs[k]++;
  }

  /** The `top` most frequent items that occur at all, ties in id order. */
  top(top: number, idOf: (k: number) => string): number[] {
    return [...this.count.keys()]
      .filter((k) => this.count[k] > 0)
      .sort((a, b) => this.count[b] - this.count[a] || (idOf(a) < idOf(b) ? -1 : 1))
      .slice(0, Math.max(1, top));
  }

  item(k: number, id: string, name: string, kind: string): TalliedItem {
    return { id, name, kind, count: this.count[k], documents: this.docs[k] };
  }
}

/** Ids numbered in order of first sight (a given list first). */
export class Ids {
  readonly list: string[] = [];
  private readonly map = new Map<string, number>();

  constructor(first: readonly string[]) {
    for (const id of first) this.of(id);
  }

  get size(): number {
    return this.list.length;
  }

  of(id: string): number {
    let k = this.map.get(id);
    if (k === undefined) {
      k = this.list.length;
      this.map.set(id, k);
      this.list.push(id);
    }
    return k;
  }
}

/** Position of each chosen item in `chosen`, -1 for the others. */
export function indexOf(chosen: readonly number[], size: number): Int32Array {
  const at = new Int32Array(size).fill(-1);
  chosen.forEach((k, i) => {
    at[k] = i;
  });
  return at;
}
