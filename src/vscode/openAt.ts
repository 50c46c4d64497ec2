// Opening a document at a place, with that place selected and in view: what every "go to" of the
// extension does (a mention from a tree or a list, an annotation, an entity's declaration, a
// place in the catalog, an audit finding).
import * as vscode from 'vscode';

/** The place to select: a range, or one worked out from the opened document as it is now. */
export type Place = vscode.Range | ((document: vscode.TextDocument) => vscode.Range);

export interface OpenAtOptions {
  /** Open as a preview tab (the next preview replaces it); left out, the workbench decides. */
  preview?: boolean;
  /** Keep the focus where it is (previewing while a pick list stays open). */
  preserveFocus?: boolean;
}

/** Shows the document with `place` selected, scrolled into the middle of the editor when it is out of view. */
export async function openAt(
  target: vscode.Uri | vscode.TextDocument,
  place: Place,
  options: OpenAtOptions = {},
): Promise<vscode.TextEditor> {
  const document = target instanceof vscode.Uri ? await vscode.workspace.openTextDocument(target) : target;
  const selection = typeof place === 'function' ? place(document) : place;
  const editor = await vscode.window.showTextDocument(document, { ...options, selection });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
