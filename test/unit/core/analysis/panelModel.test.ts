import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import {
  buildPanelModel,
  DEFAULT_PANEL_OPTIONS,
  indexPanelDocuments,
  panelOptions,
  type PanelDocument,
  type PanelModel,
} from '../../../../src/core/analysis/panelModel';
import { pairUnits } from '../../../../src/core/analysis/panelUnits';
import { CorpusIndex } from '../../../../src/core/index/corpusIndex';
import { passageEntities } from '../../../../src/core/export/passageEntities';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { scanDocument } from '../../../../src/core/matcher/documentScanner';
import { layeredCatalogFile } from '../../helpers/sampleCatalog';

describe('analysis: the panel model', () => {
  const matcher = compileMatcher(layeredCatalogFile(path.join(__dirname, '..', '..', '..', '..', 'corpus', 'entities.yaml')));
  const A = 'Russia and ASEAN agreed. China objected. Russia and ASEAN again.\n\nRussia and China met. ASEAN waited.';
  const B = 'ASEAN and China talked. Russia was absent.';
  // Passages: [start, end, codes]. In a.txt the second overlaps the first ("ASEAN agreed.").
  const texts: Array<[string, string, number | undefined, Record<string, string>, Array<[number, number, string[]]>]> = [
    [
      'a.txt',
      A,
      20010924,
      { genre: 'speech' },
      [
        [0, 24, ['pivot', 'trade']],
        [11, 40, ['trade']],
      ],
    ],
    ['b.txt', B, 20150601, { genre: 'report' }, [[0, 23, ['pivot']]]],
    ['c.txt', 'Russia, Russia, Russia.', undefined, {}, []],
  ];
  const docs: PanelDocument[] = texts.map(([id, text, day, attrs, passages]) => {
    const scanned = scanDocument(matcher, text);
    const inside = passageEntities(scanned.mentions, matcher.entities);
    return {
      id,
      mentions: scanned.mentions,
      day,
      attributes: new Map(Object.entries({ path: id, ...attrs })),
      words: scanned.words,
      passages: passages.map(([start, end, codes]) => ({ start, end, codes, entities: inside(start, end) })),
    };
  });
  const names = {
    entities: matcher.entities,
    codes: [
      { id: 'trade', name: 'Trade' },
      { id: 'pivot', name: 'Pivot' },
      { id: 'unused', name: 'Unused' },
    ],
  };
  const ids = (items: PanelModel['rows']): string[] => items.map((e) => e.id);
  const pair = (model: PanelModel, a: string, b: string) =>
    model.pairs.find((p) => model.rows[p.a].id === a && model.cols[p.b].id === b) ??
    model.pairs.find((p) => model.rows[p.a].id === b && model.cols[p.b].id === a);
  const counts = (model: PanelModel, a: string, b: string): number[] => {
    const p = pair(model, a, b);
    return p ? [p.nA, p.nB, p.nAB] : [];
  };
  const options = (o: Partial<typeof DEFAULT_PANEL_OPTIONS>) => panelOptions({ ...DEFAULT_PANEL_OPTIONS, ...o });

  it('shows the most mentioned entities, their pairs by unit and their mentions per year', () => {
    const model = buildPanelModel(docs, names, options({ top: 3 }));
    assert.deepEqual(ids(model.rows), ['russia', 'asean', 'china'], 'Russia 7, ASEAN 4, China 3');
    assert.ok(model.symmetric && model.cols === model.rows);
    assert.deepEqual(
      model.rows.map((e) => [e.count, e.documents]),
      [
        [7, 3],
        [4, 2],
        [3, 2],
      ],
    );
    const p = pair(model, 'russia', 'asean');
    assert.deepEqual([p?.nA, p?.nB, p?.nAB], [5, 4, 2], 'c.txt adds one sentence with Russia');
    assert.deepEqual(
      model.groups.map((g) => [g.group, g.documents, ...g.counts]),
      [
        ['2001', 1, 3, 3, 2],
        ['2015', 1, 1, 1, 1],
      ],
    );
    assert.equal(model.ungrouped, 1, 'c.txt is undated');
    assert.equal(model.documents, 3);
    assert.deepEqual(model.attributes, ['genre', 'path'], 'what documents can be grouped by (path: by document)');
  });

  it('groups by an attribute, with the words of each group for rates per 10,000 words', () => {
    const model = buildPanelModel(docs, names, options({ top: 3, groupBy: 'genre' }));
    assert.deepEqual(
      model.groups.map((g) => [g.group, g.documents, g.words, ...g.counts]),
      [
        ['report', 1, 7, 1, 1, 1],
        ['speech', 1, 16, 3, 3, 2],
      ],
      'a.txt has 16 words, b.txt 7; c.txt has no genre',
    );
    assert.equal(model.ungrouped, 1);
  });

  it('counts codes with codes by passage and by runs of overlapping passages', () => {
    const byPassage = buildPanelModel(docs, names, options({ of: 'codes', unit: 'passage' }));
    assert.deepEqual(ids(byPassage.rows), ['pivot', 'trade'], 'two passages each (a tie in id order); unused codes are not shown');
    assert.deepEqual(
      byPassage.rows.map((r) => [r.name, r.count, r.documents]),
      [
        ['Pivot', 2, 2],
        ['Trade', 2, 1],
      ],
    );
    assert.deepEqual(counts(byPassage, 'pivot', 'trade'), [2, 2, 1]);
    assert.equal(Math.round(pair(byPassage, 'pivot', 'trade')!.c * 1000) / 1000, 0.333, 'c = 1 / (2 + 2 - 1)');
    assert.equal(byPassage.units, 3);
    const byRun = buildPanelModel(docs, names, options({ of: 'codes', unit: 'overlap' }));
    assert.deepEqual(counts(byRun, 'pivot', 'trade'), [2, 1, 1], "a.txt's two passages overlap: one run holding both codes");
    assert.equal(pair(byRun, 'pivot', 'trade')!.c, 0.5);
    assert.deepEqual(
      byPassage.groups.map((g) => [g.group, ...g.counts]),
      [
        ['2001', 1, 2],
        ['2015', 1, 0],
      ],
      'passages of each code per year',
    );
  });

  it('counts codes with the entities mentioned inside their passages', () => {
    const model = buildPanelModel(docs, names, options({ of: 'codes-entities', unit: 'passage' }));
    assert.equal(model.symmetric, false);
    assert.deepEqual(ids(model.rows), ['pivot', 'trade']);
    assert.deepEqual(ids(model.cols), ['asean', 'china', 'russia'], 'ASEAN in 3 passages, China 2, Russia 1');
    assert.deepEqual(counts(model, 'pivot', 'asean'), [2, 3, 2]);
    assert.deepEqual(counts(model, 'trade', 'russia'), [2, 1, 1]);
    assert.deepEqual(counts(model, 'pivot', 'china'), [2, 2, 1]);
    assert.equal(model.pairs.length, 6);
  });

  it('keeps only the documents the filter keeps, and says why a filter that does not parse was not applied', () => {
    const speech = buildPanelModel(docs, names, options({ unit: 'document', top: 2, where: 'genre=speech' }));
    assert.deepEqual(
      [speech.documents, speech.allDocuments, ids(speech.rows).join()],
      [1, 3, 'asean,russia'],
      'a tie (3 mentions each) in id order',
    );
    const broken = buildPanelModel(docs, names, options({ unit: 'document', top: 2, where: 'genre=' }));
    assert.match(broken.filterError ?? '', /column 7: expected a value/);
    assert.equal(broken.documents, 3);
  });

  it('makes options consistent: a unit of the kind of count, items within bounds, a group', () => {
    assert.deepEqual(panelOptions({ of: 'codes', unit: 'sentence', top: 1000, where: 'x=1', groupBy: ' ' }), {
      of: 'codes',
      unit: 'passage',
      top: 300,
      where: 'x=1',
      groupBy: 'year',
    });
    assert.deepEqual(panelOptions({ of: 'nonsense' as never, top: Number.NaN }), DEFAULT_PANEL_OPTIONS);
  });

  it('lists the units behind a cell: mentions from the first of the pair to the last, or the passages', () => {
    const russia = matcher.entities.findIndex((e) => e.id === 'russia');
    const china = matcher.entities.findIndex((e) => e.id === 'china');
    const text = (id: string): string => texts.find((t) => t[0] === id)![1];
    const units = pairUnits(docs, { a: russia, b: china }, options({ unit: 'sentence' }));
    assert.deepEqual(
      units.map((u) => [u.document, text(u.document).slice(u.start, u.end)]),
      [['a.txt', 'Russia and China']],
    );
    assert.equal(pairUnits(docs, { a: russia, b: china }, options({ unit: 'paragraph' })).length, 3, 'both paragraphs of a.txt and b.txt');
    assert.equal(pairUnits(docs, { a: russia, b: china }, options({ unit: 'document', where: 'genre=report' })).length, 1);
    const coded = pairUnits(docs, { a: 'pivot', b: 'trade' }, options({ of: 'codes', unit: 'overlap' }));
    assert.deepEqual(
      coded.map((u) => [u.document, u.start, u.end, u.line]),
      [['a.txt', 0, 40, undefined]],
      'the run of both passages',
    );
    const withEntity = pairUnits(docs, { a: 'pivot', b: 'china' }, options({ of: 'codes-entities', unit: 'passage' }));
    assert.deepEqual(
      withEntity.map((u) => [u.document, text(u.document).slice(u.start, u.end)]),
      [['b.txt', 'ASEAN and China talked.']],
    );
  });

  it("reads the index's documents with their attributes: listed fields, path, date and year", () => {
    const index = new CorpusIndex(matcher);
    index.setDocument('file:///w/a.txt', A, { day: 20010924, text: '2001-09-24', source: 'file name' });
    index.setDocument('file:///w/gone.txt', 'Russia.');
    const listed = new Map([['a.txt', { genre: 'speech', nested: { no: 1 } }]]);
    const read = [...indexPanelDocuments(index, (id) => (id.endsWith('gone.txt') ? undefined : id.slice('file:///w/'.length)), listed)];
    assert.deepEqual(
      read.map((d) => [d.id, d.day, d.mentions.length, d.words, Object.fromEntries(d.attributes)]),
      [['file:///w/a.txt', 20010924, 8, 16, { genre: 'speech', path: 'a.txt', date: '2001-09-24', year: 2001 }]],
      'a document without a path is left out',
    );
  });
});
