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
  void ready.then(catalogState);
  activeDocument();
  return vscode.Disposable.from(
    corpus.onDidChange((id) => { if (id === undefined) { catalogState(); activeDocument(); } }),
    vscode.window.onDidChangeActiveTextEditor(activeDocument),
  );
}
