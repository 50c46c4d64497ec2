/**
 * Runs asynchronous work over a sequence with up to `window` items in flight (reads that overlap,
 * scans spread over threads) and hands back the results in the sequence's order. Memory is
 * bounded by the window, whatever the length of the sequence. A consumer that stops early leaves
 * the items in flight to settle on their own; nothing more is started.
 */
export type Settled<T, R> = { item: T; result: R; error?: undefined } | { item: T; result?: undefined; error: unknown };

export async function* inOrder<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  work: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<Settled<T, R>> {
  if (!(window >= 1)) throw new RangeError(`window must be at least 1, not ${window}`);
  const pending: Array<Promise<Settled<T, R>>> = [];
  for await (const item of items) {
    pending.push(settle(item, work));
    if (pending.length >= window) yield await (pending.shift() as Promise<Settled<T, R>>);
  }
  while (pending.length > 0) yield await (pending.shift() as Promise<Settled<T, R>>);
}

async function settle<T, R>(item: T, work: (item: T) => Promise<R>): Promise<Settled<T, R>> {
  try {
    return { item, result: await work(item) };
  } catch (error) {
    return { item, error };
  }
}
