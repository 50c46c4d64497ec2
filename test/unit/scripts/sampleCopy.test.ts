// The copy of the sample corpus `npm start` opens: a stable place per user, made once, and never
// written to again (the newcomer's annotations survive every later start).
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ensureSampleCopy, sampleCopyDir } from '../../../scripts/vscode-host/sampleCopy';
import { snapshot } from '../helpers/folderSnapshot';

describe('sample corpus copy', () => {
  let dir: string;
  let source: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'pa-sample-copy-'));
    source = path.join(dir, 'corpus');
    mkdirSync(path.join(source, 'sub'), { recursive: true });
    writeFileSync(path.join(source, 'entities.yaml'), 'entities: []\n');
    writeFileSync(path.join(source, 'sub', 'a.txt'), 'Russia met ASEAN.\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lives in the user data folder: XDG_DATA_HOME, else the usual one of the system', () => {
    const home = '/home/analyst';
    assert.equal(sampleCopyDir({ env: { XDG_DATA_HOME: '/data' }, platform: 'linux', home }), '/data/policy-annotator/sample-corpus');
    assert.equal(sampleCopyDir({ env: {}, platform: 'linux', home }), '/home/analyst/.local/share/policy-annotator/sample-corpus');
    assert.equal(
      sampleCopyDir({ env: {}, platform: 'darwin', home }),
      '/home/analyst/Library/Application Support/policy-annotator/sample-corpus',
    );
    assert.equal(
      sampleCopyDir({ env: { LOCALAPPDATA: 'C:/Users/a/AppData/Local' }, platform: 'win32', home }),
      path.join('C:/Users/a/AppData/Local', 'policy-annotator', 'sample-corpus'),
    );
  });

  it('is made on the first start with every file of the sample, and nothing else is left beside it', () => {
    const target = path.join(dir, 'data', 'policy-annotator', 'sample-corpus');
    assert.deepEqual(ensureSampleCopy(source, target), { created: true });
    assert.deepEqual(snapshot(target), snapshot(source));
    assert.deepEqual(readdirSync(path.dirname(target)), ['sample-corpus'], 'no partial copy left');
  });

  it('is left exactly as the user changed it on later starts, even when the sample changed', () => {
    const target = path.join(dir, 'copy');
    ensureSampleCopy(source, target);
    writeFileSync(path.join(target, 'sub', 'a.txt'), 'my edit\n');
    writeFileSync(path.join(target, 'sub', 'a.annotations.yaml'), 'annotations: []\n');
    rmSync(path.join(target, 'entities.yaml'));
    writeFileSync(path.join(source, 'sub', 'a.txt'), 'a newer sample\n');
    writeFileSync(path.join(source, 'new.txt'), 'new in the sample\n');
    const before = snapshot(target);
    assert.deepEqual(ensureSampleCopy(source, target), { created: false });
    assert.deepEqual(snapshot(target), before);
    assert.equal(readFileSync(path.join(target, 'sub', 'a.txt'), 'utf8'), 'my edit\n');
  });

  it('refuses a file in its place', () => {
    const target = path.join(dir, 'copy');
    writeFileSync(target, 'not a folder');
    assert.throws(() => ensureSampleCopy(source, target), /copy is in the way of the sample copy: it is not a folder/);
    assert.equal(readFileSync(target, 'utf8'), 'not a folder');
  });
});
