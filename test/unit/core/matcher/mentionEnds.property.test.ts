// The scanner's line and column of each mention's start and end are the editor's positions of its
// offsets: checked against LineIndex (the reference: line starts, then a binary search) on random
// texts with LF, CRLF, lone CR, a BOM, surrogate pairs and names wrapped over line breaks.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { scanDocument } from '../../../../src/core/matcher/documentScanner';
import { LineIndex } from '../../../../src/core/text/lineIndex';
import { SCANNER_SEPARATORS, SCANNER_WORDS, scannerMatcher, wordTexts } from '../../helpers/scannerTexts';

const matcher = scannerMatcher;
const body = wordTexts(SCANNER_WORDS, SCANNER_SEPARATORS);
const text = fc
  .tuple(fc.boolean(), fc.constantFrom('', '\n', '\r\n', '\r', ' '), body)
  .map(([bom, lead, t]) => (bom ? '\ufeff' : '') + lead + t);

interface Positions {
  start: [number, number];
  end: [number, number];
}

function scanned(t: string): Positions[] {
  return [...scanDocument(matcher, t).mentions].map((m) => ({ start: [m.line, m.column], end: [m.endLine, m.endColumn] }));
}

function expected(t: string): Positions[] {
  const lines = new LineIndex(t);
  const at = (offset: number): [number, number] => {
    const p = lines.position(offset);
    return [p.line, p.character];
  };
  return [...scanDocument(matcher, t).mentions].map((m) => ({ start: at(m.start), end: at(m.end) }));
}

describe('mention start and end positions (fast-check)', () => {
  it("are the editor positions of the start and end offsets, and the line count is the text's", () => {
    fc.assert(
      fc.property(text, (t) => {
        assert.deepEqual(scanned(t), expected(t), JSON.stringify(t));
        assert.equal(scanDocument(matcher, t).lineCount, new LineIndex(t).lineCount, JSON.stringify(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('end on a later line for a name wrapped over a line break (CRLF, lone CR, indented)', () => {
    const t = '\ufeffThe United\r\n   Nations met.\rThe ASEAN\rRegional\n\tForum and 𝒳\r\nClub 😀.';
    const list = scanDocument(matcher, t).mentions;
    assert.deepEqual(
      [...list].map((m) => [t.slice(m.start, m.end), m.line, m.column, m.endLine, m.endColumn]),
      [
        ['United\r\n   Nations', 0, 5, 1, 10],
        ['ASEAN\rRegional\n\tForum', 2, 4, 4, 6],
        ['𝒳\r\nClub', 4, 11, 5, 4],
      ],
    );
  });

  it('count a character outside the BMP as two columns, as the editor does', () => {
    const t = '𝒳 Café 𝒳 Group and Việt Nam';
    const [cafe, vn] = [...scanDocument(matcher, t).mentions];
    assert.deepEqual([cafe.column, cafe.endColumn], [3, 16]);
    assert.deepEqual([vn.column, vn.endColumn], [21, 29]);
  });
});
