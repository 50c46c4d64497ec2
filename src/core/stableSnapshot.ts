/**
 * Work that awaits (files read from disk) over a value that may be replaced meanwhile, such as the
 * corpus index a rebuild swaps for a new one with another entity numbering: the work runs against
 * the value current when it starts; when the value was replaced before it finished, it waits for
 * the replacing to settle (`settle`: a rebuild may be followed by another one already asked for)
 * and runs once more against the new one, and when that changes too, it gives up rather than mix
 * the two.
 */

/** Returned by the work when it notices midway that its snapshot is no longer current. */
export const STALE: unique symbol = Symbol('stale snapshot');

/**
 * Result of `work` for a snapshot that was still current when it finished; undefined when the
 * snapshot changed during each of `attempts` runs.
 */
export async function onStableSnapshot<S, T>(
  current: () => S,
  work: (snapshot: S, isCurrent: () => boolean) => Promise<T | typeof STALE>,
  attempts = 2,
  settle: () => Promise<unknown> = () => Promise.resolve(),
): Promise<T | undefined> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await settle();
    const snapshot = current();
    const isCurrent = (): boolean => current() === snapshot;
    const result = await work(snapshot, isCurrent);
    if (result !== STALE && isCurrent()) return result;
  }
  return undefined;
}
