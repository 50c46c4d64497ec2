// Issue 11: phrases that are never mentions, names whose meaning depends on the document's date,
// and catalogs laid over the catalogs they extend. Every catalog here is real YAML, loaded and
// checked by the core as the editor and the CLI load it.
import { strict as assert } from 'node:assert';
import { buildCatalog, loadCatalog, parseCatalogFile } from '../../../../src/core/catalog/catalogLoader';
import { inPeriod, parseDay, periodLabel, periodsOverlap } from '../../../../src/core/catalog/catalogPeriod';
import { found } from '../../helpers/matching';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';

const codes = (c: { diagnostics: Array<{ code: string; line: number }> }): string[] => c.diagnostics.map((d) => `${d.code}@${d.line}`);

describe('catalog: phrases that are never mentions', () => {
  const catalog = loadCatalog(
    [
      'notMentions:',
      '  - West Bank',
      '  - Latin America',
      '  - Gulf of Guinea',
      'entities:',
      '  - { id: the-west, name: the West, kind: actor, type: group, aliases: [West], notMentions: [West Africa, West Irian] }',
      '  - { id: united-states, name: United States, kind: actor, type: state, aliases: [America, United States of America] }',
      '  - { id: guinea, name: Guinea, kind: actor, type: state }',
      '  - { id: equatorial-guinea, name: Equatorial Guinea, kind: actor, type: state }',
      '  - { id: palestine, name: Palestine, kind: actor, type: state, aliases: [State of Palestine] }',
    ].join('\n'),
    'entities.yaml',
  );

  it('loads without problems', () => {
    assert.deepEqual(codes(catalog), []);
    assert.deepEqual(
      catalog.notMentions.map((p) => `${p.text}:${p.entity ?? '-'}`),
      ['West Bank:-', 'Latin America:-', 'Gulf of Guinea:-', 'West Africa:the-west', 'West Irian:the-west'],
    );
  });

  it('reports no mention inside a phrase, and the alias outside one', () => {
    assert.deepEqual(found(catalog, 'The West hesitated; in the West Bank and in West Africa nothing moved, nor in West Irian.'), [
      'the-west:West',
    ]);
    assert.deepEqual(found(catalog, 'Latin America and America; the United States of America.'), [
      'united-states:America',
      'united-states:United States of America',
    ]);
    assert.deepEqual(found(catalog, 'piracy in the Gulf of Guinea, Guinea and Equatorial Guinea'), [
      'guinea:Guinea',
      'equatorial-guinea:Equatorial Guinea',
    ]);
  });

  it('checks for a phrase running on past a mention only where one can start inside it', () => {
    const m = compileMatcher(catalog);
    const flagged = (text: string): number[] =>
      [...m.aliasEquiv.keys()].filter((a) => m.aliasEquiv[a] === text).map((a) => m.aliasMayBeOverhung[a]);
    assert.deepEqual(flagged('the West'), [1], '"West Bank" can start at its second word');
    assert.deepEqual(flagged('West'), [0], 'no word inside it');
    assert.deepEqual(flagged('Equatorial Guinea'), [0], 'no phrase starts with "guinea" and goes on');
    assert.deepEqual(flagged('United States of America'), [0]);
    assert.deepEqual(
      found(catalog, 'the West Bank and the West'),
      ['the-west:the West'],
      'the flagged alias is still hidden where the phrase runs past it',
    );
  });

  it('hides the alias only where the whole phrase is written, on word boundaries', () => {
    assert.deepEqual(found(catalog, 'West Banking; West, Bank of England'), ['the-west:West', 'the-west:West']);
    assert.deepEqual(found(catalog, "West Bank's settlements, West\nBank"), [], 'a possessive and a wrapped line are the phrase too');
  });

  it('warns of a phrase that contains no name or alias to hide, located, and keeps the rest', () => {
    const c = loadCatalog(
      [
        'notMentions: [Korean Peninsula]',
        'entities:',
        '  - id: the-west',
        '    name: the West',
        '    kind: actor',
        '    type: group',
        '    aliases: [West]',
        '    notMentions: [Latin America, West Bank]',
      ].join('\n'),
      'entities.yaml',
    );
    assert.deepEqual(codes(c), ['phrase-hides-nothing@1', 'phrase-hides-nothing@8']);
    assert.match(c.diagnostics[1].message, /'Latin America' contains no name or alias of 'the-west'/);
    assert.deepEqual(
      c.notMentions.map((p) => p.text),
      ['West Bank'],
    );
    assert.deepEqual(found(c, 'in West Bank towns, and West'), ['the-west:West']);
  });

  it('hides an alias that starts before a phrase and runs into it ("the West" in "the West Bank")', () => {
    assert.deepEqual(found(catalog, 'in the West Bank, not the West; the West\nBank'), ['the-west:the West']);
  });

  it('lets an entity named like a phrase win over the phrase', () => {
    const c = loadCatalog(
      [
        'notMentions: [West Bank]',
        'entities:',
        '  - { id: the-west, name: the West, kind: actor, type: group, aliases: [West] }',
        '  - { id: west-bank, name: West Bank, kind: actor, type: territory }',
      ].join('\n'),
      'entities.yaml',
    );
    assert.deepEqual(found(c, 'in West Bank towns'), ['west-bank:West Bank']);
  });
});

