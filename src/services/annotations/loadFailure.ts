// A failed load of the sidecars or the codebook is not only logged: the analyst is told, since
// their annotations or codes would otherwise just be missing.
import * as vscode from 'vscode';
import { plainMessage } from '../../core/text/plainMessage';
import type { OutputLog } from '../../vscode/outputLog';

export function reportLoadFailure(log: OutputLog, what: string, err: unknown): void {
  const message = log.error(what, err);
  void vscode.window.showErrorMessage(plainMessage(`${message}. Your files were not changed.`), 'Show Log').then((choice) => {
    if (choice) log.show();
  });
}
