// W3C Web Annotation export: a valid AnnotationCollection (checked by a structural validator),
// positions in code points that select the quote, notes kept as plain text.
import { strict as assert } from 'node:assert';
import { annotationIri, folderBase, pathIri, w3cCollection, w3cExport, xsdDateTime, type ExportRecord } from '../../../../src/core/export';
import { QUOTE, REPORT } from '../../helpers/anchoring';
import { exportFixture, fixtureCatalog, type FixtureAnnotation } from '../../helpers/exportFixtures';
import { W3cValidator } from '../../helpers/w3cValidator';

const BASE = 'https://example.org/corpus/';
const UUID = '3F1C2A9E-8D4B-4F6A-9C2E-1A2B3C4D5E6F';
const NOTE = 'see [x](command:foo) and <script>alert(1)</script>';
const ANNOTATIONS: FixtureAnnotation[] = [
  {
    id: UUID,
    quote: QUOTE,
    codes: ['engagement', 'trade'],
    note: NOTE,
    author: 'Ana',
    created: '2025-03-01T14:05+0100',
    modified: '2025-03-02',
  },
  { id: 'chair 1', quote: "For ASEAN and this year's chair, Malaysia" },
  { id: 'gone', quote: 'Trade remains modest', note: 'only a note' },
  { id: 'reworded', quote: 'Whether the relationship deepens will depend less on summits' },
];
const EDITED = `\uFEFF😀${REPORT}`
  .replace('Trade remains modest', 'Commerce is small')
  .replace('depend less on summits', 'rest less on summit talks')
  .replace(/\n/g, '\r\n');

function collection(
  text: string,
  base: string | undefined,
): { json: Record<string, unknown>; items: Array<Record<string, unknown>>; records: ExportRecord[] } {
  const records = exportFixture(REPORT, ANNOTATIONS, text);
  const catalog = fixtureCatalog();
  const json = JSON.parse(w3cExport(records, { base, label: 'corpus', entity: (id) => catalog.byId.get(id) })) as Record<string, unknown>;
  const items = ((json.first as Record<string, unknown> | undefined)?.items ?? []) as Array<Record<string, unknown>>;
  return { json, items, records };
}