describe('catalog: names whose meaning depends on the date', () => {
  const catalog = loadCatalog(
    [
      'entities:',
      '  - id: west-germany',
      '    name: West Germany',
      '    kind: actor',
      '    type: state',
      '    period: { from: 1949, until: 1990-10-03 }',
      '    aliases:',
      '      - { text: Federal Republic of Germany, from: 1949, until: 1990-10-03 }',
      '      - FRG',
      '  - id: germany',
      '    name: Germany',
      '    kind: actor',
      '    type: state',
      '    iso: DEU',
      '    aliases:',
      '      - { text: Federal Republic of Germany, from: 1990-10-03 }',
      '  - id: soviet-union',
      '    name: Soviet Union',
      '    kind: actor',
      '    type: state',
      '    aliases: [{ text: Moscow, until: 1992 }]',
      '  - id: russia',
      '    name: Russia',
      '    kind: actor',
      '    type: state',
      '    aliases: [{ text: Moscow, from: 1992 }]',
    ].join('\n'),
    'entities.yaml',
  );
  const SENTENCE = 'The Federal Republic of Germany and Moscow signed; the FRG agreed.';

  it('loads two entities sharing a name at different dates without a conflict', () => {
    assert.deepEqual(codes(catalog), []);
    assert.deepEqual(catalog.byId.get('west-germany')?.period, { from: 19490101, until: 19901003 });
    assert.equal(catalog.byId.get('germany')?.iso, 'DEU');
  });

  it("reads a dated name as the entity of the document's date", () => {
    assert.deepEqual(found(catalog, SENTENCE, 19850915), [
      'west-germany:Federal Republic of Germany',
      'soviet-union:Moscow',
      'west-germany:FRG',
    ]);
    assert.deepEqual(found(catalog, SENTENCE, 20050920), ['germany:Federal Republic of Germany', 'russia:Moscow', 'west-germany:FRG']);
    assert.deepEqual(
      found(catalog, SENTENCE, 19901002),
      ['west-germany:Federal Republic of Germany', 'soviet-union:Moscow', 'west-germany:FRG'],
      'the day before unification',
    );
    assert.deepEqual(
      found(catalog, SENTENCE, 19901003),
      ['germany:Federal Republic of Germany', 'soviet-union:Moscow', 'west-germany:FRG'],
      'the day of unification',
    );
  });

  it('reads no dated name in an undated document, nor the shorter names inside it (the undated ones still count)', () => {
    assert.deepEqual(found(catalog, SENTENCE), ['west-germany:FRG']);
  });

  it('reads a name dated at other times as no mention, hiding the names inside it', () => {
    const c = loadCatalog(
      [
        'entities:',
        '  - { id: serbia, name: Serbia, kind: actor, type: state }',
        '  - { id: montenegro, name: Montenegro, kind: actor, type: state }',
        '  - { id: scg, name: State Union of Serbia and Montenegro, kind: actor, type: state, aliases: [{ text: Serbia and Montenegro, from: 2003-02-04, until: 2006-06-05 }] }',
      ].join('\n'),
      'entities.yaml',
    );
    assert.deepEqual(found(c, 'Serbia and Montenegro joined.', 20050101), ['scg:Serbia and Montenegro']);
    assert.deepEqual(found(c, 'Serbia and Montenegro joined.', 20100101), [], 'in 2010 the union is gone: not two states');
    assert.deepEqual(found(c, 'Serbia, and Montenegro.', 20100101), ['serbia:Serbia', 'montenegro:Montenegro']);
  });

  it('reports a name two entities share at overlapping dates, and keeps the first', () => {
    const c = loadCatalog(
      [
        'entities:',
        '  - { id: a, name: A, kind: actor, type: state, aliases: [{ text: Shared, from: 1950, until: 1970 }] }',
        '  - { id: b, name: B, kind: actor, type: state, aliases: [{ text: Shared, from: 1969 }] }',
        '  - { id: c, name: C, kind: actor, type: state, aliases: [Shared] }',
      ].join('\n'),
      'entities.yaml',
    );
    assert.deepEqual(codes(c), ['alias-conflict@3', 'alias-conflict@4']);
    assert.deepEqual(found(c, 'Shared', 19600101), ['a:Shared']);
    assert.deepEqual(found(c, 'Shared', 19750101), []);
  });

  it('reports dates that do not parse and periods that end before they start, located; the entity stays', () => {
    const c = loadCatalog(
      [
        'entities:',
        '  - id: a',
        '    name: A',
        '    kind: actor',
        '    type: state',
        '    period: { from: 1990, until: 1980 }',
        '    aliases:',
        '      - { text: Alpha, from: 1990-13-01 }',
        '      - { text: Aleph, from: "soon" }',
        '    iso: de',
      ].join('\n'),
      'entities.yaml',
    );
    assert.deepEqual(codes(c).sort(), ['bad-date@8', 'bad-date@9', 'bad-iso@10', 'bad-period@6'].sort());
    assert.equal(c.byId.get('a')?.period, undefined);
    assert.deepEqual(found(c, 'A, Alpha and Aleph'), ['a:A', 'a:Alpha', 'a:Aleph'], 'an alias whose date is wrong is read undated');
  });

  it('parses days and compares periods', () => {
    assert.equal(parseDay('1990', 'start'), 19900101);
    assert.equal(parseDay('1990', 'middle'), 19900701);
    assert.equal(parseDay('1990-10', 'start'), 19901001);
    assert.equal(parseDay('2024-02-29', 'start'), 20240229);
    assert.equal(parseDay('2023-02-29', 'start'), undefined);
    assert.equal(parseDay('19901003', 'start'), undefined);
    assert.ok(inPeriod({ from: 19490101, until: 19901003 }, 19901002));
    assert.ok(!inPeriod({ from: 19490101, until: 19901003 }, 19901003));
    assert.ok(periodsOverlap({}, { from: 19900101 }));
    assert.ok(!periodsOverlap({ until: 19920101 }, { from: 19920101 }));
    assert.equal(periodLabel({ from: 19490101, until: 19901003 }), '1949–1990-10-03');
    assert.equal(periodLabel({ until: 19920101 }), 'until 1992');
  });
});

