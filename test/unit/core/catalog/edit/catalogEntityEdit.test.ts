import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { addEntity, formatEditError } from '../../../../../src/core/catalog/edit/catalogEdit';
import { loadCatalog } from '../../../../../src/core/catalog/catalogLoader';
import { assertOnlySpliced, edited, entity, lines, loadsCleanly, refused } from '../../../helpers/catalogEditing';

const F = 'entities.yaml';
const STATE = { kind: 'actor', type: 'state' } as const;

const BLOCK = lines(
  '# Catalog header comment',
  'entities:',
  '  # states',
  '  - id: russia            # trailing comment',
  '    name: Russia',
  '    kind: actor',
  '    type: state',
  '    description: A very long description that Document.toString() would fold over two lines because it passes eighty columns.',
  '    aliases:',
  '      - Russian Federation',
  '',
  '  - id: asean',
  "    name: 'ASEAN'",
  '    kind: institution',
  '    type: organisation',
  '    aliases: [Asean, { text: asean, ignoreCase: true }]',
  '',
  '# end of catalog',
);

describe('catalog edit: adding an entity', () => {
  it("splices the entity after the last one, in the file's layout, leaving every other byte alone", () => {
    const result = addEntity(BLOCK, F, { name: 'Việt Nam', ...STATE, aliases: [{ text: 'Vietnam', ignoreCase: false }] });
    const text = edited(result);
    assertOnlySpliced(BLOCK, result);
    assert.ok(
      text.includes(
        lines(
          '    aliases: [Asean, { text: asean, ignoreCase: true }]',
          '',
          '  - id: viet-nam',
          '    name: Việt Nam',
          '    kind: actor',
          '    type: state',
          '    aliases:',
          '      - Vietnam',
          '',
          '# end of catalog',
        ),
      ),
      text,
    );
    const e = entity(loadsCleanly(text), 'viet-nam');
    assert.deepEqual([e.name, e.kind, e.type, e.aliases], ['Việt Nam', 'actor', 'state', [{ text: 'Vietnam', ignoreCase: false }]]);
    assert.ok(result.ok && result.line === e.location.line && result.entityId === 'viet-nam');
  });

  it('adds to the sample catalog (188 entities, comments, flow relations) without changing anything else', () => {
    const original = fs.readFileSync('corpus/entities.yaml', 'utf8');
    const result = addEntity(original, F, {
      name: 'Eurasian Development Bank',
      kind: 'institution',
      type: 'bank',
      aliases: [{ text: 'EDB', ignoreCase: false }],
    });
    assertOnlySpliced(original, result);
    const before = loadCatalog(original, F);
    const after = loadCatalog(edited(result), F);
    assert.equal(after.entities.length, before.entities.length + 1);
    assert.deepEqual(after.diagnostics, before.diagnostics);
    assert.equal(entity(after, 'eurasian-development-bank').type, 'bank');
  });

  it('makes a unique slug id: ASCII-folded, lowercase, `-2` on a clash, ids of other catalog files included', () => {
    const other = loadCatalog(lines('entities:', '  - { id: russia-2, name: Rossiya, kind: actor, type: state }'), 'other.yaml').entities;
    const result = addEntity(BLOCK, F, { name: 'RUSSIA’S Duma', kind: 'institution', type: 'body' });
    assert.ok(result.ok && result.entityId === 'russias-duma');
    const clash = addEntity(
      lines('entities:', '  - { id: russia, name: Россия, kind: actor, type: state }'),
      F,
      { name: 'Russia!', ...STATE },
      other,
    );
    assert.ok(clash.ok, JSON.stringify(clash));
    assert.equal(clash.entityId, 'russia-3');
  });

  it('quotes values that need it: colons, #, leading quotes and dashes, keywords and numbers', () => {
    const names = [
      'Group: of Twenty',
      'Club #1',
      'Group of 7:',
      'true',
      '2024',
      'null',
      'Côte d’Ivoire',
      'A, B [and] {C}',
      'Say "hi"',
      'C#Group',
    ];
    const types = ["'quoted' type", '"double"', '- dash', '#hash', 'key: value', '@at', '`tick`', '[list]', 'yes', '%pct'];
    let text = lines('entities:');
    for (const [i, name] of names.entries()) text = edited(addEntity(text, F, { name, kind: 'actor', type: types[i] }));
    const catalog = loadsCleanly(text);
    assert.deepEqual(
      catalog.entities.map((e) => e.name),
      names,
    );
    assert.deepEqual(
      catalog.entities.map((e) => e.type),
      types,
    );
    assert.ok(text.includes('    name: Côte d’Ivoire\n'), 'a typographic apostrophe needs no quotes');
    assert.ok(text.includes('    name: "Club #1"\n'), 'a # after a space would start a comment');
    assert.ok(text.includes('    name: C#Group\n'), 'a # inside a word needs no quotes');
  });

  it('writes into a flow list as one more flow mapping', () => {
    const original = lines('entities: [{ id: a, name: Alpha, kind: actor, type: state }]  # flow');
    const result = addEntity(original, F, {
      name: 'Beta, Inc.',
      kind: 'actor',
      type: 'organisation',
      aliases: [{ text: 'B', ignoreCase: true }],
    });
    assertOnlySpliced(original, result);
    assert.equal(
      edited(result),
      lines(
        'entities: [{ id: a, name: Alpha, kind: actor, type: state }, { id: beta-inc, name: "Beta, Inc.", kind: actor, type: organisation, aliases: [{ text: B, ignoreCase: true }] }]  # flow',
      ),
    );
    loadsCleanly(edited(result));
  });

  it('starts the list in an empty catalog: `entities: []`, `entities:`, no key, an empty or comment-only file', () => {
    const expected = (head: string): string => lines(head, '  - id: x', '    name: X', '    kind: actor', '    type: state');
    assert.equal(edited(addEntity('entities: []\n', F, { name: 'X', ...STATE })), expected('entities:'));
    assert.equal(edited(addEntity('entities: []  # none yet\n', F, { name: 'X', ...STATE })), expected('entities:  # none yet'));
    assert.equal(edited(addEntity('entities:\n', F, { name: 'X', ...STATE })), expected('entities:'));
    assert.equal(edited(addEntity('entities: ~\n', F, { name: 'X', ...STATE })), expected('entities:'));
    assert.equal(edited(addEntity('', F, { name: 'X', ...STATE })), expected('entities:'));
    assert.equal(edited(addEntity('# my catalog\n', F, { name: 'X', ...STATE })), '# my catalog\n' + expected('entities:'));
  });

  it('keeps CRLF line ends and a missing final newline', () => {
    const crlf = BLOCK.replace(/\n/g, '\r\n');
    const result = addEntity(crlf, F, { name: 'China', ...STATE, aliases: [{ text: 'PRC', ignoreCase: false }] });
    assertOnlySpliced(crlf, result);
    assert.ok(!/[^\r]\n/.test(edited(result)), 'no bare LF');
    assert.equal(entity(loadsCleanly(edited(result)), 'china').aliases[0].text, 'PRC');
    const bare = 'entities:\n  - id: a\n    name: A\n    kind: actor\n    type: state';
    const text = edited(addEntity(bare, F, { name: 'B', ...STATE }));
    assert.equal(text, `${bare}\n  - id: b\n    name: B\n    kind: actor\n    type: state`);
    loadsCleanly(text);
  });

  it("follows a file's own indentation and flow-style aliases", () => {
    const original = lines('entities:', '- id: a', '  name: A', '  kind: actor', '  type: state', '  aliases: [AA]');
    const text = edited(addEntity(original, F, { name: 'B', ...STATE, aliases: [{ text: 'BB', ignoreCase: false }] }));
    assert.equal(text, original + lines('- id: b', '  name: B', '  kind: actor', '  type: state', '  aliases: [BB]'));
  });

  it('refuses a broken file, naming file, line and column, and a name another entity has', () => {
    const broken = refused(addEntity('entities:\n  - id: a\n    name: [unclosed\n', F, { name: 'X', ...STATE }));
    assert.equal(broken.file, F);
    assert.ok(broken.line >= 3, formatEditError(broken));
    assert.match(broken.message, /nothing was changed/);
    const conflict = refused(addEntity(BLOCK, F, { name: 'Russian  Federation', ...STATE }));
    assert.equal(
      formatEditError(conflict),
      "entities.yaml:4:5: 'Russian  Federation' is already an alias of 'russia' (as 'Russian Federation')",
    );
    const caseless = refused(addEntity(BLOCK, F, { name: 'ASEAN', ...STATE, aliases: [] }));
    assert.match(caseless.message, /already the name of 'asean'/);
    assert.match(
      refused(addEntity(BLOCK, F, { name: 'ASEAN Plus', ...STATE, aliases: [{ text: 'ASEAN', ignoreCase: false }] })).message,
      /'ASEAN' is already the name of 'asean'/,
    );
    assert.match(refused(addEntity(BLOCK, F, { name: '…', ...STATE })).message, /must start with a letter or digit/);
    assert.match(refused(addEntity(BLOCK, F, { name: 'X', kind: 'actor', type: ' ' })).message, /needs a type/);
    assert.match(refused(addEntity('- a\n- b\n', F, { name: 'X', ...STATE })).message, /must be a mapping/);
  });
});