describe('export W3C Web Annotation', () => {
  it('is a valid AnnotationCollection whose position selectors select the quote in code points', () => {
    for (const text of [REPORT, EDITED]) {
      const { json, items } = collection(text, BASE);
      const validator = new W3cValidator(new Map([[`${BASE}notes/report.txt`, text]])).collection(json);
      assert.deepEqual(validator.problems, []);
      assert.equal(items.length, ANNOTATIONS.length, 'orphans are exported too');
    }
  });

  it('has a validator that sees a shifted position, a wrong term and a missing field', () => {
    const texts = new Map([[`${BASE}notes/report.txt`, REPORT]]);
    const broken = (change: (a: Record<string, unknown>) => void): string[] => {
      const { json, items } = collection(REPORT, BASE);
      change(items[0]);
      return new W3cValidator(texts).collection(json).problems;
    };
    const selectors = (a: Record<string, unknown>): Array<Record<string, number>> =>
      (a.target as { selector: Array<Record<string, number>> }).selector;
    assert.match(
      broken((a) => {
        selectors(a)[1].start += 1;
      }).join(),
      /the position selects exact/,
    );
    assert.match(
      broken((a) => {
        a.motivation = 'tag';
      }).join(),
      /motivation/,
    );
    assert.match(
      broken((a) => {
        delete a.id;
      }).join(),
      /id is an IRI/,
    );
    assert.match(
      broken((a) => {
        a.created = '2025-03-01';
      }).join(),
      /xsd:dateTime/,
    );
  });

  it('maps codes, note, entities, creator and dates to their Web Annotation terms', () => {
    const [tagged, chair] = collection(REPORT, BASE).items;
    assert.equal(tagged.id, `urn:uuid:${UUID.toLowerCase()}`);
    assert.equal(tagged.motivation, 'tagging');
    assert.deepEqual(tagged.creator, { type: 'Person', name: 'Ana' });
    assert.equal(tagged.created, '2025-03-01T14:05:00+01:00');
    assert.equal(tagged.modified, undefined, 'a date without a time is no xsd:dateTime');
    assert.deepEqual(tagged.body, [
      { type: 'TextualBody', purpose: 'tagging', value: 'engagement' },
      { type: 'TextualBody', purpose: 'tagging', value: 'trade' },
      { type: 'TextualBody', purpose: 'commenting', value: NOTE, format: 'text/plain' },
    ]);
    assert.equal(chair.id, `${BASE}notes/report.txt.annotations.yaml#chair%201`);
    assert.equal(chair.motivation, 'highlighting');
    assert.deepEqual(chair.body, [
      { type: 'SpecificResource', purpose: 'identifying', source: 'http://www.wikidata.org/entity/Q7768' },
      { type: 'TextualBody', purpose: 'identifying', value: 'Malaysia', format: 'text/plain' },
    ]);
  });

  it('keeps only the quote selector when the passage is orphaned or no longer holds the quote', () => {
    const { items, records } = collection(EDITED, BASE);
    const selectorTypes = items.map((a) => (a.target as { selector: Array<{ type: string }> }).selector.map((s) => s.type));
    assert.deepEqual(
      records.map((r) => r.status),
      ['anchored', 'anchored', 'orphaned', 'needs-review'],
    );
    assert.deepEqual(selectorTypes, [
      ['TextQuoteSelector', 'TextPositionSelector'],
      ['TextQuoteSelector', 'TextPositionSelector'],
      ['TextQuoteSelector'],
      ['TextQuoteSelector'],
    ]);
    assert.equal(items[2].motivation, 'commenting');
    const position = (items[0].target as { selector: Array<{ start: number }> }).selector[1];
    assert.equal(position.start, REPORT.indexOf(QUOTE) + 1, 'the emoji counts once; the BOM and CRs not at all');
  });

  it('gives an empty folder a collection without pages, and relative references without a base', () => {
    const empty = w3cCollection([], { base: BASE, label: 'empty' });
    assert.deepEqual(new W3cValidator().collection(empty).problems, []);
    assert.equal(empty.first, undefined);
    const { json, items } = collection(REPORT, undefined);
    assert.equal(json.id, '#annotations');
    assert.equal((items[0].target as { source: string }).source, 'notes/report.txt');
  });

  it('builds IRIs: encoded path segments, a base that names a folder, urn:uuid only for UUIDs', () => {
    assert.equal(pathIri('a b/ü#1:x.txt', BASE), `${BASE}a%20b/%C3%BC%231%3Ax.txt`);
    assert.equal(pathIri('a b/x.txt', undefined), 'a%20b/x.txt');
    assert.equal(folderBase('https://example.org/corpus'), BASE);
    assert.equal(folderBase('file:///data/my corpus/'), 'file:///data/my%20corpus/');
    assert.throws(() => folderBase('corpus/'), /not an absolute IRI/);
    assert.throws(() => folderBase('https://example.org/c?x=1'), /query or fragment/);
    assert.equal(annotationIri('not-a-uuid', 'x.txt.annotations.yaml', BASE), `${BASE}x.txt.annotations.yaml#not-a-uuid`);
  });

  it('writes sidecar timestamps as xsd:dateTime when they have a time', () => {
    assert.equal(xsdDateTime('2025-03-01T14:05:07.5Z'), '2025-03-01T14:05:07.5Z');
    assert.equal(xsdDateTime('2025-03-01T14:05'), '2025-03-01T14:05:00');
    assert.equal(xsdDateTime('2025-03-01T14:05:00-0530'), '2025-03-01T14:05:00-05:30');
    assert.equal(xsdDateTime('2025-03-01'), undefined);
    assert.equal(xsdDateTime('yesterday'), undefined);
    assert.equal(xsdDateTime(undefined), undefined);
  });
});
