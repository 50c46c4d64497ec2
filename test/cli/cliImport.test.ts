// `policy-annotator import <file.qdpx> --into <folder>` and `check <file.qdpx>`, run as the built
// CLI: the report, the problems on stderr with file, line and element, the exit codes, and a
// second import that adds nothing.
import { strict as assert } from 'node:assert';
import { writeFileSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildCli, runBuiltCli } from './support/cliHarness';
import { fixtureXml, qdpx, smallProject, GUID_A, toolsQdpx } from '../unit/helpers/qdpxFixtures';
import { snapshot } from '../unit/helpers/folderSnapshot';
import { useTempFolder } from '../unit/helpers/tempFolder';

describe('CLI import and check of a .qdpx (dist/cli.js)', function () {
  this.timeout(60000);
  const temp = useTempFolder('pa-cli-qdpx-', 'suite');
  let root = '';
  let tools = '';
  before(() => {
    buildCli();
    root = temp();
    tools = path.join(root, 'tools.qdpx');
    writeFileSync(tools, toolsQdpx());
  });

  it('imports, reports each document and problem, exits 1 for the selection it skipped; the second run adds nothing', () => {
    const into = path.join(root, 'corpus');
    const run = runBuiltCli('import', tools, '--into', into);
    assert.equal(run.status, 1, run.stderr);
    assert.match(
      run.stdout,
      /^ {2}Council minutes\.txt: new, 3 annotations added, 0 already there, 0 skipped; CRLF counted as two characters/m,
    );
    assert.match(run.stdout, /^ {2}ASEAN statement\.txt: new, 2 annotations added, .*CRLF counted as one character/m);
    assert.match(
      run.stdout,
      /4 codes added, 0 matched; 6 annotations added, 0 already there, 1 skipped; attributes of 1 document added to documents.yaml; 1 error, 1 warning\n$/,
    );
    assert.match(
      run.stderr,
      /^project\.qde:67: error: PlainTextSelection \{40000000-0000-4000-8000-000000000022\}: end 500 beyond the source's 44 characters/m,
    );
    assert.match(run.stderr, /^project\.qde:69: warning: PDFSource .* its 2 selections are skipped$/m);
    assert.match(readFileSync(path.join(into, 'codebook.yaml'), 'utf8'), /- id: hedging\n/);
    const before = snapshot(into);
    const again = runBuiltCli('import', tools, '--into', into, '--format', 'json');
    const report = JSON.parse(again.stdout) as { written: string[]; codesMatched: number; documents: { annotationsPresent: number }[] };
    assert.deepEqual(report.written, []);
    assert.equal(report.codesMatched, 4);
    assert.deepEqual(
      report.documents.map((d) => d.annotationsPresent),
      [3, 2, 1],
    );
    assert.deepEqual(snapshot(into), before);
  });

  it('exits 0 for a clean project', () => {
    const file = path.join(root, 'clean.qdpx');
    writeFileSync(
      file,
      qdpx(smallProject('clean', [['40000000-0000-4000-8000-000000000001', 0, 5]]), { [`sources/${GUID_A}.txt`]: 'Hello world\n' }),
    );
    const run = runBuiltCli('import', file, '--into', path.join(root, 'clean'));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /: new, 1 annotation added, .* 0 errors, 0 warnings\n$/s);
  });

  it('check <file.qdpx> prints the problems as file:line: severity: message and exits 1 on errors', () => {
    const run = runBuiltCli('check', tools);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^project\.qde:67: error: PlainTextSelection .*end 500 beyond/m);
    assert.match(run.stdout, /follows the REFI-QDA schema; 3 text sources, 7 selections, 1 other source: 1 error, 1 warning\n$/);
  });

  it('check --format json gives the problems with file, line, severity and element', () => {
    const run = runBuiltCli('check', tools, '--format', 'json');
    const json = JSON.parse(run.stdout) as {
      valid: boolean;
      problems: { file: string; line?: number; severity: string; element?: string }[];
      summary: { errors: number };
    };
    assert.equal(json.valid, true);
    assert.equal(json.summary.errors, 1);
    assert.deepEqual(
      json.problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.line, p.element]),
      [['project.qde', 67, 'PlainTextSelection {40000000-0000-4000-8000-000000000022}']],
    );
  });

  it('check refuses an entity bomb, an invalid project and a zip without project.qde, naming the file', () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['bomb.qdpx', qdpx(fixtureXml('entity-bomb.qde')), /^project\.qde:2: error: a DOCTYPE declaration is refused/m],
      ['invalid.qdpx', qdpx(smallProject('a', [['not-a-guid', 0, 1]])), /^project\.qde:5: error: .*guid/m],
      ['empty.qdpx', qdpx(undefined, { 'a.txt': 'x' }), /^archive: error: the archive holds no project\.qde/m],
    ];
    for (const [name, bytes, expected] of cases) {
      const file = path.join(root, name);
      writeFileSync(file, bytes);
      const run = runBuiltCli('check', file);
      assert.equal(run.status, 1, name);
      assert.match(run.stdout, expected, name);
    }
  });

  it('exits 2 for bad arguments and a missing file', () => {
    assert.equal(runBuiltCli('import', tools).status, 2);
    assert.match(runBuiltCli('import', tools).stderr, /import needs --into <folder>/);
    assert.equal(runBuiltCli('import', path.join(root, 'missing.qdpx'), '--into', root).status, 2);
    assert.match(runBuiltCli('import', '--help').stdout, /Usage: policy-annotator import <file\.qdpx> --into <folder>/);
    const intoFile = runBuiltCli('import', tools, '--into', tools);
    assert.deepEqual([intoFile.status, intoFile.stderr.trim()], [2, `policy-annotator: --into ${tools} is not a folder`]);
  });
});
