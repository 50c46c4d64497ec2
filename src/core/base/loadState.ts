// Whether a piece of loaded state (the index, the codebook, the sidecars) is being loaded, and
// promises for the moments that matter: the first load done (`loaded`), and nothing loading any
// more (`idle`). Commands, picks, views and providers wait on these instead of acting on a
// half-loaded workspace. Work is counted from the moment it is asked for, a debounced reload
// included, so a command run in between waits for it too.

export class LoadState {
  private pending = 0;
  private waiters: Array<() => void> = [];
  private firstDone = false;
  private markFirst: () => void = () => undefined;
  /** Settles once the first load has ended (whatever its outcome). */
  readonly loaded: Promise<void>;

  /** `name` is what the analyst is told is loading ("the codebook"). */
  constructor(readonly name: string) {
    this.loaded = new Promise<void>((resolve) => {
      this.markFirst = resolve;
    });
  }

  /** True while any load is asked for or running, or before the first one has ended. */
  get busy(): boolean {
    return this.pending > 0 || !this.firstDone;
  }

  /** True once the first load has ended. */
  get hasLoaded(): boolean {
    return this.firstDone;
  }

  /**
   * Counts a load from now (running, or scheduled after a debounce); call the returned function
   * once when it ends, however it ends (calling it again does nothing), with `complete` true when
   * the state it loaded is now in place (that ends the first load; a load superseded by a newer
   * one is not complete).
   */
  begin(): (complete?: boolean) => void {
    this.pending++;
    let ended = false;
    return (complete = false) => {
      if (ended) return;
      ended = true;
      this.pending--;
      if (complete && !this.firstDone) {
        this.firstDone = true;
        this.markFirst();
      }
      this.wakeIfIdle();
    };
  }

  /** Runs `work` counted as a load (one that does not end the first load: a partial reload). */
  async track<T>(work: () => Promise<T>): Promise<T> {
    const end = this.begin();
    try {
      return await work();
    } finally {
      end();
    }
  }

  /** Settles when nothing is loading (at once when nothing is). */
  idle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.waiters.push(resolve);
    });
  }

  private wakeIfIdle(): void {
    if (this.busy) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

/**
 * Settles with true when every state is idle at the same moment (the end of one load may start
 * another: a rebuilt index has the sidecars read again), or with false as soon as `cancelled`
 * settles first.
 */
export async function allIdle(states: readonly LoadState[], cancelled?: Promise<unknown>): Promise<boolean> {
  let stop = false;
  const stopped = cancelled?.then(() => {
    stop = true;
  });
  for (;;) {
    if (stop) return false;
    const busy = states.filter((s) => s.busy);
    if (busy.length === 0) return true;
    await Promise.race([Promise.all(busy.map((s) => s.idle())), ...(stopped ? [stopped] : [])]);
  }
}

/** Settles with true when every state has loaded once, or with false when `cancelled` settles first. */
export async function allLoaded(states: readonly LoadState[], cancelled?: Promise<unknown>): Promise<boolean> {
  if (states.every((s) => s.hasLoaded)) return true;
  let stop = false;
  const stopped = cancelled?.then(() => {
    stop = true;
  });
  await Promise.race([Promise.all(states.map((s) => s.loaded)), ...(stopped ? [stopped] : [])]);
  return !stop && states.every((s) => s.hasLoaded);
}
