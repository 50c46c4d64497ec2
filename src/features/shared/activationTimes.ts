// When the extension started and when its first index was complete, for the editor bench
// (`npm run bench:editor`): "activation to index complete" is measured inside the extension host.

/** Milliseconds on the extension host's `performance.now()` clock (one clock for the whole host process). */
export interface ActivationTimes {
  /** Taken first thing in activate(). */
  readonly activatedAt: number;
  /** When the first complete index was in place; undefined until then. */
  readonly indexedAt: number | undefined;
}

/** Times stamped at `activatedAt` and when `firstIndex` settles (a failed first index ends it too). */
export function trackActivation(activatedAt: number, firstIndex: Promise<unknown>): ActivationTimes {
  const times: { activatedAt: number; indexedAt: number | undefined } = { activatedAt, indexedAt: undefined };
  const stamp = (): void => {
    times.indexedAt = performance.now();
  };
  firstIndex.then(stamp, stamp);
  return times;
}
