// How long an event loop was kept from running a periodic timer: each tick's lateness (the time
// since the previous tick beyond the interval) is a stall. Pure arithmetic on the times it is
// given, so it runs anywhere; StallSampler (stallSampler.ts) feeds it from a real timer.

export interface StallFigures {
  /** Longest lateness of one tick, ms (0 when the loop never fell behind). */
  longestMs: number;
  /** Ticks later than the threshold (each one a stall the user could feel). */
  overThreshold: number;
  thresholdMs: number;
  /** Ticks counted (the gap up to stop() included). */
  ticks: number;
  /** From start to stop, ms. */
  spanMs: number;
  /** The stalls over the threshold, when they began (ms after start) and how long they were; at
   * most the first 20. */
  stalls: Array<{ atMs: number; ms: number }>;
}

export class StallTracker {
  private last: number;
  private longest = 0;
  private over = 0;
  private ticks = 0;
  private readonly stalls: Array<{ atMs: number; ms: number }> = [];

  constructor(
    private readonly startedAt: number,
    readonly intervalMs: number,
    readonly thresholdMs = 50,
  ) {
    this.last = startedAt;
  }

  /** A tick of the timer at `now`. */
  tick(now: number): void {
    const late = now - this.last - this.intervalMs;
    if (late > this.longest) this.longest = late;
    if (late > this.thresholdMs) {
      this.over++;
      if (this.stalls.length < 20) this.stalls.push({ atMs: this.last + this.intervalMs - this.startedAt, ms: late });
    }
    this.ticks++;
    this.last = now;
  }

  /** The figures up to `now`: a loop still blocked since the last tick counts as a stall too. */
  stop(now: number): StallFigures {
    if (now - this.last > this.intervalMs) this.tick(now);
    return {
      longestMs: this.longest,
      overThreshold: this.over,
      thresholdMs: this.thresholdMs,
      ticks: this.ticks,
      spanMs: now - this.startedAt,
      stalls: [...this.stalls],
    };
  }
}
