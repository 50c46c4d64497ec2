// `npm start [-- <folder>]`: which folder the editor opens, and a clear message when it cannot.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { invocationDir, parseStartArgs, StartArgsError } from '../../../scripts/vscode-host/startArgs';

describe('npm start arguments', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'pa-start-args-'));
    mkdirSync(path.join(dir, 'speeches'));
    writeFileSync(path.join(dir, 'note.txt'), 'a text\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('opens the sample copy without a folder', () => {
    assert.deepEqual(parseStartArgs([], dir), { kind: 'sample' });
  });

  it('opens a folder given relative to where npm was run, or absolute', () => {
    assert.deepEqual(parseStartArgs(['speeches'], dir), { kind: 'folder', folder: path.join(dir, 'speeches') });
    assert.deepEqual(parseStartArgs([path.join(dir, 'speeches')], '/'), { kind: 'folder', folder: path.join(dir, 'speeches') });
    assert.deepEqual(parseStartArgs(['.'], path.join(dir, 'speeches')), { kind: 'folder', folder: path.join(dir, 'speeches') });
  });

  it('refuses a folder that does not exist, naming the full path and where it was looked for', () => {
    assert.throws(
      () => parseStartArgs(['speches'], dir),
      (err: Error) =>
        err instanceof StartArgsError &&
        err.message === `there is no folder ${path.join(dir, 'speches')} (from "speches", taken from ${dir})`,
    );
  });

  it('refuses a file, asking for its folder', () => {
    assert.throws(() => parseStartArgs(['note.txt'], dir), /note\.txt is a file, not a folder/);
  });

  it('refuses two folders and unknown options with the usage', () => {
    assert.throws(() => parseStartArgs(['speeches', 'other'], dir), /one folder at most, got 2: speeches other\nUsage: npm start/);
    assert.throws(() => parseStartArgs(['--folder', 'speeches'], dir), /unknown option --folder\nUsage: npm start/);
  });

  it('shows the usage for --help', () => {
    assert.deepEqual(parseStartArgs(['--help'], dir), { kind: 'help' });
    assert.deepEqual(parseStartArgs(['-h'], dir), { kind: 'help' });
  });

  it('takes relative folders from where npm was typed (INIT_CWD), not from the package folder', () => {
    assert.equal(invocationDir({ INIT_CWD: '/home/analyst/texts' }), '/home/analyst/texts');
    assert.equal(invocationDir({}), process.cwd());
  });
});
