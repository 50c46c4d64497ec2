// Path safety of `policy-annotator export` (issue 5 point 8): a sidecar's `document` field, a
// sidecar or document symlinked outside the folder, and a symlink planted where the export file
// goes can never make the export read or write outside the folders it was given.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { QUOTE, REPORT } from '../unit/helpers/anchoring';
import { buildCli, runBuiltCli } from './support/cliHarness';
import { CATALOG_YAML, sidecarYaml } from '../unit/helpers/exportFixtures';
import { snapshot } from '../unit/helpers/folderSnapshot';

const SECRET_LINE = 'root:x:0:0:root:/root:/bin/bash';
const PASSAGE = 'SECRET passage';

describe('CLI export: nothing read or written outside the folders given (dist/cli.js)', function () {
  this.timeout(60000);
  let root = '';
  let corpus = '';
  let outside = '';

  before(() => {
    buildCli();
    root = mkdtempSync(path.join(tmpdir(), 'pa-export-paths-'));
    corpus = path.join(root, 'corpus');
    outside = path.join(root, 'outside');
    mkdirSync(corpus);
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'secret.txt'), `${SECRET_LINE}\n${PASSAGE} and more\n`);
    writeFileSync(path.join(outside, 'x.txt.annotations.yaml'), sidecarYaml('x.txt', PASSAGE, [{ id: 'outside-sidecar', quote: PASSAGE }]));
    writeFileSync(path.join(outside, 'target.json'), 'not to be replaced\n');
    writeFileSync(path.join(corpus, 'entities.yaml'), CATALOG_YAML);
    // The `document` field climbs out: it is reported, never followed; the sibling evil.txt is used.
    writeFileSync(path.join(corpus, 'evil.txt'), REPORT);
    writeFileSync(path.join(corpus, 'evil.txt.annotations.yaml'), sidecarYaml('../../etc/passwd', REPORT, [{ id: 'evil', quote: QUOTE }]));
    // A sidecar that is a link to a file outside: not a file of the folder.
    writeFileSync(path.join(corpus, 'linked.txt'), REPORT);
    symlinkSync(path.join(outside, 'x.txt.annotations.yaml'), path.join(corpus, 'linked.txt.annotations.yaml'));
    // A document that is a link to a file outside: treated as missing, its annotation orphaned.
    symlinkSync(path.join(outside, 'secret.txt'), path.join(corpus, 'leak.txt'));
    writeFileSync(path.join(corpus, 'leak.txt.annotations.yaml'), sidecarYaml('leak.txt', PASSAGE, [{ id: 'leak', quote: PASSAGE }]));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('uses the sibling document, skips links leading outside, and writes only the one file asked for', () => {
    const before = snapshot(root);
    const run = runBuiltCli('export', corpus, '--format', 'json', '--out', path.join(root, 'out'));
    assert.equal(run.status, 1, 'the document-path and missing-document errors');
    assert.match(run.stderr, /evil\.txt\.annotations\.yaml:2:\d+: error: document must be the file name .* \[document-path\]/);
    assert.match(run.stderr, /leak\.txt\.annotations\.yaml:\d+:\d+: error: .* \[missing-document\]/);
    const after = snapshot(root);
    assert.deepEqual(
      [...after.keys()].filter((p) => !before.has(p)),
      ['out/annotations.json'],
    );
    assert.deepEqual(
      [...before].filter(([p, h]) => after.get(p) !== h),
      [],
      'nothing else changed',
    );

    const records = JSON.parse(runBuiltCli('export', corpus, '--format', 'json').stdout) as Array<{
      id: string;
      document: string;
      status: string;
      anchored: unknown;
    }>;
    assert.deepEqual(
      records.map((r) => [r.id, r.document, r.status]),
      [
        ['evil', 'evil.txt', 'anchored'],
        ['leak', 'leak.txt', 'orphaned'],
      ],
    );
    for (const format of ['csv', 'json', 'w3c']) {
      const out = runBuiltCli('export', corpus, '--format', format).stdout;
      assert.ok(
        !out.includes('root:x') && !out.includes('outside-sidecar') && !out.includes('etc/passwd'),
        `${format}: nothing from outside`,
      );
    }
  });

  it('refuses to write through a symbolic link planted at the export file, even with --force', () => {
    const out = path.join(root, 'planted');
    mkdirSync(out);
    symlinkSync(path.join(outside, 'target.json'), path.join(out, 'annotations.json'));
    const before = snapshot(root);
    const run = runBuiltCli('export', corpus, '--format', 'json', '--out', out, '--force');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /annotations\.json is a symbolic link; the export does not write through it/);
    assert.deepEqual(snapshot(root), before);
  });
});
