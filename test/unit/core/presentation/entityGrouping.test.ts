import { strict as assert } from 'node:assert';
import type { Entity, EntityKind } from '../../../../src/core/catalog/catalogTypes';
import {
  entityFilter,
  foldForSearch,
  groupEntities,
  sortDocuments,
  type GroupingOptions,
} from '../../../../src/core/presentation/entityGrouping';
import { compareTypes, pluralise, typeGroupLabel, typeKey, typeLabel } from '../../../../src/core/presentation/entityTypes';
import { mentionLabel, shortenBefore } from '../../../../src/core/presentation/mentionLabel';

function entity(id: string, name: string, kind: EntityKind, type: string, aliases: string[] = []): Entity {
  return {
    id,
    name,
    kind,
    type,
    aliases: aliases.map((text) => ({ text, ignoreCase: false })),
    spellings: [],
    relations: [],
    location: { file: 'entities.yaml', line: 1, column: 1 },
  };
}

const ENTITIES = [
  entity('russia', 'Russia', 'actor', 'state', ['Russian Federation', 'Moscow']),
  entity('viet-nam', 'Việt Nam', 'actor', 'state', ['Vietnam']),
  entity('putin', 'Vladimir Putin', 'actor', 'person', ['Putin']),
  entity('austria', 'Austria', 'actor', 'state'),
  entity('asean', 'ASEAN', 'institution', 'bloc'),
  entity('carnegie', 'Carnegie', 'actor', 'think-tank'),
  entity('cfr', 'Council on Foreign Relations', 'actor', 'think_tank'),
];
const COUNTS = [12, 3, 5, 0, 40, 1, 0];
const count = (i: number): number => COUNTS[i];
const OPTIONS: GroupingOptions = { sortBy: 'count', filter: '', hideUnmentioned: false };

function names(groups: ReturnType<typeof groupEntities>): string[][] {
  return groups.map((g) => [g.label, ...g.entities.map((i) => ENTITIES[i].name)]);
}

describe('entity types', () => {
  it('gives the documented types readable plural labels', () => {
    const expected: Record<string, string> = {
      state: 'States',
      person: 'People',
      organisation: 'Organisations',
      group: 'Groups',
      forum: 'Forums',
      dialogue: 'Dialogues',
      bloc: 'Blocs',
      bank: 'Banks',
      currency: 'Currencies',
      agreement: 'Agreements',
      initiative: 'Initiatives',
      body: 'Bodies',
    };
    for (const [type, label] of Object.entries(expected)) assert.equal(typeGroupLabel(type), label, type);
  });

  it('capitalises and pluralises types it does not know', () => {
    assert.equal(typeGroupLabel('think-tank'), 'Think tanks');
    assert.equal(typeGroupLabel('thinkTank'), 'Think tanks');
    assert.equal(typeGroupLabel('treaty'), 'Treaties');
    assert.equal(typeGroupLabel('alliance'), 'Alliances');
    assert.equal(typeGroupLabel('church'), 'Churches');
    assert.equal(typeGroupLabel('press'), 'Presses');
    assert.equal(typeGroupLabel('Media'), 'Media');
    assert.equal(typeGroupLabel('other'), 'Other');
    assert.equal(typeGroupLabel(''), 'Other');
    assert.equal(typeLabel('think_tank'), 'Think tank');
    assert.equal(pluralise('day'), 'days', 'a vowel before y keeps the y');
  });

  it('orders groups: documented types in their usual order, others alphabetically after them', () => {
    const types = ['think-tank', 'group', 'agency', 'state', 'person'];
    assert.deepEqual(
      types.sort((a, b) => compareTypes('actor', a, b)),
      ['state', 'person', 'group', 'agency', 'think-tank'],
    );
    assert.ok(compareTypes('institution', 'forum', 'organisation') < 0);
    assert.ok(compareTypes('actor', 'State', 'person') < 0, 'a type spelt with a capital is still known');
    assert.equal(typeKey('Think_Tank'), 'think-tank');
  });
});

