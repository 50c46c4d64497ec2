// The scanner counts the words of the running text as it goes (for rates per 10,000 words): the
// same number as wordCount over the text after any front matter, on random texts with many-word
// names (whose later words the scanner jumps over), possessives, surrogate pairs, CRLF and a BOM,
// and on the sample corpus.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { wordCount } from '../../../../src/core/analysis/distribution';
import { frontMatterLength } from '../../../../src/core/catalog/documentDates';
import { scanDocument, UNDATED } from '../../../../src/core/matcher/documentScanner';
import { SCANNER_SEPARATORS, SCANNER_WORDS, scannerMatcher, wordTexts } from '../../helpers/scannerTexts';

const matcher = scannerMatcher;
const body = wordTexts([...SCANNER_WORDS, 'U.S.', "ASEAN's", '42', 'a_b'], [...SCANNER_SEPARATORS, '-', "'", '—']);
const text = fc
  .tuple(fc.boolean(), fc.constantFrom('', '---\ngenre: memo\ndate: 2020-01-02\n---\n', '---\ntitle: United Nations\n---\r\n'), body)
  .map(([bom, front, t]) => (bom ? '\ufeff' : '') + front + t);

function expected(t: string): number {
  return wordCount(t.slice(frontMatterLength(t)));
}

describe('words counted by the scanner (fast-check)', () => {
  it("are wordCount's of the text after its front matter", () => {
    fc.assert(
      fc.property(text, (t) => {
        assert.equal(scanDocument(matcher, t, UNDATED, frontMatterLength(t)).words, expected(t), JSON.stringify(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('count each word of a many-word name once', () => {
    const t = 'The United Nations General Assembly met the ASEAN Regional Forum.';
    const scanned = scanDocument(matcher, t);
    assert.equal(scanned.mentions.length, 2, 'both names are mentions');
    assert.equal(scanned.words, 10);
  });

  it('agree on every document of the sample corpus', () => {
    const folder = path.join(__dirname, '../../../../corpus');
    const documents = fs.readdirSync(folder).filter((f) => /\.(txt|md)$/.test(f));
    assert.ok(documents.length >= 5);
    for (const file of documents) {
      const t = fs.readFileSync(path.join(folder, file), 'utf8');
      assert.equal(scanDocument(matcher, t, UNDATED, frontMatterLength(t)).words, expected(t), file);
    }
  });
});
