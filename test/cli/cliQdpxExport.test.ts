// `policy-annotator export --format qdpx`, run as the built dist/cli.js on a temp folder: the
// archive written in --out only, valid against the official schema, positions that select each
// quote in the exported text (CRLF with a BOM, an astral character), the attributes of
// documents.yaml as variables, the unanchored choice, entities as codes, byte-identical on a
// second export, never replaced without --force, and read-only on the corpus.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { sourceGuid } from '../../src/core/exchange/qdeBuild';
import { validateQde } from '../../src/node/qdeValidation';
import { QUOTE, REPORT } from '../unit/helpers/anchoring';
import { CATALOG_YAML, CODEBOOK_YAML, codePointSlice, sidecarYaml, type FixtureAnnotation } from '../unit/helpers/exportFixtures';
import { snapshot } from '../unit/helpers/folderSnapshot';
import { elements, parseXml, unzipText } from '../unit/helpers/qdeFixtures';
import { buildCli, runBuiltCli } from './support/cliHarness';

const CHAIR = "For ASEAN and this year's chair, Malaysia";
const TRADE = 'Russia accounts for less than one per cent';
const TEXT = `🌏 ${REPORT}`;
const MEMO = 'Memo: <hedging> & "care"';
const ANNOTATIONS: FixtureAnnotation[] = [
  { id: 'q', quote: QUOTE, codes: ['engagement', 'trade'], note: MEMO, author: 'Ana', created: '2025-03-01T14:05:00Z' },
  { id: 'c', quote: CHAIR, entities: ['russia'], codes: ['stance'], author: 'Bo', created: '2025-03-02' },
  { id: 't', quote: TRADE, codes: ['trade'] },
];
const EDITED = TEXT.replace(/Trade remains modest:[^\n]*\n\n/, '');
const CRLF_BOM = `\uFEFF${TEXT.replace(/\n/g, '\r\n')}`;
const DOCUMENTS_YAML = `documents:
  - { path: report.txt, date: 2025-03-01, pages: 3, source: Think tank }
  - { path: crlf/report.txt, date: 2025-04-02, pages: 12, source: Ministry }
`;

