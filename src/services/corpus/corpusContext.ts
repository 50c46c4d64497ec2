// Context keys that describe the corpus to `when` clauses: whether a catalog exists (welcome
// views), and whether the active editor shows a corpus document (menus, keybindings).
import * as vscode from 'vscode';
import { CONTEXT, setContext } from '../../vscode/contextKeys';
import type { CorpusService } from './corpusService';

export function trackCorpusContext(corpus: CorpusService, ready: Promise<unknown>): vscode.Disposable {
  setContext(CONTEXT.catalogState, 'loading');
  const catalogState = (): void => setContext(CONTEXT.catalogState, corpus.catalogFiles.length === 0 ? 'none' : 'ready');
  const activeDocument = (): void => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    setContext(CONTEXT.corpusDocument, uri !== undefined && corpus.isCorpusDocument(uri));
  };
  // Read the active editor once the events of one change are all through: a document switched to
  // Policy Text is closed and reopened, and the editor events of that can arrive in either order
  // (an editor gone after its successor came would leave the key false on a corpus document).
  let pending: NodeJS.Timeout | undefined;
  const settle = (): void => {
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = undefined;
      activeDocument();
    }, 0);
  };
  void ready.then(catalogState);
  activeDocument();
  return vscode.Disposable.from(
    corpus.onDidChange((id) => {
      if (id === undefined) {
        catalogState();
        settle();
      }
    }),
    vscode.window.onDidChangeActiveTextEditor(settle),
    vscode.window.onDidChangeVisibleTextEditors(settle),
    vscode.workspace.onDidOpenTextDocument(settle),
    { dispose: () => { if (pending) clearTimeout(pending); } },
  );
}
