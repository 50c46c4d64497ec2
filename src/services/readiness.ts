// The one place where features wait for loaded state (issue 10): the services count their loads
// (`LoadState`), and every command, pick, view and provider that needs the index, the codebook or
// the annotations waits here instead of acting on a half-loaded workspace.
// - Commands wait until nothing they need is loading (a reload after a catalog or codebook save
//   included), with a notification the analyst can cancel once the wait is noticeable.
// - Providers and views wait only for the first load: afterwards they answer from the last
//   complete state, which a reload replaces in one step.
import * as vscode from 'vscode';
import { allIdle, allLoaded, type LoadState } from '../core/base/loadState';

export type Need = 'index' | 'codebook' | 'annotations';

/** What each need also needs: the annotations are read and anchored against the index. */
const ALSO: Record<Need, readonly Need[]> = { index: [], codebook: [], annotations: ['index'] };

/** A wait shorter than this passes unnoticed; a longer one shows a notification. */
const NOTICE_AFTER_MS = 400;

function names(states: readonly LoadState[]): string {
  const all = states.map((s) => s.name);
  return all.length <= 1 ? all.join('') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

function cancelledBy(token: vscode.CancellationToken | undefined): Promise<void> | undefined {
  if (!token) return undefined;
  return new Promise<void>((resolve) => {
    if (token.isCancellationRequested) resolve();
    else token.onCancellationRequested(() => resolve());
  });
}

export class Readiness {
  private readonly states = new Map<Need, LoadState>();

  /** A service announces the state it loads. */
  provide(need: Need, state: LoadState): void {
    this.states.set(need, state);
  }

  /** True once the first load of everything needed has ended. */
  hasLoaded(needs: readonly Need[]): boolean {
    return this.of(needs).every((s) => s.hasLoaded);
  }

  /** For providers and views: waits for the first load; false when the token is cancelled first. */
  loaded(needs: readonly Need[], token?: vscode.CancellationToken): Promise<boolean> {
    return allLoaded(this.of(needs), cancelledBy(token));
  }

  /**
   * For providers: the answer at once when the first load is done, else once it is (undefined
   * when the request is cancelled meanwhile).
   */
  answer<T>(needs: readonly Need[], token: vscode.CancellationToken, answer: () => T): T | Promise<T | undefined> {
    if (this.hasLoaded(needs)) return answer();
    return this.loaded(needs, token).then((ok) => (ok && !token.isCancellationRequested ? answer() : undefined));
  }

  /**
   * For commands: waits until nothing needed is loading. A wait that lasts shows a notification
   * naming what is loading, with Cancel; false when the analyst cancels.
   */
  async settled(needs: readonly Need[], what: string): Promise<boolean> {
    const states = this.of(needs);
    if (!states.some((s) => s.busy)) return true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const quick = await Promise.race([
      allIdle(states),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), NOTICE_AFTER_MS);
      }),
    ]);
    clearTimeout(timer);
    if (quick !== undefined) return quick;
    return vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: `${what} waits for ${names(states.filter((s) => s.busy))} to load…`,
        cancellable: true,
      },
      (_progress, token) => allIdle(states, cancelledBy(token)),
    );
  }

  /** A command's wait, for `registerCommand`: runs the command once what it needs has settled
   * (a wait is written to the output channel, so a slow start can be told from a lost key). */
  before(needs: readonly Need[]): (title: string) => Promise<boolean> {
    return async (title) => {
      const busy = this.of(needs)
        .filter((s) => s.busy)
        .map((s) => s.name);
      if (busy.length === 0) return true;
      this.log?.info(`${title} waits for ${busy.join(', ')}.`);
      const started = Date.now();
      const ran = await this.settled(needs, title);
      this.log?.info(`${title} waited ${Date.now() - started} ms for ${busy.join(', ')}${ran ? '' : ', then was cancelled'}.`);
      return ran;
    };
  }

  /** Where waits are written (set at activation). */
  log: { info(message: string): void } | undefined;

  private of(needs: readonly Need[]): LoadState[] {
    const wanted = new Set<Need>();
    const add = (need: Need): void => {
      if (!wanted.has(need)) {
        wanted.add(need);
        ALSO[need].forEach(add);
      }
    };
    needs.forEach(add);
    return [...wanted].map((need) => {
      const state = this.states.get(need);
      if (!state) throw new Error(`nothing loads ${need}`);
      return state;
    });
  }
}
