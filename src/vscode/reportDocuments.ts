// Reports shown as read-only documents (the REFI-QDA export's data-loss report): opened from a
// content provider of their own, they are not untitled files that ask to be saved when closed.
import * as vscode from 'vscode';

const SCHEME = 'policy-annotator-report';

export class ReportDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, this);
  /** A closed report's text is let go. */
  private readonly closing = vscode.workspace.onDidCloseTextDocument((d) => {
    if (d.uri.scheme === SCHEME) this.texts.delete(d.uri.path);
  });
  private shown = 0;

  provideTextDocumentContent(uri: vscode.Uri): string {
    // A report tab restored after a reload: its text was not kept.
    return this.texts.get(uri.path) ?? 'This report is no longer available: run the command again to see it.\n';
  }

  /** Opens `text` read-only as `name` (its extension gives the language: `.md` is Markdown). Each
   * report is a document of its own, so an earlier one stays as it was. */
  async show(name: string, text: string): Promise<void> {
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${++this.shown}/${name}` });
    this.texts.set(uri.path, text);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  }

  dispose(): void {
    this.registration.dispose();
    this.closing.dispose();
    this.texts.clear();
  }
}
