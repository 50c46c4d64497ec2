/** Binary search over an ascending array (numbers or strings, compared with `<`). */

/** How many items are below `key`: the index of the first one that is not. */
export function countBelow<T extends number | string>(sorted: ArrayLike<T>, key: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
