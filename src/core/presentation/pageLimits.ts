/**
 * Long lists shown a page at a time (a tree level with thousands of children): how many items of
 * each list are shown, grown a page at a time when the analyst asks for more, and what is left.
 */

export interface Page<T> {
  /** The items shown. */
  items: T[];
  /** How many are not shown. */
  rest: number;
  /** How many the next page would add. */
  next: number;
}

export class PageLimits {
  private readonly limits = new Map<string, number>();

  constructor(readonly pageSize: number) {
    if (!(pageSize >= 1)) throw new RangeError(`page size must be at least 1, not ${pageSize}`);
  }

  /** How many items of the list `key` are shown. */
  limit(key: string): number {
    return this.limits.get(key) ?? this.pageSize;
  }

  /** The shown part of `items`, the list `key`. */
  page<T>(key: string, items: readonly T[]): Page<T> {
    const limit = this.limit(key);
    const rest = Math.max(0, items.length - limit);
    return { items: items.slice(0, limit), rest, next: Math.min(rest, this.pageSize) };
  }

  /** Shows one more page of the list `key`. */
  more(key: string): void {
    this.limits.set(key, this.limit(key) + this.pageSize);
  }

  /** Shows the list `key` at least up to item `index` (0-based), in whole pages. */
  reach(key: string, index: number): void {
    const pages = Math.floor(index / this.pageSize) + 1;
    if (pages * this.pageSize > this.limit(key)) this.limits.set(key, pages * this.pageSize);
  }
}
