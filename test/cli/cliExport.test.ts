// `policy-annotator export`, run as the built dist/cli.js on temp folders: each format, orphans
// kept, entities inside passages, CRLF/BOM documents, --out and --force, exit codes; read-only on
// the corpus (every file byte-identical afterwards).
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { normaliseText } from '../../src/core/text/textOffsets';
import { QUOTE, REPORT } from '../unit/helpers/anchoring';
import { runCli } from '../../src/cli/main';
import { buildCli, runBuiltCli } from './support/cliHarness';
import { csvRecords } from '../support/csv';
import { memoryEnv, MemoryFileStore, MemorySink } from '../fakes/memoryCli';
import { CATALOG_YAML, CODEBOOK_YAML, codePointSlice, sidecarYaml, type FixtureAnnotation } from '../unit/helpers/exportFixtures';
import { snapshot } from '../unit/helpers/folderSnapshot';
import { W3cValidator } from '../unit/helpers/w3cValidator';

const NOTE = '=HYPERLINK("http://evil") [x](command:foo) <script>alert(1)</script>';
const CHAIR = "For ASEAN and this year's chair, Malaysia";
const TRADE = 'Russia accounts for less than one per cent';
const ANNOTATIONS: FixtureAnnotation[] = [
  { id: 'q', quote: QUOTE, codes: ['engagement', 'trade'], note: NOTE, author: 'Ana', created: '2025-03-01T14:05:00Z' },
  { id: 'c', quote: CHAIR, entities: ['russia'] },
  { id: 't', quote: TRADE, codes: ['trade'] },
];
/** REPORT with a paragraph inserted before QUOTE and the trade sentence deleted. */
const EDITED = REPORT.replace(
  "For ASEAN and this year's chair",
  "A new paragraph, inserted by a later edit.\n\nFor ASEAN and this year's chair",
).replace(/Trade remains modest:[^\n]*\n\n/, '');
const CRLF_BOM = `\uFEFF${REPORT.replace(/\n/g, '\r\n')}`;

interface JsonRecord {
  document: string;
  id: string;
  codes: Array<{ id: string; name: string; path: string }>;
  quote: string;
  note: string | null;
  status: string;
  storedStatus: string | null;
  stored: { start: number; end: number } | null;
  anchored: { start: number; end: number; startLine: number; endLine: number; text: string } | null;
  entities: string[];
}

function writeCorpus(dir: string): void {
  writeFileSync(path.join(dir, 'entities.yaml'), CATALOG_YAML);
  writeFileSync(path.join(dir, 'codebook.yaml'), CODEBOOK_YAML);
  writeFileSync(path.join(dir, 'report.txt'), EDITED);
  writeFileSync(path.join(dir, 'report.txt.annotations.yaml'), sidecarYaml('report.txt', REPORT, ANNOTATIONS));
  mkdirSync(path.join(dir, 'crlf'));
  writeFileSync(path.join(dir, 'crlf', 'report.txt'), CRLF_BOM);
  writeFileSync(path.join(dir, 'crlf', 'report.txt.annotations.yaml'), sidecarYaml('report.txt', REPORT, ANNOTATIONS));
}

