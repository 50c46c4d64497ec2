// Command registration that never fails silently: an error is shown to the user with a one-line
// message and written, with its stack, to the output channel (ARCHITECTURE.md, Conventions). A command that needs
// loaded state first waits for it (`wait`, from `Readiness.before`) and does nothing when the
// analyst cancels that wait.
import * as vscode from 'vscode';
import { plainMessage } from '../core/text/plainMessage';
import type { OutputLog } from './outputLog';

export function registerCommand<A extends unknown[]>(
  log: OutputLog,
  id: string,
  title: string,
  handler: (...args: A) => unknown,
  wait?: (title: string) => Promise<boolean>,
): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      if (wait && !(await wait(title))) return undefined;
      return await handler(...(args as A));
    } catch (err) {
      // The message may quote workspace text (a file's content, a name): never a live link.
      void vscode.window.showErrorMessage(plainMessage(log.error(`${title} failed`, err)));
      return undefined;
    }
  });
}
