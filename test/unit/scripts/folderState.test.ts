import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { folderChanges, readFolderState } from '../../../scripts/vscode-host/folderState';

describe('bench folder state', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'pa-folderstate-'));
    mkdirSync(path.join(dir, 'speeches', 'node_modules'), { recursive: true });
    writeFileSync(path.join(dir, 'speeches', 'a.txt'), 'abc');
    writeFileSync(path.join(dir, 'speeches', 'b.md'), 'abcdefg');
    writeFileSync(path.join(dir, 'speeches', 'a.txt.annotations.yaml'), 'version: 1\n');
    writeFileSync(path.join(dir, 'speeches', 'node_modules', 'c.txt'), 'x');
    writeFileSync(path.join(dir, 'list.xlsx'), 'xx');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts every file and sums the corpus documents the extension would index', () => {
    const state = readFolderState(dir);
    assert.equal(state.files, 5);
    assert.equal(state.corpusDocuments, 2);
    assert.equal(state.corpusBytes, 10);
  });

  it('sees nothing change when nothing was written, and names what was added, removed or changed', () => {
    const before = readFolderState(dir);
    assert.deepEqual(folderChanges(before, readFolderState(dir)), []);
    writeFileSync(path.join(dir, 'speeches', 'b.md'), 'abcdefg');
    utimesSync(path.join(dir, 'speeches', 'b.md'), new Date(2000, 0, 1), new Date(2000, 0, 1));
    unlinkSync(path.join(dir, 'list.xlsx'));
    symlinkSync('speeches', path.join(dir, 'link'));
    assert.deepEqual(
      folderChanges(before, readFolderState(dir)).sort(),
      ['added link', 'changed .', 'changed speeches/b.md', 'removed list.xlsx'].sort(),
    );
  });

  it('lists ten changes at most', () => {
    const before = readFolderState(dir);
    for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, `n${i}.txt`), 'n');
    const changes = folderChanges(before, readFolderState(dir));
    assert.equal(changes.length, 11);
    assert.match(changes[10], /^\.\.\. and \d+ more$/);
  });
});