describe('CLI export (dist/cli.js)', function () {
  this.timeout(60000);
  let root = '';
  let dir = '';
  let before: Map<string, string>;

  beforeEach(() => {
    buildCli();
    root = mkdtempSync(path.join(tmpdir(), 'pa-export-'));
    dir = path.join(root, 'corpus');
    mkdirSync(dir);
    writeCorpus(dir);
    before = snapshot(root);
  });
  afterEach(() => {
    assert.deepEqual(
      snapshot(dir),
      new Map([...before].filter(([p]) => p.startsWith('corpus/')).map(([p, h]) => [p.slice('corpus/'.length), h])),
      'the corpus is untouched',
    );
    rmSync(root, { recursive: true, force: true });
  });

  it('csv: one row per code, orphans kept with empty places, positions that select the quote, notes as text', () => {
    const run = runBuiltCli('export', dir, '--format', 'csv');
    assert.deepEqual([run.status, run.stderr], [0, '']);
    const rows = csvRecords(run.stdout).filter((r) => r.document === 'report.txt');
    assert.deepEqual(
      rows.map((r) => [r.annotation, r.code, r.codePath, r.status, r.startLine, r.endLine, r.entities]),
      [
        ['q', 'engagement', 'Stance / Hedging / Engagement, not endorsement', 'anchored', '7', '7', ''],
        ['q', 'trade', 'Trade', 'anchored', '7', '7', ''],
        ['c', '', '', 'anchored', '7', '7', 'russia;asean;malaysia'],
        ['t', 'trade', 'Trade', 'orphaned', '', '', ''],
      ],
    );
    const normalised = normaliseText(EDITED);
    for (const r of rows.filter((x) => x.status === 'anchored'))
      assert.equal(codePointSlice(normalised, Number(r.start), Number(r.end)), r.quote);
    assert.deepEqual(
      [rows[0].note, rows[0].author, rows[0].storedStart, rows[0].start],
      [`'${NOTE}`, 'Ana', String(REPORT.indexOf(QUOTE)), String(EDITED.indexOf(QUOTE))],
    );
    assert.deepEqual([rows[3].quote, rows[3].start, rows[3].storedStart], [TRADE, '', String(REPORT.indexOf(TRADE))]);
  });

  it('json: one record per annotation; a CRLF document with a BOM gives the positions of its LF form', () => {
    const run = runBuiltCli('export', dir, '-f', 'json');
    assert.equal(run.status, 0, run.stderr);
    const records = JSON.parse(run.stdout) as JsonRecord[];
    assert.deepEqual(
      records.map((r) => `${r.document} ${r.id} ${r.status}`),
      [
        'crlf/report.txt q anchored',
        'crlf/report.txt c anchored',
        'crlf/report.txt t anchored',
        'report.txt q anchored',
        'report.txt c anchored',
        'report.txt t orphaned',
      ],
    );
    for (const r of records.slice(0, 3)) {
      assert.deepEqual(
        r.anchored && [r.anchored.start, r.anchored.end, r.anchored.text],
        r.stored && [r.stored.start, r.stored.end, r.quote],
        r.id,
      );
    }
    assert.deepEqual(
      records[3].codes.map((c) => c.name),
      ['Engagement, not endorsement', 'Trade'],
    );
    assert.equal(records[3].note, NOTE);
    assert.deepEqual([records[5].anchored, records[5].storedStatus], [null, 'anchored']);
  });

  it('w3c --out: writes annotations.jsonld there only, valid Web Annotation; refuses to replace it without --force', () => {
    const out = path.join(root, 'exports');
    const run = runBuiltCli('export', dir, '--format', 'w3c', '--out', out);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^wrote .*exports\/annotations\.jsonld: 6 annotations from 2 sidecars \(1 orphaned\)\n$/);
    assert.deepEqual(
      [...snapshot(root).keys()].filter((p) => !before.has(p)),
      ['exports/annotations.jsonld'],
    );
    const file = path.join(out, 'annotations.jsonld');
    const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const base = pathToFileURL(dir).href;
    const texts = new Map([
      [`${base}/report.txt`, EDITED],
      [`${base}/crlf/report.txt`, CRLF_BOM],
    ]);
    assert.deepEqual(new W3cValidator(texts).collection(json).problems, []);
    assert.equal(json.total, 6);

    const again = runBuiltCli('export', dir, '-f', 'csv', '-o', out);
    assert.equal(again.status, 0, 'another format is another file');
    const refused = runBuiltCli('export', dir, '--format', 'w3c', '--out', out, '--base', 'https://example.org/corpus');
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /annotations\.jsonld exists; add --force to replace it/);
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).id, `${base}/#annotations`, 'the file is untouched');
    const forced = runBuiltCli('export', dir, '--format', 'w3c', '--out', out, '--base', 'https://example.org/corpus', '--force');
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).id, 'https://example.org/corpus/#annotations');
  });

  it('exports the sound annotations of a folder with a broken sidecar, reports the error and exits 1', () => {
    writeFileSync(path.join(dir, 'broken.txt'), REPORT);
    writeFileSync(path.join(dir, 'broken.txt.annotations.yaml'), 'version: 1\nannotations: [\n');
    before = snapshot(root);
    const run = runBuiltCli('export', dir, '-f', 'json');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /broken\.txt\.annotations\.yaml:\d+:\d+: error: .*\[/);
    assert.equal((JSON.parse(run.stdout) as JsonRecord[]).length, 6);
  });

  it('lists the entities of the world catalog in the passages of a folder without a catalog, exit 0', () => {
    rmSync(path.join(dir, 'entities.yaml'));
    before = snapshot(root);
    const run = runBuiltCli('export', dir, '-f', 'json');
    assert.equal(run.status, 0);
    assert.doesNotMatch(run.stderr, /no-catalog/);
    assert.deepEqual(
      (JSON.parse(run.stdout) as JsonRecord[]).find((r) => r.document === 'report.txt' && r.id === 'c')?.entities,
      ['russia', 'asean', 'malaysia'],
      "the annotation's own entity, then the world's found in the passage",
    );
  });

  it('exits 2 on bad arguments and a missing folder, writing nothing', () => {
    for (const args of [['--format', 'xml'], ['--force'], ['--base', 'https://x/', '-f', 'csv'], ['-f', 'w3c', '--base', 'relative/']]) {
      const run = runBuiltCli('export', dir, ...args);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stdout, '');
    }
    assert.equal(runBuiltCli('export', path.join(root, 'nope')).status, 2);
  });
});

