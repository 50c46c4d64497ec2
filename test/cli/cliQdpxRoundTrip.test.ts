// The REFI-QDA round trip on the sample corpus: the five documents with real annotations (sentences
// of the texts themselves, codes of the sample codebook, notes, authors, times) exported with
// `export --format qdpx`, then imported with `import` into an empty folder. The documents, the
// codes (names, hierarchy, colours, descriptions), and every annotation's quote, positions, codes,
// note, author, times and id come back, and the documents' attributes; importing again adds nothing, and importing into the
// folder it came from writes nothing. The entity index exported as codes is not made into codes.
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { flattenCodes, loadCodebook, type Code } from '../../src/core/codebook/codebook';
import { parseDocumentList } from '../../src/core/catalog/documentDates';
import { loadSidecar } from '../../src/core/sidecars/sidecarLoad';
import { normaliseText } from '../../src/core/text/textOffsets';
import { CORPUS_DIR } from '../../scripts/vscode-host/testWorkspace';
import { sidecarYaml, type FixtureAnnotation } from '../unit/helpers/exportFixtures';
import { snapshot } from '../unit/helpers/folderSnapshot';
import { buildCli, runBuiltCli } from './support/cliHarness';

const AUTHORS = ['Ana Müller', 'Bo'];
const NOTES = [
  'Pivot framed as <reaction> & "necessity"',
  undefined,
  'Memo 🌏: compare with the 2016 text',
  '    indented, as a quotation\n    second line\n',
];

/** Real passages of a document: the first sentence of some paragraphs, and its first line. */
function passages(text: string): string[] {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => /[A-Za-z]{4}/.test(p) && !p.startsWith('---'));
  const picks = [1, 3, 6].map((i) => paragraphs[i % paragraphs.length]);
  return [...new Set(picks.map((p) => p.split(/(?<=[.?!])\s/)[0].trim()))].filter((q) => q.length > 20);
}

/** Annotations over the document's own sentences, with leaf codes of the codebook, UUID ids. */
function annotationsFor(text: string, docIndex: number, codeIds: readonly string[]): FixtureAnnotation[] {
  return passages(text).map((quote, i) => {
    const k = docIndex * 3 + i;
    return {
      id: `00000000-0000-4000-8000-${String(100 + k).padStart(12, '0')}`,
      quote,
      codes: k % 4 === 0 ? [codeIds[k % codeIds.length], codeIds[(k + 5) % codeIds.length]] : [codeIds[k % codeIds.length]],
      note: NOTES[k % NOTES.length],
      author: AUTHORS[k % AUTHORS.length],
      created: `2025-0${1 + (k % 9)}-1${k % 10}T09:${String(10 + k).padStart(2, '0')}:00Z`,
    };
  });
}

/** Codes as the analyst sees them, without ids: name, parent's name, colour, description. */
function codesByName(book: readonly Code[]): Map<string, { parent?: string; color?: string; description?: string }> {
  const all = flattenCodes(book);
  const name = new Map(all.map((c) => [c.id, c.name]));
  return new Map(all.map((c) => [c.name, { parent: c.parent && name.get(c.parent), color: c.color, description: c.description }]));
}

/** Each annotation of a folder's sidecars as it would be cited (codes by name), in text order. */
function annotationsOf(folder: string, docs: readonly string[]): unknown[] {
  const book = loadCodebook(readFileSync(path.join(folder, 'codebook.yaml'), 'utf8'), 'codebook.yaml');
  const codeName = new Map(flattenCodes(book.codes).map((c) => [c.id, c.name]));
  return docs.flatMap((doc) => {
    const file = path.join(folder, `${doc}.annotations.yaml`);
    const model = loadSidecar(readFileSync(file, 'utf8'), file);
    const inTextOrder = [...model.annotations].sort((a, b) => (a.target.start ?? 0) - (b.target.start ?? 0));
    return inTextOrder.map((a) => ({
      doc,
      id: a.id,
      exact: a.target.exact,
      start: a.target.start,
      end: a.target.end,
      codes: a.codes.map((c) => codeName.get(c)).sort(),
      note: a.note,
      author: a.author,
      created: a.created,
    }));
  });
}

