// Keeps the context key `policyAnnotator.annotationAtCursor` (Edit / Delete in the editor's
// context menu and palette) true while the cursor of the active editor is inside a tagged passage.
import * as vscode from 'vscode';
import type { Annotations } from '../../services/annotations/annotations';
import { CONTEXT, setContext } from '../../vscode/contextKeys';

export class CursorContext implements vscode.Disposable {
  private current = false;
  private readonly subscriptions: vscode.Disposable;

  constructor(private readonly annotations: Annotations) {
    const update = (): void => this.update();
    this.subscriptions = vscode.Disposable.from(
      vscode.window.onDidChangeActiveTextEditor(update),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === vscode.window.activeTextEditor) update();
      }),
      annotations.onDidChange(update),
    );
    setContext(CONTEXT.annotationAtCursor, false);
    update();
  }

  /** The value last given to the context key. */
  get value(): boolean {
    return this.current;
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const next =
      editor !== undefined &&
      this.annotations.annotationsAt(editor.document.uri, editor.document.offsetAt(editor.selection.active)).length > 0;
    if (next === this.current) return;
    this.current = next;
    setContext(CONTEXT.annotationAtCursor, next);
  }

  dispose(): void {
    this.subscriptions.dispose();
  }
}
