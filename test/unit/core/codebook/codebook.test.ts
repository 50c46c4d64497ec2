import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { flattenCodes, loadCodebook } from '../../../../src/core/codebook/codebook';
import type { Diagnostic } from '../../../../src/core/base/diagnostics';

/** `line:column severity code` of each diagnostic, for compact assertions. */
function located(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
}

describe('codebook loader', () => {
  it('reads a code tree with parents, flat ids and lower-cased colours', () => {
    const book = loadCodebook(
      [
        'codes:',
        '  - id: hedging',
        '    name: Hedging',
        '    description: Keeping options open.',
        '    color: "#3177C6"',
        '    children:',
        '      - id: hedging-diversification',
        '        name: Partner diversification',
        '        children:',
        '          - { id: energy, name: Energy }',
        '  - id: sovereignty',
        '    name: Sovereignty',
      ].join('\n'),
      'codebook.yaml',
    );
    assert.deepEqual(book.diagnostics, []);
    assert.deepEqual(
      book.codes.map((c) => c.id),
      ['hedging', 'sovereignty'],
    );
    assert.deepEqual(
      flattenCodes(book.codes).map((c) => `${c.parent ?? '-'}>${c.id}`),
      ['->hedging', 'hedging>hedging-diversification', 'hedging-diversification>energy', '->sovereignty'],
    );
    assert.equal(book.byId.get('hedging')?.color, '#3177c6');
    assert.equal(book.byId.get('hedging')?.description, 'Keeping options open.');
    assert.deepEqual(book.byId.get('energy')?.location, { file: 'codebook.yaml', line: 10, column: 13 });
  });

  it('reports a duplicate id anywhere in the tree at the second one, and keeps its children', () => {
    const book = loadCodebook(
      [
        'codes:',
        '  - id: a',
        '    name: A',
        '    children:',
        '      - id: b',
        '        name: B',
        '  - id: b',
        '    name: B again',
        '    children:',
        '      - { id: c, name: C }',
      ].join('\n'),
      'codebook.yaml',
    );
    assert.deepEqual(located(book.diagnostics), ['7:9 error duplicate-id']);
    assert.match(book.diagnostics[0].message, /duplicate code id 'b' \(first declared at codebook\.yaml:5\)/);
    assert.equal(book.byId.get('b')?.name, 'B');
    assert.deepEqual(
      book.codes.map((c) => c.id),
      ['a', 'c'],
      'the duplicate is dropped; its child moves up',
    );
    assert.equal(book.byId.get('c')?.parent, undefined);
  });

  it('reports a missing name, a bad colour, an unquoted colour and unknown keys, keeping the codes', () => {
    const book = loadCodebook(
      [
        'codes:',
        '  - id: no-name',
        '    color: "#12345"',
        '  - id: comment-colour',
        '    name: Unquoted',
        '    color: #ff0000',
        '  - id: typo',
        '    name: Typo',
        '    colour: "#ffffff"',
        '    childs: []',
      ].join('\n'),
      'codebook.yaml',
    );
    assert.deepEqual(located(book.diagnostics), [
      '2:5 error missing-field',
      '3:12 error bad-color',
      '6:5 error bad-color',
      '9:5 warning unknown-key',
      '10:5 warning unknown-key',
    ]);
    assert.match(book.diagnostics[2].message, /quoted/);
    assert.match(book.diagnostics[3].message, /unknown key 'colour'/);
    assert.deepEqual([...book.byId.keys()], ['no-name', 'comment-colour', 'typo']);
    assert.equal(book.byId.get('no-name')?.name, 'no-name', 'falls back to the id');
    assert.equal(book.byId.get('no-name')?.color, undefined);
  });

  it('reports a code without id, lifting its sound children to its parent', () => {
    const book = loadCodebook(
      'codes:\n  - id: top\n    name: Top\n    children:\n      - name: Nameless\n        children:\n          - { id: leaf, name: Leaf }\n',
      'codebook.yaml',
    );
    assert.deepEqual(located(book.diagnostics), ['5:9 error missing-field']);
    assert.deepEqual(
      book.byId.get('top')?.children.map((c) => c.id),
      ['leaf'],
    );
    assert.equal(book.byId.get('leaf')?.parent, 'top');
  });

  it('warns about ids that are not slugs and reports wrong shapes', () => {
    const book = loadCodebook(
      'codes:\n  - id: Big Code\n    name: Big\n  - just a string\n  - id: x\n    name: X\n    children: nope\n',
      'codebook.yaml',
    );
    assert.deepEqual(located(book.diagnostics), ['2:9 warning bad-id', '4:5 error wrong-type', '7:15 error wrong-type']);
  });

  it('reports bad YAML with its position and refuses conflict markers', () => {
    assert.deepEqual(located(loadCodebook('codes:\n  - id: a\n    name: [unclosed\n', 'codebook.yaml').diagnostics).slice(0, 1), [
      '4:1 error yaml-syntax',
    ]);
    const conflict = loadCodebook('codes:\n<<<<<<< HEAD\n  - id: a\n=======\n  - id: b\n>>>>>>> other\n', 'codebook.yaml');
    assert.deepEqual(located(conflict.diagnostics), ['2:1 error conflict-marker']);
    assert.equal(conflict.byId.size, 0);
  });

  it('accepts an empty file and reports a top level that is not a mapping', () => {
    assert.deepEqual(loadCodebook('', 'codebook.yaml').diagnostics, []);
    assert.deepEqual(located(loadCodebook('- id: a\n', 'codebook.yaml').diagnostics), ['1:1 error wrong-type']);
  });

  it('loads the sample corpus codebook without errors', function () {
    if (!existsSync('corpus/codebook.yaml')) this.skip();
    const book = loadCodebook(readFileSync('corpus/codebook.yaml', 'utf8'), 'corpus/codebook.yaml');
    assert.deepEqual(
      book.diagnostics.filter((d) => d.severity === 'error'),
      [],
    );
    assert.ok(book.byId.size >= 10, `only ${book.byId.size} codes`);
    assert.ok(
      book.codes.some((c) => c.children.length > 0),
      'the sample codebook is hierarchical',
    );
  });
});
