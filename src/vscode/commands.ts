// Command registration that never fails silently: an error is shown to the user with a one-line
// message and written, with its stack, to the output channel (DESIGN §7).
import * as vscode from 'vscode';
import type { OutputLog } from './outputLog';

export function registerCommand<A extends unknown[]>(
  log: OutputLog,
  id: string,
  title: string,
  handler: (...args: A) => unknown,
): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await handler(...(args as A));
    } catch (err) {
      void vscode.window.showErrorMessage(log.error(`${title} failed`, err));
      return undefined;
    }
  });
}
