// Reads workspace files for the core: the editor's text when a document is open (it may hold
// unsaved edits), workspace.fs otherwise, so remote and virtual workspaces work too.
import * as vscode from 'vscode';

const decoder = new TextDecoder('utf-8');

export async function readWorkspaceText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

/**
 * The files of every workspace folder that match that folder's own globs (settings of `resource`
 * scope differ between the folders of a multi-root workspace), sorted by URI.
 */
export async function findFolderFiles(globs: (folder: vscode.WorkspaceFolder) => { include: string; exclude: string }): Promise<vscode.Uri[]> {
  const found = await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => {
    const { include, exclude } = globs(folder);
    return vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), exclude);
  }));
  return found.flat().sort((a, b) => a.toString().localeCompare(b.toString()));
}

/** Path shown to the user: relative to its workspace folder. */
export function displayPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

/** Lets the extension host breathe between chunks of work (keeps the editor responsive). */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
