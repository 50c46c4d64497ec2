// Context keys the manifest's `when` clauses read (menus, keybindings, welcome views).
import * as vscode from 'vscode';

export const CONTEXT = {
  /** 'loading' until the first index is built, then 'none' (no catalog file) or 'ready'. */
  catalogState: 'policyAnnotator.catalogState',
  /** The active editor shows a corpus document. */
  corpusDocument: 'policyAnnotator.corpusDocument',
  /** Entity highlights are on. */
  highlights: 'policyAnnotator.highlights',
  /** The trees' order: 'count' or 'name'. */
  treeSort: 'policyAnnotator.treeSort',
  /** A filter is applied to the trees. */
  treeFiltered: 'policyAnnotator.treeFiltered',
  /** The Documents view's order: 'path' or 'date'. */
  documentsSort: 'policyAnnotator.documentsSort',
  /** A filter is applied to the Documents view. */
  documentsFiltered: 'policyAnnotator.documentsFiltered',
  /** The cursor of the active editor is inside a tagged passage. */
  annotationAtCursor: 'policyAnnotator.annotationAtCursor',
} as const;

export function setContext(key: (typeof CONTEXT)[keyof typeof CONTEXT], value: unknown): void {
  void vscode.commands.executeCommand('setContext', key, value);
}