describe('CLI export in process (runCli)', () => {
  it('hands the file to the environment once, names it in a summary line, and refuses to replace it without --force', async () => {
    const files = new Map([
      ['entities.yaml', CATALOG_YAML],
      ['report.txt', EDITED],
      ['report.txt.annotations.yaml', sidecarYaml('report.txt', REPORT, ANNOTATIONS)],
    ]);
    const env = memoryEnv('corpus', new MemoryFileStore(files));
    assert.equal(await runCli(['export', 'corpus', '--out', 'out'], env), 0, env.err.text);
    assert.equal((env.out as MemorySink).text, 'wrote out/annotations.csv: 3 annotations from 1 sidecar (1 orphaned), 4 rows\n');
    assert.deepEqual([...env.written.keys()], ['out/annotations.csv']);
    assert.deepEqual(
      csvRecords(env.written.get('out/annotations.csv')!).map((r) => r.annotation),
      ['q', 'q', 'c', 't'],
    );
    assert.equal(await runCli(['export', 'corpus', '--out', 'out'], env), 2);
    assert.match(env.err.text, /out\/annotations\.csv exists; add --force/);
  });

  it('never reads a sibling whose name the safe-path rules refuse, and says why', async () => {
    const files = new Map([
      ['nul.txt', REPORT],
      ['nul.txt.annotations.yaml', sidecarYaml('nul.txt', REPORT, [{ id: 'n', quote: QUOTE }])],
    ]);
    const out = new MemorySink();
    const env = memoryEnv('corpus', new MemoryFileStore(files), out);
    assert.equal(await runCli(['export', 'corpus', '-f', 'json'], env), 1);
    assert.match(
      env.err.text,
      /nul\.txt\.annotations\.yaml: error: the document of this sidecar is not read: .*reserved device name on Windows \[document-path\]/,
    );
    assert.doesNotMatch(env.err.text, /missing-document/, 'the document is there: it is refused, not missing');
    assert.deepEqual(
      (JSON.parse(out.text) as JsonRecord[]).map((r) => [r.id, r.status]),
      [['n', 'orphaned']],
    );
  });
});