describe('catalog: layers (a workspace catalog over the catalog it extends)', () => {
  const world = parseCatalogFile(
    [
      'notMentions: [West Bank]',
      'entities:',
      '  - id: north-korea',
      '    name: North Korea',
      '    kind: actor',
      '    type: state',
      '    iso: PRK',
      "    aliases: [Democratic People's Republic of Korea, DPRK]",
      '    relations: [{ type: member-of, target: united-nations }]',
      '  - id: south-korea',
      '    name: South Korea',
      '    kind: actor',
      '    type: state',
      '    aliases: [Republic of Korea]',
      '  - { id: united-nations, name: United Nations, kind: institution, type: organisation, aliases: [UN] }',
    ].join('\n'),
    'world.yaml',
  );
  const workspace = parseCatalogFile(
    [
      'extends: world',
      'entities:',
      '  - id: north-korea',
      '    name: North Korea',
      '    kind: actor',
      '    type: state',
      '    description: Visited by Putin in 2024.',
      '    aliases: [Pyongyang, DPRK]',
      '    relations: [{ type: member-of, target: six-party-talks }]',
      '  - { id: six-party-talks, name: Six-Party Talks, kind: institution, type: forum }',
      '  - { id: west, name: the West, kind: actor, type: group, aliases: [West] }',
    ].join('\n'),
    'entities.yaml',
  );

  it('names what it extends', () => {
    assert.deepEqual(
      workspace.extends.map((e) => `${e.name}@${e.line}`),
      ['world@1'],
    );
  });

  it('extends an entity by id: fields replaced, aliases and relations added, nothing reported', () => {
    const catalog = buildCatalog([workspace], [[world]]);
    assert.deepEqual(codes(catalog), []);
    const dprk = catalog.byId.get('north-korea')!;
    assert.equal(dprk.description, 'Visited by Putin in 2024.');
    assert.equal(dprk.iso, 'PRK', 'kept from the world catalog');
    assert.deepEqual(
      dprk.aliases.map((a) => a.text),
      ["Democratic People's Republic of Korea", 'DPRK', 'Pyongyang'],
    );
    assert.deepEqual(
      dprk.relations.map((r) => r.target),
      ['united-nations', 'six-party-talks'],
    );
    assert.equal(dprk.location.file, 'entities.yaml', "Go to Definition opens the analyst's own entry");
    assert.deepEqual(
      catalog.entities.map((e) => e.id),
      ['north-korea', 'south-korea', 'united-nations', 'six-party-talks', 'west'],
    );
    assert.deepEqual(found(catalog, "The Democratic People's Republic of Korea and the Republic of Korea at the UN; the West Bank."), [
      "north-korea:Democratic People's Republic of Korea",
      'south-korea:Republic of Korea',
      'united-nations:UN',
    ]);
  });

  it("keeps an alias the workspace gives with another period than the lower layer's", () => {
    const lower = parseCatalogFile(
      'entities:\n  - { id: yu, name: Yugoslavia (SFRY), kind: actor, type: state, aliases: [{ text: Yugoslavia, until: 1992 }] }\n',
      'world.yaml',
    );
    const upper = parseCatalogFile(
      'extends: world\nentities:\n  - { id: yu, name: Yugoslavia (SFRY), kind: actor, type: state, aliases: [Yugoslavia] }\n',
      'entities.yaml',
    );
    const c = buildCatalog([upper], [[lower]]);
    assert.deepEqual(
      c.byId.get('yu')?.aliases.map((a) => `${a.text}:${a.period?.until ?? '-'}`),
      ['Yugoslavia:19920101', 'Yugoslavia:-'],
    );
    assert.deepEqual(found(c, 'Yugoslavia', 20000101), ['yu:Yugoslavia'], "the analyst's undated alias reads it at any date");
  });

  it('still reports an id declared twice in the same layer', () => {
    const again = parseCatalogFile('entities:\n  - { id: west, name: West again, kind: actor, type: group }\n', 'more.yaml');
    assert.deepEqual(codes(buildCatalog([workspace, again], [[world]])), ['duplicate-id@2']);
  });
});
