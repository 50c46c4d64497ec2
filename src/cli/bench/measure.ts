/**
 * Timing and memory helpers. Garbage collection is forced between measurements when possible:
 * `--expose-gc` is switched on at run time and `gc` fetched from a fresh context, so a plain
 * `node dist/bench.js` can do it too.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Timing {
  /** Milliseconds of each run, in run order. */
  runs: number[];
  best: number;
  median: number;
}

export function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

export function summarise(runs: number[]): Timing {
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { runs, best: sorted[0], median };
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed (at least once). */
export function repeat(fn: (run: number) => void, runs: number, warmup = 0): Timing {
  for (let i = 0; i < warmup; i++) fn(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < Math.max(1, runs); i++) times.push(time(() => fn(i)).ms);
  return summarise(times);
}

/** Like `repeat`, but stops early once `budgetMs` has been spent (after at least `minRuns`). */
export function repeatWithin(fn: () => void, maxRuns: number, minRuns: number, budgetMs: number): Timing {
  const times: number[] = [];
  let spent = 0;
  while (times.length < maxRuns && (times.length < minRuns || spent < budgetMs)) {
    const ms = time(fn).ms;
    times.push(ms);
    spent += ms;
  }
  return summarise(times);
}

let gcFunction: (() => void) | null | undefined;

function findGc(): (() => void) | null {
  const declared = (globalThis as { gc?: unknown }).gc;
  if (typeof declared === 'function') return declared as () => void;
  try {
    setFlagsFromString('--expose-gc');
    const fromContext: unknown = runInNewContext('gc');
    return typeof fromContext === 'function' ? (fromContext as () => void) : null;
  } catch {
    return null;
  }
}

/** True when a full collection can be forced (heap deltas are then meaningful). */
export function canCollect(): boolean {
  if (gcFunction === undefined) gcFunction = findGc();
  return gcFunction !== null;
}

export function collectGarbage(): void {
  if (canCollect()) {
    gcFunction?.();
    gcFunction?.();
  }
}

/** Bytes held by the JS heap plus array buffers (typed arrays live outside the heap). */
export function liveBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
