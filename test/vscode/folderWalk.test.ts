// Listing a workspace folder by walking it with workspace.fs: the globs keep VS Code's meaning (a
// folder an exclude pattern matches is not entered), node_modules and .git are never entered, and a
// linked folder is not followed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { walkFolder } from '../../src/vscode/folderWalk';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { indexAtRest } from './support/indexAtRest';

const ROOT = 'walk-test';

describe('listing a folder by walking it', () => {
  before(async () => {
    for (const file of [
      'a.txt',
      'notes.yaml',
      'drafts/b.txt',
      'node_modules/c.txt',
      '.git/d.txt',
      'deep/x/y/e.md',
      'deep/.hidden/f.txt',
      'other/drafts-kept.txt',
    ]) {
      await vscode.workspace.fs.writeFile(workspaceUri(`${ROOT}/${file}`), new TextEncoder().encode('Russia\n'));
    }
    fs.symlinkSync(workspaceUri(`${ROOT}/deep`).fsPath, workspaceUri(`${ROOT}/linked`).fsPath, 'dir');
  });
  after(async () => {
    await vscode.workspace.fs.delete(workspaceUri(ROOT), { recursive: true, useTrash: false });
    await indexAtRest(await extensionApi()); // its documents came and go through the watcher
  });

  it('finds what the globs take, without entering excluded, skipped or linked folders', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const listed = (exclude: string): Promise<string[]> =>
      walkFolder(folder, '**/*.{txt,md}', exclude).then((uris) =>
        uris
          .map((u) => vscode.workspace.asRelativePath(u, false))
          .filter((p) => p.startsWith(`${ROOT}/`))
          .sort(),
      );
    assert.deepEqual(await listed('**/drafts'), [
      `${ROOT}/a.txt`,
      `${ROOT}/deep/.hidden/f.txt`,
      `${ROOT}/deep/x/y/e.md`,
      `${ROOT}/other/drafts-kept.txt`,
    ]);
    assert.deepEqual(await listed('**/{drafts,x}/**'), [`${ROOT}/a.txt`, `${ROOT}/deep/.hidden/f.txt`, `${ROOT}/other/drafts-kept.txt`]);
    assert.deepEqual(await listed(''), [
      `${ROOT}/a.txt`,
      `${ROOT}/deep/.hidden/f.txt`,
      `${ROOT}/deep/x/y/e.md`,
      `${ROOT}/drafts/b.txt`,
      `${ROOT}/other/drafts-kept.txt`,
    ]);
  });
});
