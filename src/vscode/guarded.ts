// Event listeners that never fail silently: a listener's error goes to the output channel, with
// its stack, as "`what` failed", and the event source goes on with its other listeners. (Commands
// have their own wrapper, `registerCommand`, which also tells the user.)
import type { OutputLog } from './outputLog';

/** `handler`, with any error it throws logged as "`what` failed" instead of vanishing. */
export function guarded<A extends unknown[]>(log: OutputLog, what: string, handler: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      handler(...args);
    } catch (err) {
      log.error(`${what} failed`, err);
    }
  };
}
