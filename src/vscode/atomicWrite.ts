// Writing a file the user asked for from the editor (an export), atomically: on a local disk the Node writer (a
// temporary file in the same folder, flushed, then renamed over the target: src/node); elsewhere
// (a remote or virtual file system) a temporary sibling written through workspace.fs and renamed.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { writeFileAtomic } from '../node/nodeAtomicFileStore';

export async function writeBytesAtomically(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
  if (target.scheme === 'file') {
    await writeFileAtomic(target.fsPath, [bytes]);
    return;
  }
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const temp = vscode.Uri.joinPath(target, '..', `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  await vscode.workspace.fs.writeFile(temp, bytes);
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}
