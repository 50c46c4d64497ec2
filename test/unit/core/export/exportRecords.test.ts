// Export records: each annotation re-anchored against the current text, with lines, code paths
// and the entities mentioned inside the passage; orphans kept; positions in code points.
import { strict as assert } from 'node:assert';
import { exportCode, type ExportRecord } from '../../../../src/core/export';
import { normaliseText } from '../../../../src/core/text/textOffsets';
import { QUOTE, REPORT } from '../../helpers/anchoring';
import { codePointSlice, exportFixture, fixtureCodebook, type FixtureAnnotation } from '../../helpers/exportFixtures';

const CHAIR = "For ASEAN and this year's chair, Malaysia";
const CUT = "ASEAN and this year's chair, Malay";
const ACROSS = 'which was itself the message.\n\nFor ASEAN';
const TRADE = 'Russia accounts for less than one per cent';
const REWORDED = 'Whether the relationship deepens will depend less on summits';

const ANNOTATIONS: FixtureAnnotation[] = [
  {
    id: 'q',
    quote: QUOTE,
    codes: ['engagement', 'trade'],
    note: 'see [x](command:foo) <script>',
    author: 'Ana',
    created: '2025-03-01T14:05:00Z',
  },
  { id: 'c', quote: CHAIR, entities: ['russia', 'malaysia'] },
  { id: 'cut', quote: CUT, codes: ['not-in-codebook'] },
  { id: 'a', quote: ACROSS },
  { id: 't', quote: TRADE, codes: ['trade'], entities: ['moscow'] },
  { id: 'r', quote: REWORDED },
];

/** Records of a sidecar written for REPORT, exported against `text` (undefined: no document). */
function exportAgainst(text: string | undefined, annotations = ANNOTATIONS): ExportRecord[] {
  return exportFixture(REPORT, annotations, text);
}

const byId = (records: ExportRecord[]): Map<string, ExportRecord> => new Map(records.map((r) => [r.id, r]));

/** Every anchored place holds, in the normalised text, exactly the code points it claims. */
function assertPlacesHold(records: ExportRecord[], raw: string): void {
  const normalised = normaliseText(raw);
  for (const r of records)
    if (r.anchored) assert.equal(codePointSlice(normalised, r.anchored.start, r.anchored.end), r.anchored.text, r.id);
}

describe('export records', () => {
  it('gives every annotation its stored and anchored positions, lines, codes and fields', () => {
    const records = exportAgainst(REPORT);
    assert.deepEqual(
      records.map((r) => r.id),
      ANNOTATIONS.map((a) => a.id),
      'one record per annotation, in sidecar order',
    );
    const q = byId(records).get('q')!;
    const at = REPORT.indexOf(QUOTE);
    assert.deepEqual(q.stored, { start: at, end: at + QUOTE.length });
    assert.deepEqual(q.anchored, { start: at, end: at + QUOTE.length, startLine: 5, endLine: 5, text: QUOTE });
    assert.deepEqual(
      [q.status, q.storedStatus, q.document, q.sidecar],
      ['anchored', 'anchored', 'notes/report.txt', 'notes/report.txt.annotations.yaml'],
    );
    assert.deepEqual(
      [q.note, q.author, q.created, q.modified],
      ['see [x](command:foo) <script>', 'Ana', '2025-03-01T14:05:00Z', undefined],
    );
    assert.deepEqual(q.codes, [
      { id: 'engagement', name: 'Engagement, not endorsement', path: 'Stance / Hedging / Engagement, not endorsement' },
      { id: 'trade', name: 'Trade', path: 'Trade' },
    ]);
    assert.deepEqual(byId(records).get('cut')!.codes, [{ id: 'not-in-codebook', name: '', path: '' }]);
    const across = byId(records).get('a')!.anchored!;
    assert.deepEqual([across.startLine, across.endLine, across.text], [3, 5, ACROSS], 'a passage over a blank line spans lines 3 to 5');
    assertPlacesHold(records, REPORT);
  });

  it('lists the entities mentioned wholly inside the passage after the linked ones, each once', () => {
    const records = byId(exportAgainst(REPORT));
    const chair = records.get('c')!;
    assert.deepEqual(
      [chair.linkedEntities, chair.mentionedEntities, chair.entities],
      [
        ['russia', 'malaysia'],
        ['asean', 'malaysia'],
        ['russia', 'malaysia', 'asean'],
      ],
    );
    assert.deepEqual(records.get('cut')!.mentionedEntities, ['asean'], "'Malaysia' cut by the passage's end does not count");
    assert.deepEqual(records.get('t')!.entities, ['moscow', 'russia']);
    assert.deepEqual(records.get('q')!.entities, []);
  });

  it('follows a passage that moved, keeps an orphan without a place and flags a reworded passage', () => {
    const edited = REPORT.replace(
      "For ASEAN and this year's chair",
      "A new paragraph, inserted by a later edit.\n\nFor ASEAN and this year's chair",
    )
      .replace(/Trade remains modest:[^\n]*\n\n/, '')
      .replace(REWORDED, 'Whether the relationship deepens will rest less on summit talks');
    const records = byId(exportAgainst(edited));
    const q = records.get('q')!;
    const at = edited.indexOf(QUOTE);
    assert.deepEqual([q.status, q.anchored?.start, q.anchored?.startLine, q.stored?.start], ['anchored', at, 7, REPORT.indexOf(QUOTE)]);
    const t = records.get('t')!;
    assert.deepEqual([t.status, t.anchored, t.mentionedEntities, t.entities, t.quote], ['orphaned', undefined, [], ['moscow'], TRADE]);
    const r = records.get('r')!;
    assert.equal(r.status, 'needs-review');
    assert.notEqual(r.anchored?.text, REWORDED, 'the anchored text is what the document holds now');
    assert.equal(r.quote, REWORDED, 'the stored quote is exported unchanged');
    assertPlacesHold([...records.values()], edited);
  });

  it('orphans every annotation of a missing document, none left out', () => {
    const records = exportAgainst(undefined);
    assert.deepEqual(
      records.map((r) => [r.id, r.status, r.anchored]),
      ANNOTATIONS.map((a) => [a.id, 'orphaned', undefined]),
    );
    assert.deepEqual(records[1].entities, ['russia', 'malaysia']);
  });

  it('gives the same positions, lines and entities for the document re-saved with CRLF and a BOM', () => {
    const lf = exportAgainst(REPORT);
    const crlf = exportAgainst(`\uFEFF${REPORT.replace(/\n/g, '\r\n')}`);
    assert.deepEqual(crlf, lf);
  });

  it('counts code points: an emoji before the passage moves it by one position each', () => {
    const text = `😀😀 ${REPORT}`;
    const records = exportAgainst(text);
    for (const r of records) {
      assert.equal(r.anchored!.start, r.stored!.start + 3, r.id);
      assert.equal(r.anchored!.text, r.quote, r.id);
    }
    assertPlacesHold(records, text);
  });

  it('names a code by its path even when the codebook loops back on itself', () => {
    const codes = new Map(fixtureCodebook().byId);
    codes.set('stance', { ...codes.get('stance')!, parent: 'engagement' });
    assert.equal(exportCode(codes, 'engagement').path, 'Stance / Hedging / Engagement, not endorsement');
    assert.deepEqual(exportCode(codes, 'trade'), { id: 'trade', name: 'Trade', path: 'Trade' });
  });
});
