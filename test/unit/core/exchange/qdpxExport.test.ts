// The REFI-QDA export from plain data: a project valid against the official schema (validateQde),
// positions in code points over the exported text (astral characters, CRLF with a BOM), GUIDs
// stable and an annotation's UUID kept, the archive byte-identical on a second export, the
// unanchored choice, and a data-loss report that names what is lost.
import { strict as assert } from 'node:assert';
import { exportQdpx, qdeReportLines } from '../../../../src/core/exchange/qdpxExport';
import { sourceGuid } from '../../../../src/core/exchange/qdeBuild';
import { validateQde } from '../../../../src/node/qdeValidation';
import { QUOTE, REPORT } from '../../helpers/anchoring';
import { codePointSlice, exportFixture, type FixtureAnnotation } from '../../helpers/exportFixtures';
import { child, doc, elements, parseXml, qdeInput, unzipText } from '../../helpers/qdeFixtures';

const ID = '159721DD-8C48-49EB-B858-1F46F4496AD3';
const NOTE = 'Line one\r\nline two\twith <b>bold</b> & "quotes" and a bell \u0007 🎉';
const CHAIR = "For ASEAN and this year's chair, Malaysia";
const TRADE = 'Russia accounts for less than one per cent';
const ORIGINAL = `🇲🇾 𝔸SEAN notes 😀\n\n${REPORT}`;
const EDITED = ORIGINAL.replace(/Trade remains modest:[^\n]*\n\n/, '');
const CRLF_BOM = `\uFEFF${ORIGINAL.replace(/\n/g, '\r\n')}`;
const ANNOTATIONS: FixtureAnnotation[] = [
  { id: ID, quote: QUOTE, codes: ['engagement', 'trade'], note: NOTE, author: 'Ana', created: '2025-03-01T14:05:00Z' },
  { id: 'c', quote: CHAIR, entities: ['russia'], author: 'Bo', created: '2025-03-02', modified: '2025-13-02T10:00' },
  { id: 't', quote: TRADE, codes: ['trade', 'not-in-book'], author: 'Ana', modified: '2025-03-04T09:30+0200' },
];

function records(): ReturnType<typeof exportFixture> {
  return [
    ...exportFixture(ORIGINAL, ANNOTATIONS, ORIGINAL, 'a.txt'),
    ...exportFixture(ORIGINAL, ANNOTATIONS, EDITED, 'edited.txt'),
    ...exportFixture(ORIGINAL, ANNOTATIONS, CRLF_BOM, 'crlf.txt'),
    ...exportFixture(ORIGINAL, ANNOTATIONS.slice(0, 1), undefined, 'gone.txt'),
  ];
}

/** The code point range of `quote` in ORIGINAL (what the sidecar stores). */
function storedPlace(quote: string): [number, number] {
  const start = [...ORIGINAL.slice(0, ORIGINAL.indexOf(quote))].length;
  return [start, start + [...quote].length];
}

const DOCUMENTS = [doc('edited.txt', EDITED), doc('a.txt', ORIGINAL), doc('crlf.txt', CRLF_BOM)];

