// `policy-annotator cooccur`, `kwic` and `matrix`, run as the built dist/cli.js on a small folder
// whose answers are worked out here (test/fixtures/cli/analysis).
//
// speeches-2001.txt (documents.yaml: country RUS, genre speech; dated 2001 by its name):
//   s1 "Russia and ASEAN agreed."  s2 "China objected."  s3 "Russia and ASEAN again."
//   (blank line) s4 "Russia and China met."  s5 "ASEAN waited."
//   passages: p1 = s1 [security, trade], p2 = "ASEAN agreed. China objected." [hedging] (overlaps
//   p1), p3 = s4 [security]
// b.md (front matter: date 2015-06-01, genre report): "ASEAN and China talked. Russia was absent."
// c.txt (documents.yaml: country USA; undated): no entity.
import { strict as assert } from 'node:assert';
import { buildCli, FIXTURES, runBuiltCli } from './support/cliHarness';
import { csvRecords } from '../support/csv';

const FOLDER = `${FIXTURES}/analysis`;

function csv(...args: string[]): Array<Record<string, string>> {
  const run = runBuiltCli(...args, '--format', 'csv');
  assert.equal(run.status, 0, run.stderr);
  return csvRecords(run.stdout);
}

const pairs = (rows: Array<Record<string, string>>): string[] => rows.map((r) => `${r.a}+${r.b} ${r.n_a}/${r.n_b}/${r.n_ab} c=${r.c}`);

