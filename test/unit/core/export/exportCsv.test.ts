// CSV export: RFC 4180 quoting, a formula guard for cells a spreadsheet would run, one row per
// (annotation, code) pair; read back with an independent CSV parser.
import { strict as assert } from 'node:assert';
import { CSV_COLUMNS, csvCell, csvExport, type ExportRecord } from '../../../../src/core/export';
import { csvRecords, parseCsv } from '../../../support/csv';

function record(over: Partial<ExportRecord>): ExportRecord {
  return {
    document: 'a.txt',
    sidecar: 'a.txt.annotations.yaml',
    id: 'x',
    codes: [],
    quote: 'some words',
    status: 'anchored',
    linkedEntities: [],
    mentionedEntities: [],
    entities: [],
    ...over,
  };
}

describe('export CSV', () => {
  it('puts an apostrophe before every text a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const text = `${start}HYPERLINK("http://x","y")`;
      const cell = csvCell(text);
      assert.equal(parseCsv(`${cell}\n`)[0][0], `'${text}`, JSON.stringify(start));
    }
    assert.equal(csvCell('-5'), "'-5", 'a text that looks like a negative number is still text');
    assert.equal(csvCell('a=b'), 'a=b', 'only the first character matters');
    assert.equal(csvCell(12), '12');
    assert.equal(csvCell(0), '0');
    assert.equal(csvCell(undefined), '');
  });

  it('quotes commas, quotes, line breaks and edge spaces, and doubles quotes', () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "no"'), '"say ""no"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell(' padded'), '" padded"');
    assert.equal(csvCell('plain'), 'plain');
  });

  it('writes one row per code, one row with an empty code for an annotation without codes', () => {
    const text = csvExport([
      record({
        id: 'two',
        codes: [
          { id: 'a', name: 'A', path: 'P / A' },
          { id: 'b', name: 'B', path: 'B' },
        ],
        entities: ['asean', 'russia'],
        anchored: { start: 3, end: 13, startLine: 2, endLine: 2, text: 'some words' },
        stored: { start: 1, end: 11 },
      }),
      record({ id: 'none', status: 'orphaned', storedStatus: 'anchored' }),
    ]);
    const [header] = parseCsv(text);
    assert.deepEqual(header, [...CSV_COLUMNS]);
    const rows = csvRecords(text);
    assert.deepEqual(
      rows.map((r) => [r.annotation, r.code, r.codeName, r.codePath]),
      [
        ['two', 'a', 'A', 'P / A'],
        ['two', 'b', 'B', 'B'],
        ['none', '', '', ''],
      ],
    );
    assert.deepEqual(
      [rows[0].storedStart, rows[0].storedEnd, rows[0].start, rows[0].end, rows[0].startLine, rows[0].endLine, rows[0].entities],
      ['1', '11', '3', '13', '2', '2', 'asean;russia'],
    );
    assert.deepEqual(
      [rows[2].status, rows[2].storedStatus, rows[2].start, rows[2].startLine, rows[2].entities],
      ['orphaned', 'anchored', '', '', ''],
    );
    assert.ok(text.endsWith('\n') && !text.includes('\r'), 'LF line ends');
  });

  it('keeps notes, quotes and names as literal text: links, HTML and formulas are data', () => {
    const note = '=cmd|\'/c calc\'!A1, see [x](command:foo) and <script>alert(1)</script>\n"quoted"';
    const quote = '@SUM(1,2) wrapped\nover two lines';
    const rows = csvRecords(
      csvExport([record({ note, quote, author: '+Ana', codes: [{ id: 'c', name: '-minus', path: 'Top / -minus' }] })]),
    );
    assert.deepEqual(
      [rows[0].note, rows[0].quote, rows[0].author, rows[0].codeName, rows[0].codePath],
      [`'${note}`, `'${quote}`, "'+Ana", "'-minus", 'Top / -minus'],
    );
  });
});
