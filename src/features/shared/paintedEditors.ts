// Bookkeeping of a decoration painter (entity highlights and tagged passages): what it last applied
// to each visible editor (VS Code cannot read decorations back), which editors an event concerns,
// and its latest paints. VS Code drops the decorations of an editor when it is hidden, so hidden
// editors are forgotten and painted afresh when shown.
import * as vscode from 'vscode';

export class PaintedEditors<T> {
  private readonly applied = new Map<vscode.TextEditor, T>();

  /** `forgot` hears the visible editors each time the hidden ones were forgotten (a painter's per-document caches follow them). */
  constructor(private readonly forgot?: (visible: readonly vscode.TextEditor[]) => void) {}

  get(editor: vscode.TextEditor): T | undefined {
    return this.applied.get(editor);
  }

  set(editor: vscode.TextEditor, value: T): void {
    this.applied.set(editor, value);
  }

  values(): IterableIterator<T> {
    return this.applied.values();
  }

  clear(): void {
    this.applied.clear();
  }

  /** Every visible editor, after forgetting the hidden ones. */
  visible(): readonly vscode.TextEditor[] {
    const visible = vscode.window.visibleTextEditors;
    const shown = new Set(visible);
    for (const editor of [...this.applied.keys()]) if (!shown.has(editor)) this.applied.delete(editor);
    this.forgot?.(visible);
    return visible;
  }

  /** Visible editors never painted (just shown). */
  unpainted(): vscode.TextEditor[] {
    return this.visible().filter((editor) => !this.applied.has(editor));
  }

  /** Visible editors of one document. */
  ofDocument(id: string): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.toString() === id);
  }
}

/** How many paints a painter keeps for measurements. */
export const PAINTS_KEPT = 50;

/** Adds the figures of one paint to a painter's latest paints (the oldest go past PAINTS_KEPT). */
export function recordPaint<S>(paints: S[], stats: S): void {
  paints.push(stats);
  if (paints.length > PAINTS_KEPT) paints.shift();
}