describe('exportQdpx (REFI-QDA project from plain data)', () => {
  it('writes a project the official schema accepts, with every part in place', async () => {
    const file = exportQdpx(qdeInput(DOCUMENTS, records()));
    const validation = await validateQde(file.xml);
    assert.deepEqual(validation.problems, []);
    assert.equal(validation.valid, true);
    const root = parseXml(file.xml);
    assert.deepEqual(
      root.children.map((c) => c.name),
      ['Users', 'CodeBook', 'Sources', 'Notes'],
    );
    assert.deepEqual(
      elements(root, 'User').map((u) => u.attributes.name),
      ['Ana', 'Bo'],
    );
    const codes = elements(root, 'Code').map((c) => `${c.attributes.name}:${c.attributes.isCodable}`);
    assert.deepEqual(codes, ['Stance:true', 'Hedging:true', 'Engagement, not endorsement:true', 'Trade:true', 'not-in-book:true']);
    assert.deepEqual(
      elements(root, 'TextSource').map((s) => [s.attributes.name, s.attributes.plainTextPath]),
      ['a.txt', 'crlf.txt', 'edited.txt'].map((p) => [p, `internal://${sourceGuid(p)}.txt`]),
    );
  });

  it('counts positions in code points over the exported text (astral characters, CRLF and a BOM normalised)', () => {
    const file = exportQdpx(qdeInput(DOCUMENTS, records()));
    const zip = unzipText(file.bytes);
    const root = parseXml(file.xml);
    const quotes = [QUOTE, CHAIR, TRADE];
    for (const source of elements(root, 'TextSource')) {
      const text = zip.get(`sources/${sourceGuid(source.attributes.name)}.txt`)!;
      assert.ok(!text.includes('\r') && !text.startsWith('\uFEFF'), 'LF only, no BOM');
      const found = elements(source, 'PlainTextSelection').map((s) =>
        codePointSlice(text, Number(s.attributes.startPosition), Number(s.attributes.endPosition)),
      );
      // The orphan kept in the edited text sits at its stored place, which now holds other words.
      const expected = source.attributes.name === 'edited.txt' ? [QUOTE, CHAIR, codePointSlice(text, ...storedPlace(TRADE))] : quotes;
      assert.deepEqual(found.sort(), [...expected].sort(), source.attributes.name);
    }
    // UTF-16 offsets would be off by the astral characters before the quote.
    const first = elements(root, 'PlainTextSelection').find((s) => s.attributes.guid === ID.toLowerCase())!;
    assert.equal(Number(first.attributes.startPosition), [...ORIGINAL.slice(0, ORIGINAL.indexOf(QUOTE))].length);
    assert.notEqual(Number(first.attributes.startPosition), ORIGINAL.indexOf(QUOTE));
  });

  it('keeps the UUID of an annotation as its selection GUID once; codings, users, dates and the note in place', () => {
    const file = exportQdpx(qdeInput(DOCUMENTS, records()));
    const root = parseXml(file.xml);
    const selections = elements(root, 'PlainTextSelection');
    assert.equal(selections.filter((s) => s.attributes.guid === ID.toLowerCase()).length, 1);
    assert.equal(new Set(selections.map((s) => s.attributes.guid)).size, selections.length);
    const q = selections.find((s) => s.attributes.guid === ID.toLowerCase())!;
    const ana = elements(root, 'User').find((u) => u.attributes.name === 'Ana')!.attributes.guid;
    assert.deepEqual([q.attributes.creatingUser, q.attributes.creationDateTime], [ana, '2025-03-01T14:05:00Z']);
    assert.equal(elements(q, 'Coding').length, 2);
    assert.ok(elements(q, 'Coding').every((c) => elements(c, 'CodeRef').length === 1));
    const noteGuid = child(q, 'NoteRef')!.attributes.targetGUID;
    const note = elements(root, 'Note').find((n) => n.attributes.guid === noteGuid)!;
    // The parser gives back the very characters, the bell replaced (XML 1.0 cannot carry it).
    assert.equal(child(note, 'PlainTextContent')!.text, NOTE.replace('\u0007', '\uFFFD'));
    const c = selections.find((s) => s.attributes.creationDateTime === '2025-03-02T00:00:00')!;
    assert.equal(c.attributes.modifiedDateTime, undefined, 'month 13 is left out');
    assert.equal(elements(c, 'Coding').length, 0);
    const t = selections.find((s) => s.attributes.modifiedDateTime === '2025-03-04T09:30:00+02:00');
    assert.ok(t);
  });

  it('is deterministic: the same bytes on a second export, whatever the order of the input', () => {
    const a = exportQdpx(qdeInput(DOCUMENTS, records()));
    const b = exportQdpx(qdeInput([...DOCUMENTS].reverse(), records()));
    assert.ok(Buffer.from(a.bytes).equals(Buffer.from(b.bytes)));
    // Zip times have no zone: the same bytes in another time zone too.
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      assert.notEqual(new Date(0).getHours(), 0);
      assert.ok(Buffer.from(exportQdpx(qdeInput(DOCUMENTS, records())).bytes).equals(Buffer.from(a.bytes)));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    assert.deepEqual(
      [...unzipText(a.bytes).keys()],
      ['project.qde', ...['a.txt', 'crlf.txt', 'edited.txt'].map((p) => `sources/${sourceGuid(p)}.txt`).sort()],
    );
  });

  it('keeps unanchored annotations at their last known place, or leaves them out, and reports each', async () => {
    const kept = exportQdpx(qdeInput(DOCUMENTS, records(), { unanchored: 'keep' }));
    const omitted = exportQdpx(qdeInput(DOCUMENTS, records(), { unanchored: 'omit' }));
    assert.equal((await validateQde(omitted.xml)).valid, true);
    assert.deepEqual([kept.report.counts.annotations, omitted.report.counts.annotations], [9, 8]);
    const kinds = (r: typeof kept.report) => new Map(r.losses.map((l) => [l.kind, l]));
    assert.deepEqual(kinds(kept.report).get('unanchored-kept')?.examples, ['edited.txt#t (orphaned)']);
    assert.deepEqual(kinds(omitted.report).get('unanchored-omitted')?.examples, ['edited.txt#t (orphaned)']);
    // The orphan kept sits at its stored place, which in the edited text now holds other words.
    const edited = parseXml(kept.xml).children[2].children.find((s) => s.attributes.name === 'edited.txt')!;
    assert.equal(elements(edited, 'PlainTextSelection').length, 3);
    const losses = kinds(kept.report);
    assert.deepEqual(losses.get('document-missing')?.examples, [`gone.txt#${ID}`]);
    assert.deepEqual(losses.get('code-not-in-codebook')?.examples, ['not-in-book']);
    assert.equal(losses.get('entities')?.count, 3);
    assert.equal(losses.get('no-codes')?.count, 3);
    assert.equal(losses.get('date-only')?.count, 3);
    assert.equal(losses.get('bad-timestamp')?.count, 3);
    assert.equal(losses.get('xml-chars')?.count, 3);
    assert.equal(losses.get('not-uuid')?.count, 6);
    assert.deepEqual(losses.get('uuid-repeated')?.examples, [`crlf.txt#${ID}`, `edited.txt#${ID}`]);
    const lines = qdeReportLines(kept.report).join('\n');
    assert.match(lines, /1 annotation left out: the sidecar's document is not in the corpus/);
    assert.match(lines, /edited\.txt#t \(orphaned\)/);
  });
});
