import { strict as assert } from 'node:assert';
import type { Entity } from '../../../../src/core/catalog/catalogTypes';
import { IncomingRelations, incomingLabel, outgoingLabel, outgoingRelations } from '../../../../src/core/catalog/entityRelations';
import {
  ALIAS_CAP,
  DESCRIPTION_CHARS,
  hoverCardMarkdown,
  INCOMING_CAP,
  INCOMING_TYPES,
  NAME_CHARS,
  OUTGOING_TYPES,
  TITLE_CHARS,
  type HoverCardInput,
} from '../../../../src/core/presentation/hoverCard';
import { HOSTILE, linkTargets, liveMarkupProblems, unescapeMarkdown } from '../../helpers/markdownMarkup';

function entity(id: string, name: string, extra: Partial<Entity> = {}): Entity {
  return {
    id,
    name,
    kind: 'actor',
    type: 'state',
    aliases: [],
    spellings: [],
    relations: [],
    location: { file: 'entities.yaml', line: 1, column: 1 },
    ...extra,
  };
}

const asean = entity('asean', 'ASEAN', {
  kind: 'institution',
  type: 'organisation',
  wikidata: 'Q7768',
  description: 'Association of ten Southeast Asian states.\nFounded 1967.',
  aliases: [
    { text: 'Asean', ignoreCase: false },
    { text: 'ASEAN', ignoreCase: true },
  ],
  relations: [
    { type: 'member-of', target: 'eas' },
    { type: 'dialogue-partner-of', target: 'sco' },
    { type: 'member-of', target: 'rcep' },
  ],
});
const members = Array.from({ length: 10 }, (_, i) =>
  entity(`state${i}`, `State ${i}`, { relations: [{ type: 'member-of', target: 'asean' }] }),
);
const all = [asean, ...members, entity('eas', 'East Asia Summit'), entity('sco', 'SCO'), entity('rcep', 'RCEP')];
const byId = new Map(all.map((e) => [e.id, e]));
const LINKS = [
  { label: 'Show all mentions', command: 'policyAnnotator.showMentions', args: ['asean'] },
  { label: 'Reveal in tree', command: 'policyAnnotator.revealInTree', args: ['asean'], title: 'Reveal in the Institutions tree' },
];

function input(e: Entity, over: Partial<HoverCardInput> = {}): HoverCardInput {
  return {
    entity: e,
    nameOf: (id) => byId.get(id)?.name,
    outgoing: outgoingRelations(e),
    incoming: new IncomingRelations(all).of(e.id),
    counts: { inDocument: 4, inCorpus: 132, documents: 4, documentsTotal: 5 },
    coMentions: [
      { name: 'Russia', count: 40 },
      { name: 'China', count: 22 },
    ],
    links: LINKS,
    ...over,
  };
}

const ours = (t: string): boolean => t.startsWith('command:policyAnnotator.') || t.startsWith('https://www.wikidata.org/wiki/Q');

describe('entity relations', () => {
  it('groups outgoing and incoming relations by type, in catalog order', () => {
    assert.deepEqual(outgoingRelations(asean), [
      { type: 'member-of', ids: ['eas', 'rcep'] },
      { type: 'dialogue-partner-of', ids: ['sco'] },
    ]);
    assert.deepEqual(new IncomingRelations(all).of('asean'), [{ type: 'member-of', ids: members.map((m) => m.id) }]);
    assert.deepEqual(new IncomingRelations(all).of('nobody'), []);
  });

  it('groups ten thousand incoming relations, repeats dropped, in catalog order, once per entity', () => {
    const hub = entity('hub', 'Hub', { kind: 'institution', type: 'bloc' });
    const many = Array.from({ length: 10_000 }, (_, i) =>
      entity(`m${i}`, `M ${i}`, {
        relations: [
          { type: 'member-of', target: 'hub' },
          ...(i % 3 === 0
            ? [
                { type: 'observer-of', target: 'hub' },
                { type: 'member-of', target: 'hub' },
              ]
            : []),
        ],
      }),
    );
    const incoming = new IncomingRelations([hub, ...many]);
    const groups = incoming.of('hub');
    assert.deepEqual(
      groups.map((g) => g.type),
      ['member-of', 'observer-of'],
    );
    assert.equal(groups[0].ids.length, 10_000);
    assert.deepEqual(groups[0].ids.slice(0, 3), ['m0', 'm1', 'm2']);
    assert.equal(groups[0].ids[9_999], 'm9999');
    assert.equal(new Set(groups[0].ids).size, 10_000, 'no repeats');
    assert.deepEqual(
      groups[1].ids,
      many.filter((_, i) => i % 3 === 0).map((m) => m.id),
    );
    assert.equal(incoming.of('hub'), groups, 'kept for the next hover');
    assert.deepEqual(outgoingRelations(many[0]), [
      { type: 'member-of', ids: ['hub'] },
      { type: 'observer-of', ids: ['hub'] },
    ]);
  });

  it('reads relation types from both ends', () => {
    assert.equal(outgoingLabel('dialogue-partner-of'), 'dialogue partner of');
    assert.equal(incomingLabel('member-of'), 'members');
    assert.equal(incomingLabel('allied-with'), '← allied with');
    assert.equal(incomingLabel('constructor'), '← constructor');
  });
});

