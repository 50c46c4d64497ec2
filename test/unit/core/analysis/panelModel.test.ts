import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { buildPanelModel, indexPanelDocuments, pairUnits, type PanelDocument } from '../../../../src/core/analysis/panelModel';
import { CorpusIndex } from '../../../../src/core/index/corpusIndex';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { scanDocument } from '../../../../src/core/matcher/documentScanner';
import { layeredCatalogFile } from '../../helpers/sampleCatalog';

describe('analysis: the panel model', () => {
  const matcher = compileMatcher(layeredCatalogFile(path.join(__dirname, '..', '..', '..', '..', 'corpus', 'entities.yaml')));
  const texts: Array<[string, string, number | undefined, Record<string, string | number>]> = [
    [
      'a.txt',
      'Russia and ASEAN agreed. China objected. Russia and ASEAN again.\n\nRussia and China met. ASEAN waited.',
      20010924,
      { genre: 'speech' },
    ],
    ['b.txt', 'ASEAN and China talked. Russia was absent.', 20150601, { genre: 'report' }],
    ['c.txt', 'Russia, Russia, Russia.', undefined, {}],
  ];
  const docs: PanelDocument[] = texts.map(([id, text, day, attrs]) => ({
    id,
    mentions: scanDocument(matcher, text).mentions,
    day,
    attributes: new Map(Object.entries({ path: id, ...attrs })),
  }));
  const ids = (m: ReturnType<typeof buildPanelModel>): string[] => m.entities.map((e) => e.id);

  it('shows the most mentioned entities, their pairs by unit and their mentions per year', () => {
    const model = buildPanelModel(docs, matcher.entities, { unit: 'sentence', top: 3, where: '' });
    assert.deepEqual(ids(model), ['russia', 'asean', 'china'], 'Russia 7, ASEAN 4, China 3');
    assert.deepEqual(
      model.entities.map((e) => [e.mentions, e.documents]),
      [
        [7, 3],
        [4, 2],
        [3, 2],
      ],
    );
    const pair = (a: string, b: string) => model.pairs.find((p) => ids(model)[p.a] === a && ids(model)[p.b] === b);
    assert.deepEqual(
      [pair('russia', 'asean')?.nA, pair('russia', 'asean')?.nB, pair('russia', 'asean')?.nAB],
      [5, 4, 2],
      'c.txt adds one sentence with Russia',
    );
    assert.deepEqual(
      model.years.map((y) => [y.year, y.documents, ...y.counts]),
      [
        [2001, 1, 3, 3, 2],
        [2015, 1, 1, 1, 1],
      ],
    );
    assert.equal(model.undated, 1);
    assert.equal(model.documents, 3);
  });

  it('keeps only the documents the filter keeps, and says why a filter that does not parse was not applied', () => {
    const speech = buildPanelModel(docs, matcher.entities, { unit: 'document', top: 2, where: 'genre=speech' });
    assert.deepEqual(
      [speech.documents, speech.allDocuments, ids(speech).join()],
      [1, 3, 'asean,russia'],
      'a tie (3 mentions each) in id order',
    );
    const broken = buildPanelModel(docs, matcher.entities, { unit: 'document', top: 2, where: 'genre=' });
    assert.match(broken.filterError ?? '', /column 7: expected a value/);
    assert.equal(broken.documents, 3);
  });

  it('lists the units behind a cell, from the first mention of the pair to the last', () => {
    const russia = matcher.entities.findIndex((e) => e.id === 'russia');
    const china = matcher.entities.findIndex((e) => e.id === 'china');
    const units = pairUnits(docs, russia, china, { unit: 'sentence', top: 3, where: '' });
    assert.deepEqual(
      units.map((u) => [u.document, texts.find((t) => t[0] === u.document)![1].slice(u.start, u.end)]),
      [['a.txt', 'Russia and China']],
    );
    assert.equal(pairUnits(docs, russia, china, { unit: 'paragraph', top: 3, where: '' }).length, 3, 'both paragraphs of a.txt and b.txt');
    assert.equal(pairUnits(docs, russia, china, { unit: 'document', top: 3, where: 'genre=report' }).length, 1);
  });

  it("reads the index's documents with their attributes: listed fields, path, date and year", () => {
    const index = new CorpusIndex(matcher);
    index.setDocument('file:///w/a.txt', texts[0][1], { day: 20010924, text: '2001-09-24', source: 'file name' });
    index.setDocument('file:///w/gone.txt', 'Russia.');
    const listed = new Map([['a.txt', { genre: 'speech', nested: { no: 1 } }]]);
    const read = [...indexPanelDocuments(index, (id) => (id.endsWith('gone.txt') ? undefined : id.slice('file:///w/'.length)), listed)];
    assert.deepEqual(
      read.map((d) => [d.id, d.day, d.mentions.length, Object.fromEntries(d.attributes)]),
      [['file:///w/a.txt', 20010924, 8, { genre: 'speech', path: 'a.txt', date: '2001-09-24', year: 2001 }]],
      'a document without a path is left out',
    );
  });
});