describe('entity grouping', () => {
  it('groups one kind by type, most mentioned first', () => {
    assert.deepEqual(names(groupEntities(ENTITIES, 'actor', count, OPTIONS)), [
      ['States', 'Russia', 'Việt Nam', 'Austria'],
      ['People', 'Vladimir Putin'],
      ['Think tanks', 'Carnegie', 'Council on Foreign Relations'],
    ]);
    const [states] = groupEntities(ENTITIES, 'actor', count, OPTIONS);
    assert.equal(states.mentions, 15);
    assert.deepEqual(names(groupEntities(ENTITIES, 'institution', count, OPTIONS)), [['Blocs', 'ASEAN']]);
  });

  it('sorts by name, accents and case second', () => {
    const [states] = groupEntities(ENTITIES, 'actor', count, { ...OPTIONS, sortBy: 'name' });
    assert.deepEqual(
      states.entities.map((i) => ENTITIES[i].name),
      ['Austria', 'Russia', 'Việt Nam'],
    );
  });

  it('hides unmentioned entities, and groups left empty, when asked', () => {
    assert.deepEqual(names(groupEntities(ENTITIES, 'actor', count, { ...OPTIONS, hideUnmentioned: true })), [
      ['States', 'Russia', 'Việt Nam'],
      ['People', 'Vladimir Putin'],
      ['Think tanks', 'Carnegie'],
    ]);
  });

  it('filters on name, id or alias, ignoring case and accents', () => {
    const filtered = (filter: string): string[] =>
      groupEntities(ENTITIES, 'actor', count, { ...OPTIONS, filter }).flatMap((g) => g.entities.map((i) => ENTITIES[i].id));
    assert.deepEqual(filtered('viet'), ['viet-nam'], 'accent-insensitive on the name, and the alias');
    assert.deepEqual(filtered('VIỆT'), ['viet-nam'], 'the filter may carry accents too');
    assert.deepEqual(filtered('moscow'), ['russia'], 'alias');
    assert.deepEqual(filtered('CFR'), ['cfr'], 'id');
    assert.deepEqual(filtered('  '), ['russia', 'viet-nam', 'austria', 'putin', 'carnegie', 'cfr'], 'blank: everything');
    assert.deepEqual(filtered('nothing like it'), []);
  });

  it('folds text for search', () => {
    assert.equal(foldForSearch('Việt Nam'), 'viet nam');
    assert.equal(foldForSearch('Vie\u0302\u0323t'), 'viet', 'decomposed input');
    assert.equal(foldForSearch('Straße'), 'strasse');
    assert.ok(entityFilter('Ř')(entity('r', 'Řím', 'actor', 'state')));
  });

  it('sorts documents by count or by path', () => {
    const docs = [
      { path: 'b.txt', count: 2 },
      { path: 'a10.txt', count: 5 },
      { path: 'a9.txt', count: 5 },
    ];
    assert.deepEqual(
      sortDocuments([...docs], 'count').map((d) => d.path),
      ['a9.txt', 'a10.txt', 'b.txt'],
    );
    assert.deepEqual(
      sortDocuments([...docs], 'name').map((d) => d.path),
      ['a9.txt', 'a10.txt', 'b.txt'],
    );
    assert.deepEqual(
      sortDocuments(
        [
          { path: 'z', count: 9 },
          { path: 'a', count: 1 },
        ],
        'name',
      ).map((d) => d.path),
      ['a', 'z'],
    );
  });
});

describe('mention label', () => {
  it('shows the 1-based line and the mention in context, marking the mention', () => {
    const { label, highlight } = mentionLabel(11, { before: '…ties between ', match: 'ASEAN', after: ' and Russia' });
    assert.equal(label, 'line 12: …ties between ASEAN and Russia');
    assert.equal(label.slice(...highlight), 'ASEAN');
  });

  it('keeps the context before the mention short, cut at a word', () => {
    assert.equal(shortenBefore('…a long sentence that goes on and on before the '), '…on and on before the ');
    assert.equal(shortenBefore('short one '), 'short one ');
    assert.equal(shortenBefore('abcdefghijklmnopqrstuvwxyz0123 '), '…hijklmnopqrstuvwxyz0123 ', 'one long word: cut inside it');
    const { label, highlight } = mentionLabel(0, {
      before: 'Despite having two-thirds of its territory in Asia, ',
      match: 'Russia',
      after: ' is a latecomer',
    });
    assert.equal(label, 'line 1: …its territory in Asia, Russia is a latecomer');
    assert.equal(label.slice(...highlight), 'Russia');
  });
});
