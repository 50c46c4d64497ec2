// Entities no document mentions are dimmed in the trees: their items carry a URI of a private
// scheme, and this decoration provider greys out every item with such a URI. Stateless, so it can
// never disagree with the tree it decorates.
import * as vscode from 'vscode';

export const UNMENTIONED_SCHEME = 'policy-annotator-unmentioned';

export function unmentionedUri(entityId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: UNMENTIONED_SCHEME, path: `/${encodeURIComponent(entityId)}` });
}

export class UnmentionedDecorations implements vscode.FileDecorationProvider {
  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== UNMENTIONED_SCHEME) return undefined;
    return new vscode.FileDecoration(undefined, 'No mention in the corpus', new vscode.ThemeColor('disabledForeground'));
  }
}
