// The editor range of two UTF-16 offsets of a document's text: what the index, anchoring and edits
// all hand over, made into a range in one place.
import * as vscode from 'vscode';

export function offsetRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}
