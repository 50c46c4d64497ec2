// A piece of work that runs once calls pause: `soon()` (re)starts the wait, `now()` runs at once
// (dropping a wait), `flush()` runs only if a wait is pending. The views use it to catch up with
// typing without refreshing on every keystroke.

export class Debounced {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ms: number,
    private readonly work: () => void,
  ) {}

  /** True while a run waits for its delay. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Runs the work now; a run waiting for its delay is dropped. */
  now(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.work();
  }

  /** Runs the work `ms` after the last call of `soon`. */
  soon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.now(), this.ms);
  }

  /** Runs the work now if a run is waiting (so a reader sees the latest state). */
  flush(): void {
    if (this.pending) this.now();
  }

  /** Drops a waiting run. */
  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
