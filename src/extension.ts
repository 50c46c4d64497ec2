// Wiring only: each feature registers itself (DESIGN §1). Filled in as features land.
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Policy Annotator');
  context.subscriptions.push(output);
  output.appendLine('Policy Annotator activated.');
}

export function deactivate(): void {
  // Every registration is disposed through context.subscriptions.
}