describe('CLI export --format qdpx (dist/cli.js)', function () {
  this.timeout(60000);
  let [root, dir, out] = ['', '', ''];
  let before: Map<string, string>;

  beforeEach(() => {
    buildCli();
    root = mkdtempSync(path.join(tmpdir(), 'pa-qdpx-'));
    dir = path.join(root, 'my corpus');
    out = path.join(root, 'exports');
    mkdirSync(path.join(dir, 'crlf'), { recursive: true });
    writeFileSync(path.join(dir, 'entities.yaml'), CATALOG_YAML);
    writeFileSync(path.join(dir, 'codebook.yaml'), CODEBOOK_YAML);
    writeFileSync(path.join(dir, 'documents.yaml'), DOCUMENTS_YAML);
    writeFileSync(path.join(dir, 'report.txt'), EDITED);
    writeFileSync(path.join(dir, 'report.txt.annotations.yaml'), sidecarYaml('report.txt', TEXT, ANNOTATIONS));
    writeFileSync(path.join(dir, 'crlf', 'report.txt'), CRLF_BOM);
    writeFileSync(path.join(dir, 'crlf', 'report.txt.annotations.yaml'), sidecarYaml('report.txt', TEXT, ANNOTATIONS));
    writeFileSync(path.join(dir, 'plain.md'), 'No annotations here.\n');
    before = snapshot(dir);
  });
  afterEach(() => {
    assert.deepEqual(snapshot(dir), before, 'the corpus is untouched');
    rmSync(root, { recursive: true, force: true });
  });

  const qdpx = (): Uint8Array => readFileSync(path.join(out, 'my corpus.qdpx'));

  it('writes <folder name>.qdpx in --out only: valid, every document a source, positions that select the quotes', async () => {
    const run = runBuiltCli('export', dir, '--format', 'qdpx', '--out', out);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      /^wrote .*exports\/my corpus\.qdpx: 3 documents, 6 annotations \(8 codings, 2 notes\), 2 users, 4 codes, 4 variables\n/,
    );
    assert.match(
      run.stdout,
      /1 annotation not anchored .* exported at their last known place \(check them in the other tool\): report\.txt#t \(orphaned\)/,
    );
    assert.match(run.stdout, /2 annotations link catalog entities .*: crlf\/report\.txt#c, report\.txt#c\n/);
    assert.deepEqual(
      [...snapshot(root).keys()].filter((p) => p.startsWith('exports/')),
      ['exports/my corpus.qdpx'],
    );
    const zip = unzipText(qdpx());
    const xml = zip.get('project.qde')!;
    assert.deepEqual((await validateQde(xml)).problems, []);
    const root_ = parseXml(xml);
    const sources = elements(root_, 'TextSource');
    assert.deepEqual(
      sources.map((s) => s.attributes.name),
      ['crlf/report.txt', 'plain.md', 'report.txt'],
    );
    for (const source of sources) {
      const text = zip.get(`sources/${sourceGuid(source.attributes.name)}.txt`)!;
      assert.ok(!text.includes('\r') && !text.startsWith('\uFEFF'));
      const quotes = elements(source, 'PlainTextSelection').map((s) =>
        codePointSlice(text, Number(s.attributes.startPosition), Number(s.attributes.endPosition)),
      );
      if (source.attributes.name === 'crlf/report.txt') assert.deepEqual(quotes.sort(), [QUOTE, CHAIR, TRADE].sort());
    }
    const variables = Object.fromEntries(elements(root_, 'Variable').map((v) => [v.attributes.name, v.attributes.typeOfVariable]));
    assert.deepEqual(variables, { date: 'Date', pages: 'Integer', source: 'Text', year: 'Integer' });
  });

  it('is byte-identical on a second export; refuses to replace the file without --force', () => {
    assert.equal(runBuiltCli('export', dir, '-f', 'qdpx', '-o', out).status, 0);
    const first = qdpx();
    const refused = runBuiltCli('export', dir, '-f', 'qdpx', '-o', out, '--unanchored', 'omit');
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /my corpus\.qdpx exists; add --force to replace it/);
    assert.ok(Buffer.from(qdpx()).equals(Buffer.from(first)), 'untouched');
    assert.equal(runBuiltCli('export', dir, '-f', 'qdpx', '-o', out, '--force').status, 0);
    assert.ok(Buffer.from(qdpx()).equals(Buffer.from(first)), 'the same bytes');
    const omitted = runBuiltCli('export', dir, '-f', 'qdpx', '-o', out, '--unanchored', 'omit', '--force');
    assert.equal(omitted.status, 0, omitted.stderr);
    assert.match(omitted.stdout, /5 annotations/);
    assert.match(omitted.stdout, /left out \(--unanchored omit\): report\.txt#t \(orphaned\)/);
  });

  it('--entities-as-codes: the catalog as a folder of codes, every mention coded, still valid', async () => {
    const run = runBuiltCli('export', dir, '-f', 'qdpx', '-o', out, '--entities-as-codes');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /4 entity codes on \d+ mentions/);
    const xml = unzipText(qdpx()).get('project.qde')!;
    assert.equal((await validateQde(xml)).valid, true);
    const folder = elements(parseXml(xml), 'Code').find((c) => c.attributes.name === 'Entities')!;
    assert.equal(folder.attributes.isCodable, 'false');
  });

  it('exits 2 on bad arguments, writing nothing', () => {
    for (const args of [
      ['-f', 'qdpx'],
      ['-f', 'qdpx', '-o', out, '--unanchored', 'maybe'],
      ['-f', 'csv', '--entities-as-codes'],
    ]) {
      const run = runBuiltCli('export', dir, ...args);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stdout, '');
    }
    assert.deepEqual(
      [...snapshot(root).keys()].filter((p) => p.startsWith('exports/')),
      [],
    );
  });
});
