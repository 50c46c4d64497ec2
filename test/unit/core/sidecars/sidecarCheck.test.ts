import { strict as assert } from 'node:assert';
import type { Diagnostic } from '../../../../src/core/base/diagnostics';
import { checkSidecar } from '../../../../src/core/sidecars/sidecarCheck';
import { documentNameForSidecar } from '../../../../src/core/sidecars/sidecarTypes';

const FILE = 'docs/report.txt.annotations.yaml';

function located(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
}

const GOOD = [
  'version: 1',
  'document: report.txt',
  'documentHash: sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  'annotations:',
  '  - id: 3b0e9c1e-2f1a-4c5b-9d1e-000000000001',
  '    codes: [hedging]',
  '    note: |',
  '      A memo',
  '      over two lines.',
  '    entities: [asean]',
  '    target: { exact: "ASEAN centrality", prefix: "the ", suffix: " is", start: 1234, end: 1250 }',
  '    status: anchored',
  '    author: Ana',
  '    created: 2025-03-01T14:05:00Z',
  '    modified: 2025-03-02',
].join('\n');

describe('sidecar structural check', () => {
  it('accepts the sidecar shape (ARCHITECTURE.md, Files the analyst owns) and returns the annotations', () => {
    const checked = checkSidecar(GOOD, FILE, { codes: new Set(['hedging']), entities: new Set(['asean']), documentExists: true });
    assert.deepEqual(checked.diagnostics, []);
    assert.equal(checked.document, 'report.txt');
    assert.equal(checked.annotations.length, 1);
    const [a] = checked.annotations;
    assert.deepEqual(a.target, { exact: 'ASEAN centrality', prefix: 'the ', suffix: ' is', start: 1234, end: 1250 });
    assert.deepEqual(
      [a.codes, a.entities, a.status, a.author, a.note],
      [['hedging'], ['asean'], 'anchored', 'Ana', 'A memo\nover two lines.\n'],
    );
    assert.deepEqual(a.location, { file: FILE, line: 5, column: 5 });
  });

  it('locates every problem of a broken annotation list', () => {
    const text = [
      'version: 1', // 1
      'document: report.txt', // 2
      'annotations:', // 3
      '  - id: a1', // 4
      '    codes: [hedging, realism]', // 5
      '    target: { exact: "x", start: -1, end: 2.5 }', // 6
      '    status: lost', // 7
      '  - id: a2', // 8
      '    target: { exact: "y", start: 9, end: 3 }', // 9
      '  - id: a1', // 10
      '    target: { exact: "z" }', // 11
      '  - codes: [hedging]', // 12
      '    target: { prefix: "p" }', // 13
      '  - id: a3', // 14
      '    entities: [nowhere]', // 15
      '    created: yesterday', // 16
      '    colour: red', // 17
    ].join('\n');
    const checked = checkSidecar(text, FILE, { codes: new Set(['hedging']), entities: new Set(['asean']) });
    assert.deepEqual(located(checked.diagnostics), [
      '6:34 error bad-offset',
      '6:43 error bad-offset',
      '5:22 warning unknown-code',
      '7:13 error bad-status',
      '9:34 error bad-range',
      '10:5 error duplicate-id',
      '12:5 error missing-field',
      '13:13 error missing-field',
      '17:5 warning unknown-key',
      '14:5 error missing-field',
      '15:16 warning unknown-entity',
      '16:14 warning bad-timestamp',
    ]);
    assert.match(checked.diagnostics[5].message, /duplicate annotation id 'a1' \(first at line 4\)/);
    assert.deepEqual(
      checked.annotations.map((a) => a.id),
      ['a1', 'a2'],
    );
  });

  it('requires document to be the sibling file name, never a path', () => {
    const at = (document: string): string[] =>
      located(checkSidecar(`version: 1\ndocument: ${document}\nannotations: []\n`, FILE).diagnostics);
    assert.deepEqual(at('../report.txt'), ['2:11 error document-path']);
    assert.deepEqual(at('/etc/passwd'), ['2:11 error document-path']);
    assert.deepEqual(at('sub/report.txt'), ['2:11 error document-path']);
    assert.deepEqual(at('C:report.txt'), ['2:11 error document-path']);
    assert.deepEqual(at("'..'"), ['2:11 error document-path']);
    assert.deepEqual(at('other.txt'), ['2:11 error document-mismatch']);
    assert.deepEqual(at('report.txt'), []);
  });

  it('reports a missing document next to the sidecar', () => {
    const checked = checkSidecar('version: 1\ndocument: report.txt\nannotations: []\n', FILE, { documentExists: false });
    assert.deepEqual(located(checked.diagnostics), ['2:11 error missing-document']);
  });

  it('checks version, documentHash and the required top-level fields', () => {
    assert.deepEqual(
      located(checkSidecar('version: 2\ndocument: report.txt\ndocumentHash: md5:abc\nannotations: []\n', FILE).diagnostics),
      ['1:10 error bad-version', '3:15 error bad-hash'],
    );
    assert.deepEqual(located(checkSidecar('document: report.txt\n', FILE).diagnostics), [
      '1:1 error missing-field',
      '1:1 error missing-field',
    ]);
    assert.deepEqual(located(checkSidecar('', FILE).diagnostics), ['1:1 error wrong-type']);
    assert.deepEqual(located(checkSidecar('version: 1\ndocument: report.txt\nannotations: {}\n', FILE).diagnostics), [
      '3:14 error wrong-type',
    ]);
  });

  it('refuses conflict markers, excessive depth and bad YAML before reading', () => {
    const conflict = checkSidecar(`${GOOD}\n<<<<<<< HEAD\n=======\n>>>>>>> theirs\n`, FILE);
    assert.deepEqual(located(conflict.diagnostics), ['16:1 error conflict-marker']);
    assert.deepEqual(conflict.annotations, []);
    const deep = checkSidecar(`version: 1\nnote: ${'[\n'.repeat(60)}${']'.repeat(60)}\n`, FILE);
    assert.deepEqual(located(deep.diagnostics), ['50:1 error too-deep']);
    assert.equal(located(checkSidecar('version: 1\ndocument: "open\n', FILE).diagnostics)[0].split(' ')[2], 'yaml-syntax');
  });

  it('names the document a sidecar belongs to', () => {
    assert.equal(documentNameForSidecar('a/b/report.txt.annotations.yaml'), 'report.txt');
    assert.equal(documentNameForSidecar('C:\\x\\memo.md.annotations.yaml'), 'memo.md');
    assert.equal(documentNameForSidecar('report.txt'), undefined);
    assert.equal(documentNameForSidecar('.annotations.yaml'), undefined);
  });
});
