import { strict as assert } from 'node:assert';
import { loadCodebook } from '../../../../src/core/codebook/codebook';
import {
  codePath,
  codePickEntries,
  oneLine,
  rememberRecent,
  SECTIONS,
  type CodeEntry,
  type PickEntry,
} from '../../../../src/core/tagging/codePickEntries';

const BOOK = loadCodebook(
  [
    'codes:',
    '  - id: hedging',
    '    name: Hedging',
    '    description: >-',
    '      Keeping options open',
    '      between great powers.',
    '    color: "#3177C6"',
    '    children:',
    '      - id: hedging-balancing',
    '        name: Balancing',
    '        children:',
    '          - id: hard-balancing',
    '            name: Hard balancing',
    '            color: "#305bc0"',
    '  - id: sanctions',
    '    name: Sanctions',
  ].join('\n'),
  'codebook.yaml',
);

/** `section` or `label | description | detail | color` of each entry, for compact assertions. */
function shown(entries: readonly PickEntry[]): string[] {
  return entries.map((e) => (e.kind === 'section' ? `[${e.label}]` : `${e.label} | ${e.description} | ${e.detail} | ${e.color ?? '-'}`));
}

describe('code pick entries', () => {
  it('lists every code in codebook order with its parents path, id and description, and inherited colours', () => {
    assert.deepEqual(BOOK.diagnostics, []);
    assert.deepEqual(shown(codePickEntries(BOOK, [])), [
      `[${SECTIONS.all}]`,
      'Hedging |  | hedging — Keeping options open between great powers. | #3177c6',
      'Balancing | Hedging | hedging-balancing | #3177c6',
      'Hard balancing | Hedging › Balancing | hard-balancing | #305bc0',
      'Sanctions |  | sanctions | -',
    ]);
  });

  it('puts recent codes first in their own section, once, skipping ids the codebook lost', () => {
    const entries = codePickEntries(BOOK, ['hard-balancing', 'gone', 'sanctions', 'hard-balancing']);
    assert.deepEqual(
      entries.map((e) => (e.kind === 'section' ? `[${e.label}]` : e.id)),
      [`[${SECTIONS.recent}]`, 'hard-balancing', 'sanctions', `[${SECTIONS.all}]`, 'hedging', 'hedging-balancing'],
    );
  });

  it('keeps the codes an annotation holds that the codebook lacks, first, so an edit cannot drop them', () => {
    const entries = codePickEntries(BOOK, [], ['old-code', 'hedging', 'old-code']);
    assert.deepEqual(shown(entries.slice(0, 2)), [
      `[${SECTIONS.unknown}]`,
      'old-code |  | old-code — used by this annotation, missing from the codebook | -',
    ]);
    assert.equal(entries.filter((e) => e.kind === 'code' && e.id === 'hedging').length, 1);
  });

  it('shows hostile names and descriptions as text: icon syntax escaped, links and HTML left as characters', () => {
    const book = loadCodebook(
      [
        'codes:',
        '  - id: evil',
        "    name: '$(bug) [run](command:workbench.action.quit) <b>x</b>'",
        "    description: 'see $(alert)'",
        '    children:',
        '      - { id: child, name: Child }',
      ].join('\n'),
      'codebook.yaml',
    );
    const [evil, child] = codePickEntries(book, []).filter((e): e is CodeEntry => e.kind === 'code');
    assert.equal(evil.label, '\\$(bug) [run](command:workbench.action.quit) <b>x</b>');
    assert.equal(evil.detail, 'evil — see \\$(alert)');
    assert.equal(child.description, '\\$(bug) [run](command:workbench.action.quit) <b>x</b>');
  });

  it('names a code with its parents', () => {
    assert.equal(codePath(BOOK.byId.get('hard-balancing')!, BOOK.byId), 'Hedging › Balancing › Hard balancing');
  });

  it('flattens and shortens text on a word boundary', () => {
    assert.equal(oneLine('  a\n  b\tc ', 20), 'a b c');
    assert.equal(oneLine('alpha beta gamma delta', 15), 'alpha beta…');
    assert.equal(oneLine('abcdefghijklmnopqrstuvwxyz', 10), 'abcdefghi…');
  });

  it('remembers the codes just used first, most recent first, at most seven', () => {
    assert.deepEqual(rememberRecent(['a', 'b', 'c'], ['c', 'd']), ['c', 'd', 'a', 'b']);
    assert.deepEqual(rememberRecent(['1', '2', '3', '4', '5', '6', '7'], ['x']), ['x', '1', '2', '3', '4', '5', '6']);
    assert.deepEqual(rememberRecent(['a'], []), ['a']);
  });
});
