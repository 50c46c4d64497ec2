import { strict as assert } from 'node:assert';
import { sentenceSpan } from '../../../../src/core/analysis/sentenceSpan';

/** The sentence around the first occurrence of `match` in `text`. */
function around(text: string, match: string): string {
  const start = text.indexOf(match);
  const span = sentenceSpan(text, start, start + match.length);
  return text.slice(span.start, span.end);
}

describe('analysis: the sentence around a place', () => {
  it('runs from after the previous stop to its own stop', () => {
    const text = 'China objected. Russia and ASEAN agreed! Then? They left.';
    assert.equal(around(text, 'ASEAN'), 'Russia and ASEAN agreed!');
    assert.equal(around(text, 'China'), 'China objected.');
    assert.equal(around(text, 'left'), 'They left.');
  });

  it('does not end at a stop after a one-letter word, nor inside a number or a name', () => {
    const text = 'The U.S. and Russia met on 1.5 tracks. Next.';
    assert.equal(around(text, 'Russia'), 'The U.S. and Russia met on 1.5 tracks.');
  });

  it('stops at a blank line (a paragraph) and at line ends of a wrapped sentence not', () => {
    const text = 'A title without a stop\n\nRussia and\nASEAN met\n\nNext paragraph.';
    assert.equal(around(text, 'ASEAN'), 'Russia and\nASEAN met');
    const crlf = 'Heading\r\n\r\nRussia and ASEAN met. More.';
    assert.equal(around(crlf, 'ASEAN'), 'Russia and ASEAN met.');
  });

  it('keeps the place itself even when it spans a stop, and reaches at most `reach` characters', () => {
    const text = 'x '.repeat(50) + 'Russia';
    const start = text.indexOf('Russia');
    const span = sentenceSpan(text, start, start + 6, 10);
    assert.ok(span.start >= start - 10 && span.end === text.length);
  });
});