describe('CLI analysis commands (dist/cli.js)', function () {
  this.timeout(60_000);
  before(() => buildCli());

  describe('cooccur', () => {
    it('counts entities together in sentences: n_a, n_b, n_ab, c and shares', () => {
      // Sentences with Russia: s1 s3 s4 b2 = 4; ASEAN: s1 s3 s5 b1 = 4; China: s2 s4 b1 = 3.
      const rows = csv('cooccur', FOLDER);
      assert.deepEqual(Object.keys(rows[0]), ['a', 'b', 'n_a', 'n_b', 'n_ab', 'c', 'share_a', 'share_b', 'unbalanced']);
      assert.deepEqual(pairs(rows), ['russia+asean 4/4/2 c=0.333', 'russia+china 4/3/1 c=0.167', 'asean+china 4/3/1 c=0.167']);
      assert.deepEqual([rows[1].share_a, rows[1].share_b, rows[1].unbalanced], ['0.25', '0.333', 'no']);
    });

    it('counts by paragraph and by document, and only in the documents the filter keeps', () => {
      assert.deepEqual(pairs(csv('cooccur', FOLDER, '--unit', 'paragraph')), [
        'russia+asean 3/3/3 c=1',
        'russia+china 3/3/3 c=1',
        'asean+china 3/3/3 c=1',
      ]);
      assert.deepEqual(pairs(csv('cooccur', FOLDER, '--unit', 'document')).length, 3);
      assert.deepEqual(pairs(csv('cooccur', FOLDER, '--where', 'genre=speech')), ['russia+asean 3/3/2 c=0.5', 'russia+china 3/2/1 c=0.25']);
      assert.deepEqual(
        pairs(csv('cooccur', FOLDER, '--where', 'date>=2010-01', '--unit', 'document')),
        ['russia+asean 1/1/1 c=1', 'russia+china 1/1/1 c=1', 'asean+china 1/1/1 c=1'],
        'b.md alone, by its front matter date',
      );
      assert.deepEqual(pairs(csv('cooccur', FOLDER, '--min', '2')), ['russia+asean 4/4/2 c=0.333']);
    });

    it("counts codes of one passage, of overlapping passages, and entities inside codes' passages", () => {
      assert.deepEqual(pairs(csv('cooccur', FOLDER, '--of', 'codes')), ['security+trade 2/1/1 c=0.5']);
      assert.deepEqual(pairs(csv('cooccur', FOLDER, '--of', 'codes', '--unit', 'overlap')), [
        'security+trade 2/1/1 c=0.5',
        'security+hedging 2/1/1 c=0.5',
        'trade+hedging 1/1/1 c=1',
      ]);
      assert.deepEqual(pairs(csv('cooccur', FOLDER, '--of', 'codes-entities')), [
        'security+russia 2/2/2 c=1',
        'security+asean 2/2/1 c=0.333',
        'security+china 2/2/1 c=0.333',
        'trade+russia 1/2/1 c=0.5',
        'trade+asean 1/2/1 c=0.5',
        'hedging+asean 1/2/1 c=0.5',
        'hedging+china 1/2/1 c=0.5',
      ]);
    });

    it('gives the same counts as JSON and as a table, with a BOM for Excel on request', () => {
      const run = runBuiltCli('cooccur', FOLDER, '--format', 'json');
      const json = JSON.parse(run.stdout) as {
        units: number;
        documents: number;
        pairs: Array<{ a: string; b: string; n_ab: number; c: number }>;
      };
      assert.equal(json.documents, 3);
      assert.equal(json.units, 7, 'seven sentences mention an entity');
      assert.deepEqual(
        json.pairs.map((p) => [p.a, p.b, p.n_ab, p.c]),
        [
          ['russia', 'asean', 2, 1 / 3],
          ['russia', 'china', 1, 1 / 6],
          ['asean', 'china', 1, 1 / 6],
        ],
      );
      const table = runBuiltCli('cooccur', FOLDER).stdout;
      assert.match(table, /^russia +asean +4 +4 +2 +0\.333 +0\.500 +0\.500$/m);
      assert.match(table, /3 pairs in 7 sentences \(those holding any\) of 3 documents/);
      assert.ok(runBuiltCli('cooccur', FOLDER, '--format', 'csv', '--bom').stdout.startsWith('\ufeffa,b,'));
    });
  });

  describe('kwic', () => {
    it("lists an entity's mentions with line, column and context, sorted as asked", () => {
      const rows = csv('kwic', FOLDER, '--entity', 'china', '--width', '10');
      assert.deepEqual(Object.keys(rows[0]), ['document', 'line', 'column', 'left', 'match', 'right', 'date']);
      assert.deepEqual(
        rows.map((r) => [r.document, r.line, r.column, r.left, r.match, r.right, r.date]),
        [
          ['b.md', '5', '11', 'ASEAN and ', 'China', ' talked. R', '2015-06-01'],
          ['speeches-2001.txt', '1', '26', 'N agreed. ', 'China', ' objected.', '2001'],
          ['speeches-2001.txt', '3', '12', 'ussia and ', 'China', ' met. ASEA', '2001'],
        ],
      );
      assert.deepEqual(
        csv('kwic', FOLDER, '--entity', 'china', '--sort', 'right1').map((r) => r.right.trim().split(' ')[0]),
        ['met.', 'objected.', 'talked.'],
      );
      assert.deepEqual(
        csv('kwic', FOLDER, '--entity', 'china', '--sort', 'date').map((r) => r.date),
        ['2001', '2001', '2015-06-01'],
      );
    });

    it("lists a code's passages and a phrase's occurrences in any case", () => {
      assert.deepEqual(
        csv('kwic', FOLDER, '--code', 'security').map((r) => r.match),
        ['Russia and ASEAN agreed.', 'Russia and China met.'],
      );
      assert.deepEqual(
        csv('kwic', FOLDER, '--text', 'russia AND', '--where', 'country=rus').map((r) => `${r.line}:${r.column}`),
        ['1:1', '1:42', '3:1'],
      );
    });

    it('guards cells a spreadsheet would run as formulas', () => {
      // Nine characters to the left of "aside" are "=SUM(A1) ": written with an apostrophe first.
      const run = runBuiltCli('kwic', FOLDER, '--text', 'aside', '--format', 'csv', '--width', '9');
      assert.match(run.stdout, /^c\.txt,1,37,"'=SUM\(A1\) ",aside,". ",$/m);
    });
  });

  describe('matrix', () => {
    it('counts mentions per attribute value, most mentioned entities first, documents without the value last', () => {
      const run = runBuiltCli('matrix', FOLDER, '--rows', 'genre');
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, 'genre,asean,russia,china\nreport,1,1,1\nspeech,3,3,2\n,0,0,0\n');
    });

    it('gives rows per document or per year, counts per 10,000 words, and codes', () => {
      assert.deepEqual(
        csv('matrix', FOLDER, '--rows', 'documents').map((r) => r.document),
        ['b.md', 'c.txt', 'speeches-2001.txt'],
      );
      // speeches-2001.txt has 16 words (3 mentions of ASEAN: 1875 per 10,000); b.md 7 without its front matter.
      assert.deepEqual(
        csv('matrix', FOLDER, '--rows', 'year', '--per-10k').map((r) => [r.year, r.asean, r.china]),
        [
          ['2001', '1875', '1250'],
          ['2015', '1428.571', '1428.571'],
          ['', '0', '0'],
        ],
      );
      const codes = runBuiltCli('matrix', FOLDER, '--rows', 'documents', '--cols', 'codes');
      assert.equal(codes.stdout, 'document,security,trade,hedging,unused\nb.md,0,0,0,0\nc.txt,0,0,0,0\nspeeches-2001.txt,2,1,1,0\n');
    });
  });

  describe('bad input: a clear message and exit code 2, never an empty table', () => {
    for (const [args, said] of [
      [['kwic', FOLDER, '--entity', 'Russia'], /no entity 'Russia' in the catalog \(ids, not names/],
      [['kwic', FOLDER, '--code', 'nope'], /no code 'nope'/],
      [['kwic', FOLDER], /exactly one of --entity/],
      [['kwic', FOLDER, '--text', 'x', '--code', 'y'], /exactly one of/],
      [['cooccur', FOLDER, '--where', 'genre=poem'], /no document of .* matches --where genre=poem/],
      [['cooccur', FOLDER, '--where', 'year>>2'], /--where: filter "year>>2", column 6/],
      [['cooccur', FOLDER, '--where', 'country=RUS or year=1'], /expected `and`/],
      [['cooccur', FOLDER, '--of', 'codes', '--unit', 'sentence'], /--unit \(with --of codes\) must be one of passage, overlap/],
      [['cooccur', `${FIXTURES}/encodings`, '--of', 'codes'], /nothing to count: no coded passage/],
      [['matrix', FOLDER, '--rows', 'colour'], /no document has the attribute 'colour'/],
      [['matrix', FOLDER], /matrix needs --rows/],
      [['matrix', FOLDER, '--rows', 'year', '--format', 'table'], /--format must be one of csv, json/],
      [['kwic', FOLDER, '--text', 'x', '--width', '0'], /--width must be a whole number/],
    ] as const) {
      it(args.slice(2).join(' ') || args[0], () => {
        const run = runBuiltCli(...args);
        assert.equal(run.status, 2, `${run.stdout}\n${run.stderr}`);
        assert.equal(run.stdout, '');
        assert.match(run.stderr, said);
      });
    }
  });

  it('documents each command in --help', () => {
    for (const command of ['cooccur', 'kwic', 'matrix']) {
      const run = runBuiltCli(command, '--help');
      assert.equal(run.status, 0);
      assert.match(run.stdout, new RegExp(`^Usage: policy-annotator ${command} <folder>`));
      assert.match(run.stdout, /--where <filter>/);
    }
    assert.match(runBuiltCli('--help').stdout, /cooccur +which entities are mentioned together/);
  });
});
