// `policy-annotator scan`, run as the built dist/cli.js, on the sample corpus and on fixtures.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { layeredCatalog, layeredCatalogFile } from '../unit/helpers/sampleCatalog';
import { normaliseText } from '../../src/core/text/textOffsets';
import { buildCli, CLI_ENV, FIXTURES, runBuiltCli } from './support/cliHarness';
import { csvRecords } from '../support/csv';

interface EntityJson {
  id: string;
  name: string;
  kind: string;
  type: string;
  mentions: number;
  documents: number;
}
interface ScanJson {
  folder: string;
  catalogs: string[];
  documents: Array<{ path: string; mentions: number; entities: number }>;
  entities: EntityJson[];
  totals: { documents: number; mentions: number; entitiesMentioned: number; entitiesInCatalog: number; elapsedMs: number };
}

/** Line, column (1-based, code points) and the text of a code point range of a normalised text. */
function locate(codePoints: readonly string[], start: number, end: number): { line: number; column: number; text: string } {
  const before = codePoints.slice(0, start);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.filter((c) => c === '\n').length + 1, column: start - lastBreak, text: codePoints.slice(start, end).join('') };
}

function scanJson(...args: string[]): ScanJson {
  const run = runBuiltCli('scan', ...args, '--format', 'json');
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as ScanJson;
}

