import { strict as assert } from 'node:assert';
import { COLOR_PATTERN, loadCodebook } from '../../../../src/core/codebook/codebook';
import { addCode } from '../../../../src/core/codebook/codebookEdit';
import {
  codeNamed,
  codeNameProblem,
  newCodeColor,
  newCodeId,
  newCodeOffer,
  shade,
  TOP_LEVEL_PALETTE,
} from '../../../../src/core/tagging/newCode';

const BOOK = loadCodebook(
  [
    'codes:',
    '  - id: hedging',
    '    name: Hedging & strategic autonomy',
    `    color: "${TOP_LEVEL_PALETTE[0]}"`,
    '    children:',
    '      - { id: hedging-balancing, name: Balancing }',
    '  - { id: vaccine-diplomacy, name: Health }',
    '  - { id: plain, name: Plain }',
  ].join('\n'),
  'codebook.yaml',
);

describe('new code from the code pick', () => {
  it('is offered for typed text that names no code, by name or id, whatever the case and spacing', () => {
    assert.equal(newCodeOffer('  Vaccine   diplomacy ', BOOK), 'Vaccine diplomacy');
    assert.equal(newCodeOffer('balancing', BOOK), undefined, 'a name, other case');
    assert.equal(newCodeOffer('HEDGING-BALANCING', BOOK), undefined, 'an id');
    assert.equal(newCodeOffer('   ', BOOK), undefined);
    assert.equal(newCodeOffer('Balanc', BOOK), 'Balanc', 'part of a name is a new name');
  });

  it('finds the code a typed text names exactly', () => {
    assert.equal(codeNamed(' balancing ', BOOK), 'hedging-balancing');
    assert.equal(codeNamed('PLAIN', BOOK), 'plain');
    assert.equal(codeNamed('Balanc', BOOK), undefined);
    assert.equal(codeNamed('', BOOK), undefined);
  });

  it('explains why a name cannot be used', () => {
    assert.equal(codeNameProblem('', BOOK), 'Enter the name of the code');
    assert.match(codeNameProblem('Balancing', BOOK) ?? '', /'Balancing' \(hedging-balancing\) exists already/);
    assert.match(codeNameProblem('x'.repeat(121), BOOK) ?? '', /at most 120/);
    assert.equal(codeNameProblem('Soft power', BOOK), undefined);
  });

  it('derives a unique slug id that the codebook accepts', () => {
    assert.equal(newCodeId('Vaccine Diplomacy', BOOK), 'vaccine-diplomacy-2');
    assert.equal(newCodeId('Soft power & “culture”', BOOK), 'soft-power-culture');
    assert.equal(newCodeId('—', BOOK), 'code');
    const added = addCode('codes: []\n', 'codebook.yaml', { id: newCodeId('Đổi Mới reforms', BOOK), name: 'Đổi Mới reforms' });
    assert.ok(added.ok);
    assert.equal(loadCodebook(added.text, 'codebook.yaml').byId.get('doi-moi-reforms')?.name, 'Đổi Mới reforms');
  });

  it('adds the first code to an empty list however it is spelled, a comment on the key kept', () => {
    for (const [text, expected] of [
      ['codes: # our codes\n', 'codes: # our codes\n  - id: a\n    name: A\n'],
      ['codes:\n', 'codes:\n  - id: a\n    name: A\n'],
      ['codes: ~\n', 'codes:\n  - id: a\n    name: A\n'],
      ['codes: [] # none yet\n', 'codes: # none yet\n  - id: a\n    name: A\n'],
    ]) {
      const added = addCode(text, 'codebook.yaml', { id: 'a', name: 'A' });
      assert.deepEqual(added, { ok: true, text: expected }, JSON.stringify(text));
    }
  });

  it('gives a child a shade of its parent and a top-level code the first unused palette colour', () => {
    const child = newCodeColor(BOOK, 'hedging');
    assert.match(child, COLOR_PATTERN);
    assert.notEqual(child, TOP_LEVEL_PALETTE[0]);
    assert.equal(child, shade(TOP_LEVEL_PALETTE[0], -0.18), 'the second child: a darker shade');
    assert.equal(newCodeColor(BOOK, 'plain'), TOP_LEVEL_PALETTE[1], 'a parent without colour: palette');
    assert.equal(newCodeColor(BOOK), TOP_LEVEL_PALETTE[1]);
  });

  it('mixes colours towards white or black', () => {
    assert.equal(shade('#000000', 0.5), '#808080');
    assert.equal(shade('#ffffff', -1), '#000000');
    assert.equal(shade('#3177c6', 0), '#3177c6');
    assert.throws(() => shade('red', 0.1), /not #rrggbb/);
  });
});
