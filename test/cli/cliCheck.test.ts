// `policy-annotator check`, run as the built dist/cli.js: every diagnostic as
// file:line:col: severity: message [code], a summary, exit 1 on errors only.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { buildCli, FIXTURES, runBuiltCli } from './support/cliHarness';

interface Located {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}
interface CheckJson {
  catalogs: Array<{ file: string; entities: number; errors: Located[]; warnings: Located[] }>;
  codebook: { file: string; codes: number; errors: Located[]; warnings: Located[] } | null;
  sidecars: Array<{
    file: string;
    document: string | null;
    annotations: Array<{ id: string; status: string | null; line: number }>;
    errors: Located[];
    warnings: Located[];
  }>;
  diagnostics: Located[];
  summary: { errors: number; warnings: number };
}

/** 1-based line and column where `needle` first appears on or after line `fromLine`. */
function positionOf(file: string, needle: string, fromLine = 1): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = fromLine - 1; i < lines.length; i++) {
    const column = lines[i].indexOf(needle);
    if (column >= 0) return `${i + 1}:${column + 1}`;
  }
  throw new Error(`'${needle}' not in ${file}`);
}

/** `file:line:col severity [code]` of each diagnostic line of the output. */
function diagnosticsOf(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => / \[[a-z-]+\]$/.test(l))
    .map((l) => l.replace(/^(\S+?): (error|warning): .* \[([a-z-]+)\]$/, '$1 $2 [$3]'));
}

describe('CLI check (dist/cli.js)', function () {
  this.timeout(60000);
  before(buildCli);

  it('reports a duplicate id and an unknown relation target at their positions, and exits 1', () => {
    const catalog = `${FIXTURES}/broken-catalog/entities.yaml`;
    const run = runBuiltCli('check', `${FIXTURES}/broken-catalog`);
    assert.equal(run.status, 1);
    const secondRussia = Number(positionOf(catalog, 'id: russia').split(':')[0]) + 1;
    assert.deepEqual(diagnosticsOf(run.stdout), [
      `${catalog}:${positionOf(catalog, 'brics')} error [unknown-target]`,
      `${catalog}:${positionOf(catalog, 'id: russia', secondRussia)} error [duplicate-id]`,
    ]);
    assert.match(
      run.stdout,
      /\nchecked 1 catalog \(2 usable entities\), no codebook, 0 sidecars \(0 annotations\): 2 errors, 0 warnings\n$/,
    );
  });

  it('checks every sidecar against the codebook, the catalog and the folder', () => {
    const dir = `${FIXTURES}/sidecars`;
    const memo = `${dir}/memo.md.annotations.yaml`;
    const run = runBuiltCli('check', dir);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(diagnosticsOf(run.stdout), [
      `${dir}/gone.txt.annotations.yaml:${positionOf(`${dir}/gone.txt.annotations.yaml`, 'gone.txt')} error [missing-document]`,
      `${memo}:${positionOf(memo, '../memo.md')} error [document-path]`,
      `${memo}:${positionOf(memo, 'realism')} warning [unknown-code]`,
      `${memo}:${positionOf(memo, '5, end: 0')} error [bad-range]`,
      `${memo}:${positionOf(memo, 'lost')} error [bad-status]`,
      `${memo}:${positionOf(memo, 'id: a1', 8)} error [duplicate-id]`,
      `${memo}:${positionOf(memo, 'codes: [sovereignty]')} error [missing-field]`,
      `${memo}:${positionOf(memo, '{ prefix')} error [missing-field]`,
    ]);
    assert.match(
      run.stdout,
      /checked 1 catalog \(2 usable entities\), codebook test\/fixtures\/cli\/sidecars\/codebook\.yaml \(3 codes\), 3 sidecars \(2 annotations\): 7 errors, 1 warning\n$/,
    );
  });

  it('prints one JSON object with a section per file', () => {
    const run = runBuiltCli('check', `${FIXTURES}/sidecars`, '--format', 'json');
    assert.equal(run.status, 1);
    const json = JSON.parse(run.stdout) as CheckJson;
    assert.deepEqual(
      json.catalogs.map((c) => [c.file, c.entities, c.errors.length]),
      [[`${FIXTURES}/sidecars/entities.yaml`, 2, 0]],
    );
    assert.deepEqual(json.codebook && [json.codebook.file, json.codebook.codes], [`${FIXTURES}/sidecars/codebook.yaml`, 3]);
    assert.deepEqual(
      json.sidecars.map((s) => [
        s.file.split('/').pop(),
        s.document,
        s.annotations.map((a) => `${a.id}:${a.status}`),
        s.errors.length,
        s.warnings.length,
      ]),
      [
        ['gone.txt.annotations.yaml', 'gone.txt', [], 1, 0],
        ['memo.md.annotations.yaml', '../memo.md', ['a1:anchored'], 6, 1],
        ['report.txt.annotations.yaml', 'report.txt', ['6f1c2a9e-0000-4000-8000-000000000001:anchored'], 0, 0],
      ],
    );
    assert.deepEqual(json.summary, { errors: 7, warnings: 1 });
    assert.equal(json.diagnostics.length, 8);
  });

  it('exits 0 when there are only warnings', () => {
    const run = runBuiltCli('check', `${FIXTURES}/warnings-only`);
    assert.equal(run.status, 0, run.stdout);
    assert.deepEqual(diagnosticsOf(run.stdout), [`${FIXTURES}/warnings-only/entities.yaml:6:5 warning [unknown-key]`]);
  });

  it('checks a folder without catalog against the world catalog, with no problem to report', () => {
    const run = runBuiltCli('check', `${FIXTURES}/no-catalog`);
    assert.equal(run.status, 0, run.stdout);
    assert.doesNotMatch(run.stdout, /no-catalog\]/);
  });

  it('takes --catalog and --codebook from outside the folder', () => {
    const run = runBuiltCli(
      'check',
      `${FIXTURES}/warnings-only`,
      '--catalog',
      `${FIXTURES}/sidecars/entities.yaml`,
      '--codebook',
      `${FIXTURES}/sidecars/codebook.yaml`,
    );
    assert.equal(run.status, 0, run.stdout);
    assert.deepEqual(diagnosticsOf(run.stdout), [`${FIXTURES}/warnings-only/doc.txt.annotations.yaml:5:13 warning [unknown-code]`]);
    const missing = runBuiltCli('check', `${FIXTURES}/warnings-only`, '--codebook', 'nope.yaml');
    assert.deepEqual([missing.status, missing.stderr], [2, 'policy-annotator: codebook not found: nope.yaml\n']);
  });

  it('finds no errors in the sample corpus', function () {
    if (!existsSync('corpus/entities.yaml')) this.skip();
    const run = runBuiltCli('check', 'corpus');
    assert.equal(run.status, 0, run.stdout);
    assert.match(
      run.stdout,
      /checked 1 catalog \(\d+ usable entities\), (codebook corpus\/codebook\.yaml \(\d+ codes\)|no codebook), \d+ sidecars? \(\d+ annotations?\): 0 errors/,
    );
  });

  it('rejects csv and unknown options with exit code 2', () => {
    assert.equal(runBuiltCli('check', `${FIXTURES}/sidecars`, '--format', 'csv').status, 2);
    assert.equal(runBuiltCli('check', `${FIXTURES}/sidecars`, '--mentions').status, 2);
  });
});
