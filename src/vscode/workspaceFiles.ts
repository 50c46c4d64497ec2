// Reads workspace files for the core: the editor's text when a document is open (it may hold
// unsaved edits), workspace.fs otherwise, so remote and virtual workspaces work too.
import * as vscode from 'vscode';

const decoder = new TextDecoder('utf-8');

export async function readWorkspaceText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

/** The editor's text of an open document, else the file's bytes (decoded by whoever scans them). */
export async function readWorkspaceContent(uri: vscode.Uri): Promise<string | Uint8Array> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return open ? open.getText() : vscode.workspace.fs.readFile(uri);
}

export async function findWorkspaceFiles(include: string, exclude: string): Promise<vscode.Uri[]> {
  const uris = await vscode.workspace.findFiles(include, exclude);
  return uris.sort((a, b) => a.toString().localeCompare(b.toString()));
}

/** Path shown to the user: relative to its workspace folder. */
export function displayPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

/** Lets the extension host breathe between chunks of work (keeps the editor responsive). */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
