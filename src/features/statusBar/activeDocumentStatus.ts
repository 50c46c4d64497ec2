// Status-bar item for the active document: how many mentions of how many entities it holds.
import * as vscode from 'vscode';
import type { FeatureActivation, FeatureServices } from '../../services/featureServices';
import { COMMANDS } from '../../vscode/commandIds';

export function statusText(mentions: number, entities: number): string {
  return `$(symbol-class) ${mentions} mention${mentions === 1 ? '' : 's'} · ${entities} entit${entities === 1 ? 'y' : 'ies'}`;
}

/** Its api: the item (its text is what the user reads). */
export function activateStatusBar({ corpus }: FeatureServices): FeatureActivation<vscode.StatusBarItem> {
  const item = vscode.window.createStatusBarItem('policyAnnotator.mentions', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Policy Annotator: mentions';
  item.command = COMMANDS.focusTrees;
  const refresh = (): void => {
    const editor = vscode.window.activeTextEditor;
    const doc = editor && corpus.document(editor.document.uri);
    if (!editor || !doc) {
      item.hide();
      return;
    }
    item.text = statusText(doc.mentions.length, doc.entities.length);
    item.tooltip = `Policy Annotator: ${doc.mentions.length} mentions of ${doc.entities.length} catalogued entities in this document. Click to show the Actors and Institutions trees.`;
    item.show();
  };
  refresh();
  const disposable = vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    corpus.onDidChange((id) => {
      if (id === undefined || id === vscode.window.activeTextEditor?.document.uri.toString()) refresh();
    }),
  );
  return { disposable, api: item };
}
