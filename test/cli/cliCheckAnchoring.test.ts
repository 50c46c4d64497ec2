// `policy-annotator check` re-anchors every annotation against its document's current text and
// reports the status per annotation, read-only: run as the built dist/cli.js on a temp folder.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createTarget, documentHash } from '../../src/core/anchoring';
import { QUOTE, rangeOf, REPORT } from '../unit/helpers/anchoring';
import { buildCli, runBuiltCli } from './support/cliHarness';
import { quoteStart } from '../../src/cli/sidecarAnchoring';

const KEPT = QUOTE;
const DELETED = "less than one per cent of the bloc's external trade";
const REWORDED = 'Whether the relationship deepens will depend less on summits';

/** A sidecar for REPORT with one annotation per quote, ids k, o, r; strings written as JSON. */
function sidecarFor(text: string, quotes: Record<string, string>): string {
  const lines = ['version: 1', 'document: report.txt', `documentHash: ${documentHash(text)}`, 'annotations:'];
  for (const [id, quote] of Object.entries(quotes)) {
    const t = createTarget(text, ...rangeOf(text, quote));
    lines.push(
      `  - id: ${id}`,
      '    codes: [hedging]',
      '    entities: []',
      `    target: { exact: ${JSON.stringify(t.exact)}, prefix: ${JSON.stringify(t.prefix)}, suffix: ${JSON.stringify(t.suffix)}, start: ${t.start}, end: ${t.end} }`,
      '    status: anchored',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** REPORT edited: a paragraph before KEPT, DELETED's sentence gone, REWORDED reworded. */
function editedReport(): string {
  const edited = REPORT.replace(
    "For ASEAN and this year's chair",
    "A new paragraph, inserted by a later edit.\n\nFor ASEAN and this year's chair",
  )
    .replace(/Trade remains modest:[^\n]*\n\n/, '')
    .replace(REWORDED, 'Whether the relationship deepens will rest less on summit talks');
  assert.notEqual(edited.indexOf(KEPT), REPORT.indexOf(KEPT), 'fixture: the kept quote moved');
  assert.ok(!edited.includes(DELETED) && !edited.includes(REWORDED), 'fixture: quotes removed');
  return edited;
}

describe('CLI check: anchoring status per annotation (dist/cli.js)', function () {
  this.timeout(60000);
  let dir = '';
  let shown = '';
  let sidecar = '';
  let original = Buffer.alloc(0);

  before(() => {
    buildCli();
    dir = mkdtempSync(path.join(tmpdir(), 'pa-check-'));
    shown = path.relative(process.cwd(), dir).split(path.sep).join('/');
    writeFileSync(path.join(dir, 'entities.yaml'), 'entities:\n  - { id: russia, name: Russia, kind: actor, type: state }\n');
    writeFileSync(path.join(dir, 'codebook.yaml'), 'codes:\n  - { id: hedging, name: Hedging }\n');
    writeFileSync(path.join(dir, 'report.txt'), editedReport());
    sidecar = path.join(dir, 'report.txt.annotations.yaml');
    writeFileSync(sidecar, sidecarFor(REPORT, { k: KEPT, o: DELETED, r: REWORDED }));
    mkdirSync(path.join(dir, 'old'));
    writeFileSync(path.join(dir, 'old', 'gone.txt.annotations.yaml'), sidecarFor(REPORT, { g: KEPT }).replace('report.txt', 'gone.txt'));
    original = readFileSync(sidecar);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a summary per document and a line per annotation not anchored; a missing document orphans them all', () => {
    const run = runBuiltCli('check', dir);
    const lines = run.stdout.split('\n');
    assert.ok(lines.includes(`${shown}/report.txt: 1 anchored, 1 needs review, 0 ambiguous, 1 orphaned`), run.stdout);
    assert.deepEqual(
      lines.filter((l) => l.startsWith(`  ${shown}/report.txt.annotations.yaml:`)).map((l) => l.replace(/^.*?:\d+:\d+: /, '')),
      [`orphaned o "${DELETED.slice(0, 39)}…"`, `needs-review r "${REWORDED.slice(0, 39)}…"`],
    );
    assert.ok(lines.includes(`${shown}/old/gone.txt: 0 anchored, 0 needs review, 0 ambiguous, 1 orphaned`), run.stdout);
    assert.ok(lines.includes(`  ${shown}/old/gone.txt.annotations.yaml:5:5: orphaned g "${KEPT}"`), run.stdout);
    assert.match(run.stdout, /\[missing-document\]\n/);
    assert.equal(run.status, 1, 'the missing document is the one error');
    assert.ok(readFileSync(sidecar).equals(original), 'the sidecar is byte-identical');
  });

  it('gives each annotation its id and status in the JSON report, and exits 0 without errors', () => {
    rmSync(path.join(dir, 'old'), { recursive: true });
    const run = runBuiltCli('check', dir, '--format', 'json');
    assert.equal(run.status, 0, run.stdout);
    const json = JSON.parse(run.stdout) as {
      sidecars: Array<{
        file: string;
        document: string;
        documentFile: string;
        annotations: Array<{ id: string; status: string; storedStatus: string }>;
        counts: Record<string, number>;
        errors: unknown[];
      }>;
    };
    assert.equal(json.sidecars.length, 1);
    const [s] = json.sidecars;
    assert.deepEqual(
      [s.file, s.document, s.documentFile, s.errors],
      [`${shown}/report.txt.annotations.yaml`, 'report.txt', `${shown}/report.txt`, []],
    );
    assert.deepEqual(
      s.annotations.map((a) => [a.id, a.status, a.storedStatus]),
      [
        ['k', 'anchored', 'anchored'],
        ['o', 'orphaned', 'anchored'],
        ['r', 'needs-review', 'anchored'],
      ],
    );
    assert.deepEqual(s.counts, { anchored: 1, 'needs-review': 1, ambiguous: 0, orphaned: 1 });
    assert.ok(readFileSync(sidecar).equals(original), 'the sidecar is byte-identical');
  });
});

describe('CLI check: quote start of an annotation line', () => {
  it('keeps it on one line, cut at 40 code points, with control characters escaped', () => {
    assert.equal(quoteStart('a\n  b\u001b[31mred\u009b'), '"a b\\u001b[31mred\\u009b"');
    assert.equal(quoteStart(`${'😀'.repeat(45)}`), `"${'😀'.repeat(39)}…"`);
  });
});
