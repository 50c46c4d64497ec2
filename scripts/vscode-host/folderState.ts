// What a folder holds, cheaply (names, sizes, modification times; no contents): taken before and
// after the editor bench, it shows that nothing in an analyst's folder was written, and it sums
// the bytes of the corpus documents (the same globs the extension and the CLI use).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusDocumentTest } from '../../src/core/base/ports';

export interface FolderState {
  /** Every entry by '/'-separated relative path: kind, size and mtime (a symlink's target). */
  entries: Map<string, string>;
  files: number;
  corpusDocuments: number;
  corpusBytes: number;
}

export function readFolderState(root: string): FolderState {
  const isDocument = corpusDocumentTest();
  const state: FolderState = { entries: new Map(), files: 0, corpusDocuments: 0, corpusBytes: 0 };
  state.entries.set('.', `dir ${fs.statSync(root).mtimeMs}`); // a file added and removed again at the top
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(root, full).split(path.sep).join('/');
    const info = fs.lstatSync(full);
    if (info.isSymbolicLink()) {
      state.entries.set(rel, `link ${fs.readlinkSync(full)}`);
      continue;
    }
    state.entries.set(rel, `${info.isDirectory() ? 'dir' : 'file'} ${info.size} ${info.mtimeMs}`);
    if (!info.isFile()) continue;
    state.files++;
    if (isDocument(rel)) {
      state.corpusDocuments++;
      state.corpusBytes += info.size;
    }
  }
  return state;
}

/** Paths added, removed or changed between two states (at most `limit`, then a count of the rest). */
export function folderChanges(before: FolderState, after: FolderState, limit = 10): string[] {
  const changes: string[] = [];
  for (const [rel, was] of before.entries) {
    const now = after.entries.get(rel);
    if (now === undefined) changes.push(`removed ${rel}`);
    else if (now !== was) changes.push(`changed ${rel}`);
  }
  for (const rel of after.entries.keys()) if (!before.entries.has(rel)) changes.push(`added ${rel}`);
  return changes.length <= limit ? changes : [...changes.slice(0, limit), `... and ${changes.length - limit} more`];
}