describe('REFI-QDA round trip on the sample corpus (export, then import into an empty folder)', function () {
  this.timeout(120000);
  let root = '';
  let corpus = '';
  let docs: string[] = [];

  before(() => {
    buildCli();
    root = mkdtempSync(path.join(tmpdir(), 'pa-roundtrip-'));
    corpus = path.join(root, 'corpus');
    cpSync(CORPUS_DIR, corpus, { recursive: true });
    docs = readdirSync(corpus)
      .filter((f) => /\.(txt|md)$/.test(f))
      .sort();
    const book = loadCodebook(readFileSync(path.join(corpus, 'codebook.yaml'), 'utf8'), 'codebook.yaml');
    const leaves = flattenCodes(book.codes)
      .filter((c) => c.children.length === 0)
      .map((c) => c.id);
    docs.forEach((doc, i) => {
      const text = normaliseText(readFileSync(path.join(corpus, doc), 'utf8'));
      writeFileSync(path.join(corpus, `${doc}.annotations.yaml`), sidecarYaml(doc, text, annotationsFor(text, i, leaves)));
    });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  let exports = 0;
  const exported = (...flags: string[]): string => {
    const out = path.join(root, `out-${++exports}`);
    const run = runBuiltCli('export', corpus, '--format', 'qdpx', '--out', out, ...flags);
    assert.equal(run.status, 0, run.stderr);
    return path.join(out, 'corpus.qdpx');
  };
  const imported = (qdpx: string, into: string): { stdout: string; stderr: string; status: number | null } => {
    mkdirSync(into, { recursive: true });
    return runBuiltCli('import', qdpx, '--into', into);
  };

  it('gives back the same documents, codes, quotes, positions, codes, notes, authors, times and ids', () => {
    const qdpx = exported();
    const back = path.join(root, 'back');
    const run = imported(qdpx, back);
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.equal(run.stderr, '', 'no problem reported');
    for (const doc of docs)
      assert.equal(readFileSync(path.join(back, doc), 'utf8'), normaliseText(readFileSync(path.join(corpus, doc), 'utf8')), doc);
    // The documents' attributes (here the date each file name gives) come back in documents.yaml.
    const list = parseDocumentList(readFileSync(path.join(back, 'documents.yaml'), 'utf8'), 'documents.yaml');
    assert.deepEqual(
      list.documents.map((d) => [d.path, d.date?.text]),
      docs.map((doc) => [doc, /^\d{4}/.exec(doc)![0]]),
    );
    const codebook = (folder: string) => loadCodebook(readFileSync(path.join(folder, 'codebook.yaml'), 'utf8'), 'codebook.yaml').codes;
    assert.deepEqual(codesByName(codebook(back)), codesByName(codebook(corpus)));
    const original = annotationsOf(corpus, docs);
    assert.ok(original.length >= 12, `enough annotations to mean something: ${original.length}`);
    assert.deepEqual(annotationsOf(back, docs), original);

    const again = imported(qdpx, back);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, / 0 codes added, \d+ matched; 0 annotations added, \d+ already there, 0 skipped/);
  });

  it('writes nothing when imported into the folder it was exported from', () => {
    const qdpx = exported();
    const before = snapshot(corpus);
    const run = imported(qdpx, corpus);
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, / 0 new documents, 5 already there, 0 conflicts.*0 codes added/);
    assert.deepEqual(snapshot(corpus), before);
  });

  it('leaves the entity index (--entities-as-codes) out of the codebook and the sidecars, and says so', () => {
    const qdpx = exported('--entities-as-codes');
    const back = path.join(root, 'back-entities');
    const run = imported(qdpx, back);
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stderr, /info: \d+ entity mentions \(the entity index a Policy Annotator export carries as codes\) not imported/);
    assert.deepEqual(annotationsOf(back, docs), annotationsOf(corpus, docs));
    const names = [...codesByName(loadCodebook(readFileSync(path.join(back, 'codebook.yaml'), 'utf8'), 'x').codes).keys()];
    assert.ok(!names.includes('Entities'), `no entity codes: ${names.join(', ')}`);
  });
});
