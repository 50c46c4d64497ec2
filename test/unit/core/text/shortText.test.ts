// Catalog text cut for a hover card: within the limit, at a word end when one is near, never in
// the middle of a surrogate pair, with an ellipsis and how much was left out.
import * as assert from 'node:assert/strict';
import { shortened, shortenedBlock } from '../../../../src/core/text/shortText';

describe('shortText', () => {
  it('leaves text within the limit as it is', () => {
    assert.equal(shortened('ASEAN', 5), 'ASEAN');
    assert.equal(shortened('', 3), '');
    assert.deepEqual(shortenedBlock('One.\nTwo.', 100, 2), { text: 'One.\nTwo.', omitted: 0 });
    assert.deepEqual(shortenedBlock('One.\n\n', 100, 1), { text: 'One.', omitted: 0 }, 'trailing blank lines are nothing left out');
  });

  it('cuts a long name to the limit, ellipsis included, at a word end when one is near', () => {
    const name = 'Joint Declaration by the Russian Federation and the People\'s Republic of China on the Coordination';
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
    assert.equal(short.length, 9, 'eight units of whole pairs and the ellipsis');
    assert.doesNotMatch(short, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/, 'no lone high surrogate');
    assert.equal(shortened(`ab${'😀'.repeat(5)}`, 4), 'ab…', 'backs off a pair that does not fit');
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
});
