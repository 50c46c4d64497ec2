// Line numbers of annotation places for the views' labels: from the editor's text when the
// document is open (always current), else from the text on disk, read once and kept until the
// document's annotations change (a change on disk re-anchors them, which tells us).
import * as vscode from 'vscode';
import { LineIndex } from '../../core/text/lineIndex';
import { readWorkspaceText } from '../../vscode/workspaceFiles';

export class DocumentLines {
  private readonly closed = new Map<string, { text: string; lines: LineIndex }>();

  /** Reads the text of the closed documents among `uris` that are not cached yet. */
  async prepare(uris: Iterable<vscode.Uri>): Promise<void> {
    for (const uri of new Set([...uris].map((u) => u.toString()))) {
      if (this.closed.has(uri) || openDocument(uri)) continue;
      const text = await readWorkspaceText(vscode.Uri.parse(uri)).catch(() => undefined);
      if (text !== undefined) this.closed.set(uri, { text, lines: new LineIndex(text) });
    }
  }

  /** 0-based line of a raw offset; undefined when the text was not prepared. */
  line(uri: vscode.Uri, offset: number): number | undefined {
    const open = openDocument(uri.toString());
    if (open) return open.positionAt(offset).line;
    return this.closed.get(uri.toString())?.lines.position(offset).line;
  }

  /** The text between two raw offsets; undefined when the text was not prepared. */
  text(uri: vscode.Uri, start: number, end: number): string | undefined {
    const open = openDocument(uri.toString());
    if (open) return open.getText().slice(start, end);
    return this.closed.get(uri.toString())?.text.slice(start, end);
  }

  /** Forgets one document's text (its annotations changed), or all. */
  invalidate(documentId?: string): void {
    if (documentId === undefined) this.closed.clear();
    else this.closed.delete(documentId);
  }
}

export function openDocument(uri: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri && !d.isClosed);
}
