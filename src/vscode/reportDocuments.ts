// Reports shown as read-only documents (the REFI-QDA export's data-loss report): opened from a
// content provider of their own, they are not untitled files that ask to be saved when closed.
import * as vscode from 'vscode';

const SCHEME = 'policy-annotator-report';

export class ReportDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, this);
  private shown = 0;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.path) ?? '';
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
    this.texts.clear();
  }
}
