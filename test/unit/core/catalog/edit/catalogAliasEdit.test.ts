import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { addAlias, formatEditError } from '../../../../../src/core/catalog/edit/catalogEdit';
import { loadCatalog } from '../../../../../src/core/catalog/catalogLoader';
import { assertOnlySpliced, edited, entity, lines, loadsCleanly, refused } from '../../../helpers/catalogEditing';

const F = 'entities.yaml';
const plain = (text: string): { text: string; ignoreCase: boolean } => ({ text, ignoreCase: false });

const CATALOG = lines(
  'entities:',
  '  - id: block                 # aliases as a block list',
  '    name: Block',
  '    kind: actor',
  '    type: state',
  '    aliases:',
  '      - First   # a comment',
  '      - { text: second, ignoreCase: true }',
  '    relations:',
  '      - { type: member-of, target: flow }',
  '  - id: flow',
  '    name: Flow',
  '    kind: institution',
  '    type: bloc',
  '    aliases: [F1, "F 2"]   # flow list',
  '  - id: none',
  '    name: None',
  '    kind: actor',
  '    type: person',
  '    description: no aliases yet',
  '  - id: related',
  '    name: Related',
  '    kind: actor',
  '    type: person',
  '    relations: [{ type: member-of, target: flow }]',
  '  - { id: inline, name: Inline, kind: actor, type: state }',
  '  - id: empty',
  '    name: Empty',
  '    kind: actor',
  '    type: state',
  '    aliases: []',
  '  - id: nothing',
  '    name: Nothing',
  '    kind: actor',
  '    type: state',
  '    aliases:',
  '  - id: last',
  '    name: Last',
  '    kind: actor',
  '    type: state',
);

/** Adds, checks that only the splice changed and that the loader reads the alias back; returns the text. */
function add(original: string, id: string, text: string, ignoreCase = false): string {
  const result = addAlias(original, F, id, { text, ignoreCase });
  assertOnlySpliced(original, result);
  const e = entity(loadsCleanly(edited(result)), id);
  assert.deepEqual(e.aliases[e.aliases.length - 1], { text, ignoreCase }, `${id} ends with the new alias`);
  return edited(result);
}

describe('catalog edit: adding an alias', () => {
  it('appends to a block list at its indentation, after a trailing comment', () => {
    assert.ok(add(CATALOG, 'block', 'Third').includes('      - { text: second, ignoreCase: true }\n      - Third\n    relations:'));
  });

  it('appends to a flow list, and fills an empty one', () => {
    assert.ok(add(CATALOG, 'flow', 'F3: the third').includes('    aliases: [F1, "F 2", "F3: the third"]   # flow list\n'));
    assert.ok(add(CATALOG, 'empty', 'E, one').includes('    aliases: ["E, one"]\n'));
  });

  it('adds an `aliases:` field: last, or before `relations:`, or inside a flow mapping', () => {
    assert.ok(add(CATALOG, 'none', 'Nobody').includes('    description: no aliases yet\n    aliases:\n      - Nobody\n  - id: related'));
    assert.ok(add(CATALOG, 'related', 'Kin').includes('    type: person\n    aliases:\n      - Kin\n    relations: [{'));
    assert.ok(add(CATALOG, 'inline', 'In').includes('  - { id: inline, name: Inline, kind: actor, type: state, aliases: [In] }\n'));
    assert.ok(add(CATALOG, 'nothing', 'Naught').includes('    aliases:\n      - Naught\n  - id: last'));
    assert.ok(add(CATALOG, 'last', 'Final').endsWith('    type: state\n    aliases:\n      - Final\n'));
  });

  it('writes a case-insensitive alias as {text, ignoreCase}', () => {
    assert.ok(add(CATALOG, 'block', 'bloc', true).includes('      - { text: bloc, ignoreCase: true }\n'));
    assert.ok(add(CATALOG, 'flow', 'flo', true).includes('[F1, "F 2", { text: flo, ignoreCase: true }]'));
  });

  it('keeps CRLF and a missing final newline', () => {
    const crlf = CATALOG.replace(/\n/g, '\r\n');
    const text = add(crlf, 'block', 'Third');
    assert.ok(!/[^\r]\n/.test(text), 'no bare LF');
    const bare = 'entities:\n  - id: a\n    name: A\n    kind: actor\n    type: state\n    aliases:\n      - AA';
    assert.equal(add(bare, 'a', 'AB'), `${bare}\n      - AB`);
  });

  it('refuses an unknown id, a broken file, an alias the entity has, and one another entity owns (saying which)', () => {
    assert.equal(
      formatEditError(refused(addAlias(CATALOG, F, 'ghost', plain('Ghost')))),
      "entities.yaml:1:1: there is no entity with id 'ghost' in entities.yaml",
    );
    const broken = refused(addAlias('entities:\n  - id: a\n    name: "open\n', F, 'a', plain('A')));
    assert.ok(broken.line >= 2 && broken.column >= 1, formatEditError(broken));
    assert.equal(refused(addAlias(CATALOG, F, 'block', plain('First'))).message, "'First' is already an alias of 'block'");
    assert.ok(addAlias(CATALOG, F, 'block', plain('first')).ok, 'another case of a case-sensitive alias is another spelling');
    assert.match(refused(addAlias(CATALOG, F, 'block', plain('SECOND'))).message, /already an alias of 'block' \(as 'second'\)/);
    assert.equal(
      formatEditError(refused(addAlias(CATALOG, F, 'flow', plain('First')))),
      "entities.yaml:2:5: 'First' is already an alias of 'block'",
    );
    assert.match(refused(addAlias(CATALOG, F, 'flow', plain('None'))).message, /already the name of 'none'/);
    assert.match(refused(addAlias(CATALOG, F, 'flow', plain('Flow'))).message, /already the name of 'flow'/);
    const other = loadCatalog(
      lines('entities:', '  - { id: elsewhere, name: Elsewhere, kind: actor, type: state }'),
      'more/entities.yaml',
    ).entities;
    assert.equal(
      formatEditError(refused(addAlias(CATALOG, F, 'flow', plain('Elsewhere'), other))),
      "more/entities.yaml:2:5: 'Elsewhere' is already the name of 'elsewhere'",
    );
    assert.match(refused(addAlias(CATALOG, F, 'flow', plain('(x)'))).message, /must start with a letter or digit/);
    assert.match(
      refused(
        addAlias(
          lines('entities:', '  - id: a', '    name: A', '    kind: actor', '    type: state', '    aliases: A'),
          F,
          'a',
          plain('B'),
        ),
      ).message,
      /must be a list/,
    );
  });

  it('reads back any alias text exactly, in block and flow lists (property)', () => {
    const chars = fc.constantFrom(...'aZé’\'":#,-[]{}&*!|>%@` ?.\\éß0'.split(''), 'ü', '中');
    const aliasText = fc
      .tuple(fc.constantFrom('A', 'z', 'Ä', '7'), fc.array(chars, { maxLength: 12 }))
      .map(([first, rest]) => (first + rest.join('')).trimEnd())
      .filter((t) => !/^(?:true|false|null|yes|no)$/i.test(t));
    fc.assert(
      fc.property(aliasText, fc.constantFrom('block', 'flow', 'none', 'inline'), fc.boolean(), (text, id, ignoreCase) => {
        const result = addAlias(CATALOG, F, id, { text, ignoreCase });
        if (!result.ok) return /already/.test(result.error.message); // only a clash may refuse
        const e = entity(loadsCleanly(result.text), id);
        return e.aliases.some((a) => a.text === text && a.ignoreCase === ignoreCase);
      }),
      { numRuns: 300 },
    );
  });
});
