// Samples the extension host's event loop with a fine timer while a piece of work runs: the
// longest stall (StallTracker) and the highest heap seen, read every `heapEveryMs` at most.
import { StallTracker, type StallFigures } from './stallTracker';

export interface SampledFigures extends StallFigures {
  /** Highest heapUsed seen while sampling (bytes); a blocked loop is not sampled. */
  peakHeapBytes: number;
}

export class StallSampler {
  private readonly tracker: StallTracker;
  private readonly timer: NodeJS.Timeout;
  private peakHeap = process.memoryUsage().heapUsed;
  private lastHeapAt = performance.now();

  constructor(
    intervalMs = 5,
    private readonly heapEveryMs = 100,
  ) {
    this.tracker = new StallTracker(performance.now(), intervalMs);
    this.timer = setInterval(() => this.tick(), intervalMs);
  }

  private tick(): void {
    const now = performance.now();
    this.tracker.tick(now);
    if (now - this.lastHeapAt >= this.heapEveryMs) {
      this.peakHeap = Math.max(this.peakHeap, process.memoryUsage().heapUsed);
      this.lastHeapAt = now;
    }
  }

  stop(): SampledFigures {
    clearInterval(this.timer);
    const figures = this.tracker.stop(performance.now());
    return { ...figures, peakHeapBytes: Math.max(this.peakHeap, process.memoryUsage().heapUsed) };
  }
}
