import { strict as assert } from 'node:assert';
import { rankAliasTargets } from '../../../../../src/core/catalog/edit/aliasTargets';
import type { Alias } from '../../../../../src/core/catalog/catalogTypes';
import { nameFromSelection, slugify, uniqueId } from '../../../../../src/core/catalog/edit/entitySlug';
import { doubleQuoted, yamlScalar } from '../../../../../src/core/yaml/yamlScalar';

const at = { file: 'entities.yaml', line: 1, column: 1 };
const e = (id: string, name: string, ...aliases: string[]): { id: string; name: string; aliases: Alias[]; location: typeof at } => ({
  id,
  name,
  aliases: aliases.map((text) => ({ text, ignoreCase: false })),
  location: at,
});

describe('naming entities made from a selection', () => {
  it('slugs names: lowercase, ASCII-folded where possible, `-` between words', () => {
    assert.equal(slugify('Việt Nam'), 'viet-nam');
    assert.equal(slugify("Anwar's  Cabinet"), 'anwars-cabinet');
    assert.equal(slugify('ASEAN+3'), 'asean-3');
    assert.equal(slugify('Straße & Œuvre Łódź'), 'strasse-oeuvre-lodz');
    assert.equal(slugify('Đại Việt'), 'dai-viet');
    assert.equal(slugify('中国 (China)'), '中国-china');
    assert.equal(slugify('—'), 'entity');
  });

  it('adds -2, -3... while the slug is taken', () => {
    assert.equal(uniqueId('Russia', new Set()), 'russia');
    assert.equal(uniqueId('Russia', new Set(['russia'])), 'russia-2');
    assert.equal(uniqueId('Russia', new Set(['russia', 'russia-2'])), 'russia-3');
  });

  it('cleans a selection into a name: spaces, quotes, brackets, possessives', () => {
    assert.equal(nameFromSelection('  Eurasian\n   Economic Union '), 'Eurasian Economic Union');
    assert.equal(nameFromSelection('“ASEAN’s'), 'ASEAN');
    assert.equal(nameFromSelection("Russia's,"), 'Russia');
    assert.equal(nameFromSelection('(the Quad).'), 'the Quad');
    assert.equal(nameFromSelection('U.S.'), 'U.S.');
    assert.equal(nameFromSelection('States’'), 'States');
  });
});

describe('YAML scalars for spliced text', () => {
  it('leaves a scalar plain only when it reads back as the same string', () => {
    assert.equal(yamlScalar('Côte d’Ivoire'), 'Côte d’Ivoire');
    assert.equal(yamlScalar('a: b'), '"a: b"');
    assert.equal(yamlScalar('a #b'), '"a #b"');
    assert.equal(yamlScalar("'q'"), '"\'q\'"');
    assert.equal(yamlScalar('true'), '"true"');
    assert.equal(yamlScalar('0x1A'), '"0x1A"');
    assert.equal(yamlScalar('a, b'), 'a, b');
    assert.equal(yamlScalar('a, b', 'flow'), '"a, b"');
    assert.equal(yamlScalar('x'.repeat(200)), 'x'.repeat(200), 'never folded');
  });

  it('escapes line separators in double quotes', () => {
    assert.equal(doubleQuoted('a\u2028b"'), '"a\\u2028b\\""');
  });
});

describe('ranking alias targets for a selection', () => {
  const entities = [
    e('russia', 'Russia', 'Russian Federation'),
    e('eaeu', 'Eurasian Economic Union'),
    e('asean', 'ASEAN', 'Association of Southeast Asian Nations'),
    e('australia', 'Australia'),
  ];
  const order = (selection: string): string[] => rankAliasTargets(entities, selection).map((r) => r.entity.id);

  it('puts a spelling containing the selection first, then initials, then a shared beginning', () => {
    assert.deepEqual(order('Russian'), ['russia', 'eaeu', 'asean', 'australia']);
    assert.deepEqual(order('EEU'), ['eaeu', 'russia', 'asean', 'australia']);
    assert.deepEqual(order('Aust.'), ['australia', 'russia', 'eaeu', 'asean']);
    assert.deepEqual(order('Asso'), ['asean', 'russia', 'eaeu', 'australia']);
    assert.deepEqual(order('Association of SE Asian Nations').slice(0, 1), ['asean']);
  });

  it('keeps the given order for entities that do not fit at all', () => {
    assert.deepEqual(order('Zzz'), ['russia', 'eaeu', 'asean', 'australia']);
    assert.equal(rankAliasTargets(entities, 'Zzz')[0].score, 0);
  });
});
