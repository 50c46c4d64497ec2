// Reads workspace files for the core: the editor's text when a document is open (it may hold
// unsaved edits), workspace.fs otherwise, so remote and virtual workspaces work too.
import * as vscode from 'vscode';
import { walkFolder } from './folderWalk';

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

/**
 * The files of every workspace folder that match that folder's own globs (settings of `resource`
 * scope differ between the folders of a multi-root workspace; see folderWalk.ts), in the order of their URIs' UTF-16
 * code units (as the CLI orders paths; a locale-aware sort of 10,000 URIs would hold the host up
 * for nothing).
 */
export async function findFolderFiles(
  globs: (folder: vscode.WorkspaceFolder) => { include: string; exclude: string },
): Promise<vscode.Uri[]> {
  const found = await Promise.all(
    (vscode.workspace.workspaceFolders ?? []).map((folder) => {
      const { include, exclude } = globs(folder);
      return walkFolder(folder, include, exclude);
    }),
  );
  const keyed = found.flat().map((uri) => ({ uri, key: uri.toString() }));
  return keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)).map((k) => k.uri);
}

/** The items that pass `test`, tested a slice at a time with the host let go in between (a test
 * per file of 10,000 adds up). */
export async function filterYielding<T>(items: readonly T[], test: (item: T) => boolean, sliceMs = 10): Promise<T[]> {
  const out: T[] = [];
  let sliceStart = Date.now();
  for (const item of items) {
    if (test(item)) out.push(item);
    if (Date.now() - sliceStart > sliceMs) {
      await yieldToHost();
      sliceStart = Date.now();
    }
  }
  return out;
}

/** Path shown to the user: relative to its workspace folder. */
export function displayPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

/** Lets the extension host breathe between chunks of work (keeps the editor responsive). */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
