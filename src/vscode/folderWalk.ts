// Lists a workspace folder's files by walking it with workspace.fs (so remote and virtual folders
// work too), a few folders at a time. Unlike findFiles, whose answer for 10,000 files arrives as one
// message that holds the extension host up while it is read, each answer here is one folder's
// names. The globs have VS Code's meaning: a folder that an exclude pattern matches is not entered
// (`**/drafts` leaves out everything in drafts/), `node_modules` and `.git` never are (as in the
// command line), and a linked folder is not followed (no cycles, no document counted twice).
import * as vscode from 'vscode';
import { globMatcher } from '../core/base/pathGlob';

const SKIPPED = new Set(['node_modules', '.git']);
const IN_FLIGHT = 8;

export async function walkFolder(folder: vscode.WorkspaceFolder, include: string, exclude: string): Promise<vscode.Uri[]> {
  const isIncluded = globMatcher(include);
  const isExcluded = globMatcher(exclude);
  const found: vscode.Uri[] = [];
  const queue: string[] = [''];
  const reading = new Set<Promise<void>>();
  const read = async (dir: string): Promise<void> => {
    let entries: Array<[string, vscode.FileType]>;
    try {
      entries = await vscode.workspace.fs.readDirectory(dir === '' ? folder.uri : vscode.Uri.joinPath(folder.uri, dir));
    } catch {
      return; // gone or unreadable since it was listed: nothing in it to index
    }
    for (const [name, type] of entries) {
      const path = dir === '' ? name : `${dir}/${name}`;
      if (type & vscode.FileType.Directory) {
        const linked = (type & vscode.FileType.SymbolicLink) !== 0;
        if (!linked && !SKIPPED.has(name) && !isExcluded(path) && !isExcluded(`${path}/`)) queue.push(path);
      } else if (type & vscode.FileType.File && isIncluded(path) && !isExcluded(path)) {
        found.push(vscode.Uri.joinPath(folder.uri, path));
      }
    }
  };
  while (queue.length > 0 || reading.size > 0) {
    while (queue.length > 0 && reading.size < IN_FLIGHT) {
      const job = read(queue.shift() as string).finally(() => reading.delete(job));
      reading.add(job);
    }
    if (reading.size > 0) await Promise.race(reading);
  }
  return found;
}