describe('hover card markdown', () => {
  const md = hoverCardMarkdown(input(asean));
  const text = unescapeMarkdown(md);

  it('shows name, kind, type, description and aliases', () => {
    assert.ok(md.startsWith('**ASEAN** · institution · organisation  \n4 mentions in this document'), md);
    assert.ok(text.includes('Association of ten Southeast Asian states.  \nFounded 1967.'), text);
    assert.ok(text.includes('*also written* Asean  \n'), 'aliases once each, not the name');
    const many = entity('m', 'M', { aliases: ['A', 'B', 'C', 'D', 'E'].map((a) => ({ text: a, ignoreCase: false })) });
    assert.ok(unescapeMarkdown(hoverCardMarkdown(input(many))).includes(`*also written* A, B, C and ${5 - ALIAS_CAP} more`));
  });

  it('names relation targets, grouped, with incoming ones capped on one line', () => {
    assert.ok(text.includes('*member of* East Asia Summit, RCEP  \n*dialogue partner of* SCO  \n'), text);
    const shown = members
      .slice(0, INCOMING_CAP)
      .map((m) => m.name)
      .join(', ');
    assert.ok(text.includes(`*members* (10): ${shown} and ${10 - INCOMING_CAP} more  \n`), text);
    const types = ['a-of', 'b-of', 'c-of', 'd-of', 'e-of'];
    assert.ok(types.length > INCOMING_TYPES);
    const many = unescapeMarkdown(hoverCardMarkdown(input(asean, { incoming: types.map((type) => ({ type, ids: ['sco'] })) })));
    assert.ok(many.includes('*← a of* (1): SCO · *← b of* (1): SCO · 3 other relation types  \n'), many);
  });

  it('gives the counts and the co-mentions', () => {
    assert.ok(text.includes('4 mentions in this document · 132 in the corpus · in 4 of 5 documents'), text);
    assert.ok(text.includes('*same sentence as* Russia (40), China (22)'), text);
    assert.ok(
      unescapeMarkdown(
        hoverCardMarkdown(input(asean, { counts: { inDocument: 1, inCorpus: 1, documents: 1, documentsTotal: 1 } })),
      ).includes('1 mention in this document · 1 in the corpus · in 1 of 1 document'),
    );
  });

  it('links to the commands with their arguments and to Wikidata', () => {
    const targets = linkTargets(md);
    assert.deepEqual(
      targets.map((t) => t.split('?')[0]),
      ['command:policyAnnotator.showMentions', 'command:policyAnnotator.revealInTree', 'https://www.wikidata.org/wiki/Q7768'],
    );
    assert.deepEqual(JSON.parse(decodeURIComponent(targets[0].split('?')[1])), ['asean']);
    assert.ok(
      md.includes('[Reveal in tree](command:policyAnnotator.revealInTree?%5B%22asean%22%5D "Reveal in the Institutions tree")'),
      md,
    );
    assert.deepEqual(linkTargets(md.split('\n\n')[0]), targets, 'the links stay in view, right under the counts');
  });

  it('says which date the document was read as of, where it came from, and when the entity existed', () => {
    const md = hoverCardMarkdown(
      input(entity('west-germany', 'West Germany', { period: { from: 19490101, until: 19901003 } }), {
        documentDate: { day: 19850701, text: '1985', source: 'file name' },
      }),
    );
    assert.ok(md.includes('*existed* 1949–1990\\-10\\-03'), md);
    assert.match(md, /\*document dated\* 1985 \\\(file name\\\)$/);
    const undated = (datedNames: boolean): string => hoverCardMarkdown(input(entity('x', 'X'), { datedNames }));
    assert.match(undated(true), /\*undated document\*: names that hold only for a period are not read here/);
    assert.doesNotMatch(undated(false), /undated/, 'nothing to say when the catalog has no dated names');
  });

  it('leaves out what an entity lacks, and links no malformed QID', () => {
    const bare = hoverCardMarkdown(input(entity('x', 'X', { wikidata: 'Q1) [y](javascript:alert(1)' }), { coMentions: [], links: [] }));
    assert.equal(unescapeMarkdown(bare), '**X** · actor · state  \n4 mentions in this document · 132 in the corpus · in 4 of 5 documents');
    assert.deepEqual(linkTargets(bare), []);
  });

  it('keeps a huge entity to a short card with its links in view; the catalog keeps the full text', () => {
    const longName = `The ${'Very '.repeat(2_000)}Long Union`; // 10,014 characters
    const aliases = Array.from({ length: 815 }, (_, i) => ({ text: `Alias ${i} ${'x'.repeat(10_000)}`, ignoreCase: false }));
    const relations = Array.from({ length: 40 }, (_, i) => ({ type: `kind-${i}-of-${'y'.repeat(5_000)}`, target: 'sco' }));
    const huge = entity('huge', longName, {
      description: `${'A long sentence. '.repeat(3_000)}\n`.repeat(20),
      aliases,
      relations,
      type: 't'.repeat(10_000),
    });
    const card = hoverCardMarkdown(input(huge, { coMentions: [{ name: longName, count: 3 }] }));
    const [head, description, facts] = card.split('\n\n');
    const text = unescapeMarkdown(card);
    assert.deepEqual(linkTargets(head), linkTargets(card), 'every link is in the head');
    const title = unescapeMarkdown(head.split('  \n')[0]);
    assert.match(title, /^\*\*The Very Very .*Very…\*\* · actor · t+…$/);
    assert.ok(title.length < TITLE_CHARS + 100, `title of ${title.length} characters`);
    assert.ok(unescapeMarkdown(description).length < DESCRIPTION_CHARS + 60, `description of ${description.length} characters`);
    const left = /^A long sentence\. .*… \*\((\d+) more characters in the catalog\)\*$/.exec(unescapeMarkdown(description));
    assert.ok(left && Number(left[1]) > (huge.description?.length ?? 0) - DESCRIPTION_CHARS, description.slice(-80));
    assert.ok(text.includes(`and ${815 - ALIAS_CAP} more  \n`), 'the count of the aliases left out');
    assert.match(text, new RegExp(`and ${40 - OUTGOING_TYPES} other relation types`));
    for (const line of unescapeMarkdown(facts).split('  \n')) {
      assert.ok(line.length < 4 * NAME_CHARS + 100, `a line of ${line.length} characters: ${line.slice(0, 80)}`);
    }
    assert.ok(card.length < 6_000, `card of ${card.length} characters`);
    assert.equal(huge.name, longName, 'the entity itself is not changed');
  });

  it('renders every field of a hostile entity as literal text', () => {
    const evil = (i: number): string => HOSTILE[i % HOSTILE.length];
    const target = entity('t', evil(0));
    const hostile = entity(evil(1), evil(2), {
      kind: evil(3) as Entity['kind'],
      type: evil(4),
      description: HOSTILE.join('\n'),
      wikidata: evil(5),
      aliases: HOSTILE.map((text) => ({ text, ignoreCase: false })),
      relations: [
        { type: evil(6), target: 't' },
        { type: evil(7), target: 'missing ](command:x)' },
      ],
    });
    const names = new Map([['t', target.name]]);
    const card = hoverCardMarkdown({
      ...input(hostile),
      nameOf: (id) => names.get(id),
      incoming: [{ type: evil(8), ids: ['t'] }],
      coMentions: HOSTILE.map((name, count) => ({ name, count })),
      links: [{ label: evil(9), command: 'policyAnnotator.showMentions', args: [evil(10)], title: evil(11) }],
    });
    assert.deepEqual(liveMarkupProblems(card, ours), [], card);
    assert.equal(linkTargets(card).length, 1, 'only the command link');
    for (const t of HOSTILE) assert.ok(unescapeMarkdown(card).includes(t.split('\n')[0]), `${t} is shown as text`);
  });
});
