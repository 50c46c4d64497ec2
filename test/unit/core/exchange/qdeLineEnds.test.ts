// How a tool counted CRLF in a source's positions (core/exchange/qdeLineEnds.ts): decided by the
// quotes tools write as the selection's name; two characters when nothing can tell.
import { strict as assert } from 'node:assert';
import { readSourceText } from '../../../../src/core/exchange/qdeLineEnds';

const TEXT = 'First line.\r\nSecond line holds the passage here.\r\nThird.\r\n';
const at = (quote: string, crlfAs: 1 | 2): { start: number; end: number } => {
  const text = crlfAs === 2 ? TEXT : TEXT.replace(/\r\n/g, '\n');
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
};
const slice = (raw: string, s: ReturnType<typeof readSourceText>, start: number, end: number): string =>
  raw.slice(s.rawOf(start), s.rawOf(end));

describe('readSourceText (CRLF counted as one or two)', () => {
  it('takes the reading whose slices match the quotes, shortened quotes included', () => {
    const two = readSourceText(TEXT, [{ ...at('holds the passage', 2), name: 'holds the passage' }]);
    assert.equal(two.reading, 'two');
    const one = readSourceText(TEXT, [
      { ...at('holds the passage', 1), name: 'holds the passage' },
      { ...at('Second line holds', 1), name: 'Second line…' },
    ]);
    assert.equal(one.reading, 'one');
    assert.match(one.said, /^CRLF counted as one character \(2 of 2 quoted selections agree; the other reading: 1\)$/);
    const { start, end } = at('holds the passage', 1);
    assert.equal(slice(TEXT, one, start, end), 'holds the passage');
  });

  it('assumes two characters when no selection names its text, and says so', () => {
    const s = readSourceText(TEXT, [{ ...at('Third', 2) }, { ...at('Second', 2), name: 'A' }]);
    assert.equal(s.reading, 'two');
    assert.match(s.said, /assumed: no selection names its text/);
    assert.equal(slice(TEXT, s, at('Third', 2).start, at('Third', 2).end), 'Third');
    assert.equal(s.length, [...TEXT].length);
  });

  it('never counts a byte order mark, and counts code points (not UTF-16 units) beyond the BMP', () => {
    const raw = '\uFEFF😀 emoji\r\nthen text';
    const s = readSourceText(raw, [{ start: 2, end: 7, name: 'emoji' }]);
    assert.equal(slice(raw, s, 2, 7), 'emoji');
    assert.equal(s.reading, 'two');
    assert.equal(readSourceText('\uFEFFno line ends', []).said, 'no CRLF line ends');
  });
});
