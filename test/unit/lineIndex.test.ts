import { strict as assert } from 'node:assert';
import { LineIndex } from '../../src/core/lineIndex';

describe('LineIndex', () => {
  it('finds line and character for LF, CRLF and lone CR line ends', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.position(0), { line: 0, character: 0 });
    assert.deepEqual(index.position(text.indexOf('d')), { line: 1, character: 1 });
    assert.deepEqual(index.position(text.indexOf('f')), { line: 2, character: 1 });
    assert.deepEqual(index.position(text.indexOf('h')), { line: 3, character: 1 });
    assert.deepEqual(index.position(text.length), { line: 3, character: 2 });
    assert.deepEqual(index.position(999), { line: 3, character: 2 }, 'clamped to the end');
    assert.equal(index.lineText(1), 'cd');
    assert.equal(index.lineText(2), 'ef');
  });

  it('counts characters in UTF-16 code units, as the editor does', () => {
    const text = '😀 Russia';
    assert.deepEqual(new LineIndex(text).position(text.indexOf('R')), { line: 0, character: 3 });
  });

  it('gives a mention its line as context, cut at words and marked where cut', () => {
    const text = 'Intro line\nThe long road that Moscow and Jakarta travelled together over the last decades of the century.\nNext';
    const start = text.indexOf('Moscow');
    const ctx = new LineIndex(text).context(start, start + 'Moscow'.length, 12);
    assert.equal(ctx.match, 'Moscow');
    assert.equal(ctx.before, '…road that ');
    assert.equal(ctx.after, ' and Jakarta…');
  });

  it('keeps a mention that wraps over a line break on one label line', () => {
    const text = 'members of the ASEAN\nRegional Forum met.';
    const start = text.indexOf('ASEAN');
    const ctx = new LineIndex(text).context(start, text.indexOf(' met'));
    assert.deepEqual(ctx, { before: 'members of the ', match: 'ASEAN Regional Forum', after: ' met.' });
  });
});
