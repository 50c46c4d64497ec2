/**
 * Runs asynchronous tasks one at a time; of the tasks queued while one runs, only the latest
 * (moving fast through a list previews only where the highlight stops, never each item on the way).
 */
export class LatestOnly {
  private running: Promise<void> = Promise.resolve();
  private pending: (() => Promise<void>) | undefined;

  /** A failing task is reported here and does not stop the ones after it. */
  constructor(private readonly onError: (err: unknown) => void) {}

  run(task: () => Promise<void>): void {
    const queued = this.pending !== undefined;
    this.pending = task;
    if (queued) return;
    this.running = this.running.then(async () => {
      const next = this.pending;
      this.pending = undefined;
      await next?.().catch(this.onError);
    });
  }

  /** Settles once every task run so far has finished (or been skipped). */
  idle(): Promise<void> {
    return this.running;
  }
}
