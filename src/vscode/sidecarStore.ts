// Where an analyst-owned file (sidecar, codebook) of the workspace is written: the core's atomic
// store (temp file, fsync, rename; ARCHITECTURE.md, Writing safely) rooted at the file's workspace folder. Only local
// folders (file: URIs) are writable; a path outside every workspace folder is refused.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AtomicFileStore } from '../core/base/ports';
import { NodeAtomicFileStore } from '../node/nodeAtomicFileStore';

export interface StoredFile {
  store: AtomicFileStore;
  /** '/'-separated path relative to the store's root (its workspace folder). */
  path: string;
  /** Path shown to the user (workspace-relative). */
  display: string;
}

const stores = new Map<string, NodeAtomicFileStore>();

export function storedFile(uri: vscode.Uri): StoredFile | undefined {
  if (uri.scheme !== 'file') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || folder.uri.scheme !== 'file') return undefined;
  const root = folder.uri.fsPath;
  let store = stores.get(root);
  if (!store) {
    store = new NodeAtomicFileStore(root);
    stores.set(root, store);
  }
  const relative = path.relative(root, uri.fsPath).split(path.sep).join('/');
  if (relative === '' || relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)) return undefined;
  return { store, path: relative, display: vscode.workspace.asRelativePath(uri, false) };
}
