// Text cut to fit where it is shown (hover cards, labels, contexts, table cells): within the limit
// in code points, ellipsis included, at a word end when one is near, never in the middle of a
// surrogate pair, never showing a bidirectional control, with how much was left out of a block.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { ELLIPSIS, shortened, shortenedBlock, withoutBidiControls } from '../../../../src/core/text/shortText';

const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const points = (text: string): number => [...text].length;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('shortText', () => {
  it('leaves text within the limit as it is', () => {
    assert.equal(shortened('ASEAN', 5), 'ASEAN');
    assert.equal(shortened('', 3), '');
    assert.deepEqual(shortenedBlock('One.\nTwo.', 100, 2), { text: 'One.\nTwo.', omitted: 0 });
    assert.deepEqual(shortenedBlock('One.\n\n', 100, 1), { text: 'One.', omitted: 0 }, 'trailing blank lines are nothing left out');
  });

  it('cuts a long name to the limit, ellipsis included, at a word end when one is near', () => {
    const name = "Joint Declaration by the Russian Federation and the People's Republic of China on the Coordination";
    const short = shortened(name, 40);
    assert.equal(short, 'Joint Declaration by the Russian…');
    assert.ok(short.length <= 40);
    assert.equal(shortened('x'.repeat(10_000), 150), `${'x'.repeat(149)}…`, 'a name without spaces is cut where it must be');
    assert.equal(shortened('abc, def', 6), 'abc…', 'no separator before the ellipsis');
  });

  it('never splits a character outside the basic plane', () => {
    const flags = '🇷🇺'.repeat(20);
    const short = shortened(flags, 9);
    assert.ok(short.endsWith('…'));
    assert.equal([...short].length, 9, 'eight code points and the ellipsis');
    assert.equal(short.length, 17, 'eight whole surrogate pairs and the ellipsis');
    assert.doesNotMatch(short, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/, 'no lone high surrogate');
    assert.equal(shortened(`ab${'😀'.repeat(5)}`, 4), 'ab😀…', 'a character outside the basic plane counts one');
    assert.equal(shortened('😀'.repeat(4), 4), '😀'.repeat(4), 'four code points fit in four, though they are eight units');
  });

  it('keeps a description to its first lines and characters and counts what was left out', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `Line ${i}.`);
    const text = lines.join('\n');
    const byLines = shortenedBlock(text, 10_000, 3);
    assert.equal(byLines.text, 'Line 0.\nLine 1.\nLine 2.…');
    assert.equal(byLines.omitted, text.length - 'Line 0.\nLine 1.\nLine 2.'.length);
    const words = 'word '.repeat(2_000);
    const byChars = shortenedBlock(words, 600, 10);
    assert.ok(byChars.text.length <= 600, `${byChars.text.length} characters`);
    assert.ok(byChars.text.endsWith('word…'), byChars.text.slice(-20));
    assert.equal(byChars.omitted, words.trimEnd().length - (byChars.text.length - 1));
  });

  it('counts the limit in code points, the ellipsis included: max exactly fits, one more is cut', () => {
    assert.equal(shortened('abcdef', 6), 'abcdef');
    assert.equal(shortened('abcdefg', 6), 'abcde…');
    assert.equal(shortened('é'.normalize('NFD').repeat(3), 6), 'é'.normalize('NFD').repeat(3), 'combining marks are code points too');
    assert.equal(shortened('😀'.repeat(6), 6), '😀'.repeat(6));
    assert.equal(shortened('😀'.repeat(7), 6), `${'😀'.repeat(5)}…`);
    assert.equal(shortened('abc', 1), '…');
    assert.equal(shortened('abc', 0), '');
  });

  it('drops every bidirectional control, from short text and cut text alike', () => {
    assert.equal(shortened(`ab\u202Ecd\u2066e\u200Ff\u061C`, 10), 'abcdef');
    for (const control of BIDI) assert.equal(withoutBidiControls(`a${control}b`), 'ab', `U+${control.charCodeAt(0).toString(16)}`);
    assert.equal(shortened(`${'\u202E'.repeat(50)}abcdefgh`, 5), 'abcd…', 'controls do not count towards the limit');
    assert.equal(shortened(`abcdefgh${'\u2067'.repeat(50)}`, 8), 'abcdefgh');
    assert.equal(shortened(`x${'\u200F'.repeat(5000)}yz`, 3), 'xyz', 'however many controls stand in the way');
    assert.equal(withoutBidiControls('\u200B\u200D\u00AD'), '\u200B\u200D\u00AD', 'other invisible characters are not bidi controls');
  });

  it('ends at a word boundary only when the word cut into is short enough', () => {
    assert.equal(shortened('alpha beta gamma', 12), 'alpha beta…', 'the partial "g" goes (1 of 11)');
    assert.equal(shortened('alpha betagamma', 12), 'alpha betag…', 'the partial word is too long to drop at the default 0.2');
    assert.equal(shortened('alpha betagamma', 12, { wordBoundary: 0.6 }), 'alpha…', 'at 0.6 it may drop six of eleven');
    assert.equal(shortened('alpha beta gamma', 12, { wordBoundary: 0 }), 'alpha beta…', 'a space before the ellipsis never shows');
    assert.equal(shortened('alpha betagamma', 12, { wordBoundary: 0 }), 'alpha betag…');
    assert.equal(shortened('abcdefghijklmnop', 8, { wordBoundary: 1 }), 'abcdefg…', 'no boundary: cut inside the word');
    assert.equal(shortened('alpha beta gamma', 11), 'alpha beta…', 'the next character is a space: nothing to back off');
  });

  it('keeps the end instead of the start when asked, the ellipsis first', () => {
    assert.equal(shortened('the relations between ASEAN and ', 12, { keepEnd: true, wordBoundary: 1 }), '…ASEAN and ');
    assert.equal(shortened('abcdefghijklmnop', 5, { keepEnd: true }), '…mnop');
    assert.equal(shortened(`ab${'😀'.repeat(5)}`, 4, { keepEnd: true }), `…${'😀'.repeat(3)}`);
    assert.equal(shortened('one, two, three', 8, { keepEnd: true, wordBoundary: 0 }), '…three', 'no separator after the ellipsis');
    assert.equal(
      shortened('abcdefghijklmnopqrstuvwxyz0123 ', 25, { keepEnd: true, wordBoundary: 1 }),
      '…hijklmnopqrstuvwxyz0123 ',
      'a space only at the kept end is no boundary',
    );
  });

  it('keeps to the limit, keeps a prefix (or suffix) of the text, and never splits a pair or shows a control', () => {
    const piece = fc.constantFrom('a', 'word', ' ', '  ', ',', '-', '😀', '🇷🇺', 'é', '\n', ...BIDI);
    const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), fc.constantFrom(0, 0.2, 0.4, 1), fc.boolean(), (t, max, wordBoundary, keepEnd) => {
        const short = shortened(t, max, { wordBoundary, keepEnd });
        const shown = withoutBidiControls(t);
        assert.ok(points(short) <= max, `${points(short)} code points for ${max}`);
        assert.doesNotMatch(short, loneSurrogate);
        assert.equal(withoutBidiControls(short), short);
        if (points(shown) <= max) assert.equal(short, shown);
        else if (keepEnd) assert.ok(short.startsWith(ELLIPSIS) && shown.endsWith(short.slice(1)), short);
        else assert.ok(short.endsWith(ELLIPSIS) && shown.startsWith(short.slice(0, -1)), short);
      }),
      { numRuns: 3000 },
    );
  });

  it('counts what a block leaves out in code points, without bidi controls', () => {
    const block = shortenedBlock(`\u202e${'😀'.repeat(20)}`, 10, 5);
    assert.equal(block.text, `${'😀'.repeat(9)}…`);
    assert.equal(block.omitted, 11);
  });
});
