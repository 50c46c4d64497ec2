/** The performance targets of the issue, judged on the results (informational: never an exit code). */
import type { SizeResult } from './benchCatalog';

export interface Verdict {
  target: string;
  /** The measured figure, formatted; undefined when the size it needs was not run. */
  figure?: string;
  pass?: boolean;
  /** Context for the figure, printed after it. */
  detail?: string;
}

const AT = 10000;
const SMALLEST = 100;
const LARGEST = 50000;

export function judge(results: readonly SizeResult[]): Verdict[] {
  const at = results.find((r) => r.size === AT);
  const small = results.find((r) => r.size === SMALLEST);
  const large = results.find((r) => r.size === LARGEST);
  const check = (target: string, value: number | undefined, ok: (v: number) => boolean, unit: string, digits: number): Verdict =>
    value === undefined ? { target } : { target, figure: `${value.toFixed(digits)}${unit}`, pass: ok(value) };
  const ratio = small && large ? large.throughputBest / small.throughputBest : undefined;
  const throughput = check('index throughput at 10,000 entities >= 80 MB/s (best pass)', at?.throughputBest, (v) => v >= 80, ' MB/s', 1);
  if (at) throughput.detail = `wall clock; ${at.throughputCpu.toFixed(1)} MB per CPU second`;
  return [
    throughput,
    check('matcher build at 10,000 entities < 300 ms (median)', at?.buildMs.median, (v) => v < 300, ' ms', 1),
    check('re-scan of a 20 KB document at 10,000 entities < 1 ms (median)', at?.rescanSmallMs.median, (v) => v < 1, ' ms', 3),
    check('re-scan of a 2 MB document at 10,000 entities < 30 ms (median)', at?.rescanLargeMs.median, (v) => v < 30, ' ms', 2),
    check('throughput at 50,000 / at 100 entities >= 0.5', ratio, (v) => v >= 0.5, '', 2),
  ];
}