describe('CLI scan (dist/cli.js)', function () {
  this.timeout(60000);
  before(buildCli);

  describe('on the sample corpus', function () {
    before(function () {
      if (!existsSync('corpus/entities.yaml')) this.skip();
    });

    const documentFiles = (): string[] =>
      readdirSync('corpus')
        .filter((f) => /\.(txt|md)$/.test(f))
        .sort();

    it('prints a table led by Russia, with a total line that adds up', () => {
      const run = runBuiltCli('scan', 'corpus');
      assert.equal(run.status, 0, run.stderr);
      const lines = run.stdout.trimEnd().split('\n');
      assert.match(lines[0], /^Entity\s+Kind\s+Type\s+Mentions\s+Documents$/);
      const rows = lines.slice(2, -2).map((l) => /^(.+?)\s+(actor|institution)\s+(\S+)\s+(\d+)\s+(\d+)$/.exec(l));
      assert.ok(
        rows.every((r) => r !== null),
        'every row has five columns',
      );
      assert.ok(
        rows.slice(0, 2).some((r) => r?.[1] === 'Russia'),
        `Russia leads: ${lines.slice(2, 4).join(' | ')}`,
      );
      const counts = rows.map((r) => Number(r?.[4]));
      assert.deepEqual(
        counts,
        [...counts].sort((a, b) => b - a),
        'sorted by mentions',
      );
      const catalogSize = layeredCatalogFile('corpus/entities.yaml').entities.length;
      const total = /^(\d+) documents scanned, (\d+) mentions, (\d+) of (\d+) entities mentioned, \d+(\.\d+)? (ms|s)$/.exec(
        lines[lines.length - 1],
      );
      assert.ok(total, lines[lines.length - 1]);
      assert.deepEqual(total.slice(1, 5).map(Number), [
        documentFiles().length,
        counts.reduce((a, b) => a + b, 0),
        rows.length,
        catalogSize,
      ]);
    });

    it('gives the same figures as JSON and CSV', () => {
      const json = scanJson('corpus');
      assert.deepEqual(
        json.documents.map((d) => d.path),
        documentFiles(),
      );
      assert.equal(
        json.entities.reduce((n, e) => n + e.mentions, 0),
        json.totals.mentions,
      );
      assert.equal(
        json.documents.reduce((n, d) => n + d.mentions, 0),
        json.totals.mentions,
      );
      assert.ok(json.entities.every((e) => e.documents >= 1 && e.documents <= json.documents.length));
      const russia = json.entities.find((e) => e.id === 'russia');
      assert.ok(russia && russia.documents === json.documents.length, 'Russia is in every document');
      const csv = runBuiltCli('scan', 'corpus', '--format', 'csv');
      assert.deepEqual(
        csvRecords(csv.stdout),
        json.entities.map((e) => ({ ...e, mentions: String(e.mentions), documents: String(e.documents) })),
      );
    });

    it('lists every mention with positions that slice the normalised text exactly', () => {
      const totals = scanJson('corpus').totals;
      const run = runBuiltCli('scan', 'corpus', '--mentions', '--format', 'csv');
      assert.equal(run.status, 0, run.stderr);
      assert.ok(run.stdout.startsWith('document,entity,name,kind,type,line,column,start,end,text\n'));
      const rows = csvRecords(run.stdout);
      assert.equal(rows.length, totals.mentions);
      const catalog = layeredCatalogFile('corpus/entities.yaml');
      const texts = new Map(documentFiles().map((f) => [f, [...normaliseText(readFileSync(`corpus/${f}`, 'utf8'))]]));
      const fold = (s: string): string => s.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").replace(/[‐‑]/g, '-').toLowerCase();
      for (const row of rows) {
        const codePoints = texts.get(row.document);
        assert.ok(codePoints, `unknown document ${row.document}`);
        const at = locate(codePoints, Number(row.start), Number(row.end));
        assert.deepEqual([at.text, at.line, at.column], [row.text, Number(row.line), Number(row.column)], JSON.stringify(row));
        const entity = catalog.byId.get(row.entity);
        assert.ok(entity, row.entity);
        assert.deepEqual([row.name, row.kind, row.type], [entity.name, entity.kind, entity.type]);
        assert.ok(
          entity.spellings.some((s) => fold(s.text) === fold(row.text)),
          `'${row.text}' is a spelling of ${row.entity}`,
        );
      }
    });

    it('prints the same mentions as JSON lines', () => {
      const csv = csvRecords(runBuiltCli('scan', 'corpus', '--mentions', '--format', 'csv').stdout);
      const lines = runBuiltCli('scan', 'corpus', '--mentions', '--format', 'json').stdout.trimEnd().split('\n');
      assert.deepEqual(
        lines
          .map((l) => JSON.parse(l) as Record<string, unknown>)
          .map((o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)]))),
        csv,
      );
    });
  });

  describe('on fixtures', () => {
    it('counts code points after a BOM, CRLF, lone CR and emoji, and keeps a wrapped mention whole', () => {
      const run = runBuiltCli('scan', `${FIXTURES}/encodings`, '--mentions', '--format', 'csv');
      assert.equal(run.status, 0, run.stderr);
      const rows = csvRecords(run.stdout).map((r) => [r.document, r.entity, r.line, r.column, r.start, r.end, r.text].join('|'));
      assert.deepEqual(rows, [
        'bom-crlf.txt|russia|1|1|0|6|Russia',
        'bom-crlf.txt|asean|1|12|11|16|ASEAN',
        'bom-crlf.txt|united-states|2|5|26|39|United\nStates',
        'bom-crlf.txt|russia|3|17|49|55|Moscow',
        'bom-crlf.txt|united-states|4|16|71|73|US',
        'emoji.md|russia|1|4|3|9|Russia',
        'emoji.md|asean|1|17|16|21|ASEAN',
        'emoji.md|asean|2|3|24|29|Asean',
        'emoji.md|united-states|2|11|32|34|US',
        'emoji.md|russia|3|1|35|41|Russia',
      ]);
      for (const file of ['bom-crlf.txt', 'emoji.md']) {
        const codePoints = [...normaliseText(readFileSync(`${FIXTURES}/encodings/${file}`, 'utf8'))];
        for (const r of csvRecords(run.stdout).filter((x) => x.document === file)) {
          assert.deepEqual(locate(codePoints, Number(r.start), Number(r.end)), {
            line: Number(r.line),
            column: Number(r.column),
            text: r.text,
          });
        }
      }
    });

    it('scans with the sound part of a broken catalog, reports its problems on stderr and exits 1', () => {
      const run = runBuiltCli('scan', `${FIXTURES}/broken-catalog`, '--mentions', '--format', 'csv');
      assert.equal(run.status, 1);
      assert.deepEqual(
        csvRecords(run.stdout).map((r) => `${r.entity}:${r.text}`),
        ['russia:Russia', 'asean:ASEAN'],
      );
      assert.deepEqual(
        run.stderr
          .trimEnd()
          .split('\n')
          .map((l) => l.replace(/: error: .* \[/, ' [')),
        [`${FIXTURES}/broken-catalog/entities.yaml:7:36 [unknown-target]`, `${FIXTURES}/broken-catalog/entities.yaml:12:5 [duplicate-id]`],
      );
    });

    it('merges every entities.yaml of the folder and lists documents in path order', () => {
      const json = scanJson(`${FIXTURES}/nested`);
      assert.deepEqual(json.catalogs, [`${FIXTURES}/nested/entities.yaml`, `${FIXTURES}/nested/sub/entities.yaml`]);
      assert.deepEqual(
        json.documents.map((d) => `${d.path}:${d.mentions}`),
        ['a-b.txt:2', 'a.txt:1', 'sub/b.md:2'],
      );
      assert.deepEqual(
        json.entities.map((e) => `${e.id}:${e.mentions}:${e.documents}`),
        ['russia:4:3', 'asean:1:1'],
      );
    });

    it('uses --catalog instead of the folder catalog, and lists unmentioned entities with --all', () => {
      const world = runBuiltCli('scan', `${FIXTURES}/no-catalog`, '--format', 'json');
      assert.equal(world.status, 0, world.stderr);
      assert.equal(
        world.stderr,
        `${FIXTURES}/no-catalog: no entities.yaml: the world catalog is used (${layeredCatalog('extends: world\n').entities.length} entities)\n`,
      );
      const found = JSON.parse(world.stdout) as ScanJson;
      assert.deepEqual(
        [found.catalogs, found.entities.map((e) => `${e.id}:${e.mentions}`)],
        [['world catalog (built in)'], ['asean:1', 'russia:1']],
        'a folder without a catalog gets the world catalog',
      );
      const json = scanJson(`${FIXTURES}/no-catalog`, '--catalog', `${FIXTURES}/encodings/entities.yaml`, '--all');
      assert.deepEqual(json.catalogs, [`${FIXTURES}/encodings/entities.yaml`]);
      assert.deepEqual(
        json.entities.map((e) => `${e.id}:${e.mentions}`),
        ['asean:1', 'russia:1', 'united-states:0'],
      );
      const replaced = scanJson(`${FIXTURES}/encodings`, '--catalog', `${FIXTURES}/nested/entities.yaml`);
      assert.deepEqual(
        replaced.entities.map((e) => e.id),
        ['russia'],
      );
    });

    it('prints a readable mention listing with a total', () => {
      const run = runBuiltCli('scan', `${FIXTURES}/encodings`, '--mentions');
      const lines = run.stdout.trimEnd().split('\n');
      assert.equal(lines[2], 'bom-crlf.txt:2:5  United States [united-states]  "United\\nStates"');
      assert.match(lines[lines.length - 1], /^10 mentions of 3 entities in 2 documents, \d+ ms$/);
    });
  });

  it('stops quietly when the reader closes the pipe (| head)', async function () {
    if (!existsSync('corpus/entities.yaml')) this.skip();
    const child = spawn(process.execPath, ['dist/cli.js', 'scan', 'corpus', '--mentions'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: CLI_ENV,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.deepEqual([code, stderr], [0, '']);
  });

  it('reports a broken entities.yaml at its line, never as a missing one, and exits 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pa-broken-catalog-'));
    try {
      writeFileSync(path.join(dir, 'entities.yaml'), 'entities:\n  - id: x\n    name: [unclosed\n');
      writeFileSync(path.join(dir, 'doc.txt'), 'Russia and ASEAN.\n');
      const run = runBuiltCli('scan', dir);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /entities\.yaml:\d+:\d+: error: .*\[yaml-syntax\]/);
      assert.doesNotMatch(run.stderr, /no entities\.yaml found/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('usage errors exit with code 2 and one line on stderr', () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /missing command/],
      [['frobnicate', 'corpus'], /unknown command 'frobnicate'/],
      [['scan'], /scan needs a folder/],
      [['scan', 'a', 'b'], /unexpected argument 'b'/],
      [['scan', `${FIXTURES}/encodings`, '--bogus'], /unknown option '--bogus'/],
      [['scan', `${FIXTURES}/encodings`, '--format', 'xml'], /--format must be one of table, json, csv/],
      [['scan', `${FIXTURES}/encodings`, '--catalog'], /argument missing/],
      [['scan', `${FIXTURES}/does-not-exist`], /folder not found/],
      [['scan', `${FIXTURES}/encodings/emoji.md`], /not a folder/],
      [['scan', `${FIXTURES}/encodings`, '--catalog', 'missing.yaml'], /catalog not found: missing\.yaml/],
    ];
    for (const [args, message] of cases) {
      it(`policy-annotator ${args.join(' ') || '(no arguments)'}`, () => {
        const run = runBuiltCli(...args);
        assert.equal(run.status, 2);
        assert.equal(run.stdout, '');
        assert.match(run.stderr, /^policy-annotator: [^\n]+\n$/);
        assert.match(run.stderr, message);
      });
    }
  });

  it('prints help and the package version', () => {
    const help = runBuiltCli('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage:\n {2}policy-annotator scan <folder>/);
    assert.match(runBuiltCli('scan', '-h').stdout, /--mentions/);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    assert.equal(runBuiltCli('--version').stdout, `${pkg.version}\n`);
  });
});
