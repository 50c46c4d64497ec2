import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { LineIndex } from '../../../../src/core/text/lineIndex';
import { shortened, withoutBidiControls } from '../../../../src/core/text/shortText';

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

  it('cuts the context on code points and shows no bidirectional control', () => {
    const text = `${'😀 '.repeat(20)}\u202eRussia\u202c${' 🇷🇺'.repeat(20)}`;
    const start = text.indexOf('\u202e');
    const ctx = new LineIndex(text).context(start, text.indexOf('\u202c') + 1, 10);
    assert.deepEqual(ctx, { before: '…😀 😀 😀 😀 😀 ', match: 'Russia', after: ' 🇷🇺 🇷🇺 🇷🇺…' });
  });

  it('cuts the context of a mention in one very long line to its width, far from the line ends', () => {
    const filler = 'The delegates of many states met in the capital again. ';
    const head = filler.repeat(20_000);
    const text = `${head}Moscow and  \t Jakarta travelled\u00a0\u00a0together ${filler.repeat(20_000)}`;
    const start = head.length;
    const ctx = new LineIndex(text).context(start, start + 'Moscow'.length, 24);
    assert.deepEqual(ctx, { before: '…in the capital again. ', match: 'Moscow', after: ' and Jakarta travelled…' });
  });

  it('gives the same context as tidying the whole line, whatever the whitespace around the mention', () => {
    // The reference: the whole line before and after the mention tidied, then cut (the behaviour
    // before the window, on lines short enough for it to be cheap).
    const reference = (text: string, start: number, end: number, width: number): string[] => {
      const index = new LineIndex(text);
      const lineOf = (o: number): number => index.position(o).line;
      const lineStart = start - index.position(start).character;
      const lineEnd = end - index.position(end).character + index.lineText(lineOf(end)).length;
      const tidy = (s: string): string => withoutBidiControls(s).replace(/\s+/g, ' ');
      const before = shortened(tidy(text.slice(lineStart, start)).trimStart(), width + 1, { keepEnd: true, wordBoundary: 1 });
      const after = shortened(tidy(text.slice(end, Math.max(end, lineEnd))).trimEnd(), width + 1, { wordBoundary: 1 });
      return [before, after];
    };
    const piece = fc.constantFrom(
      'a',
      'word',
      'Moscow',
      ' ',
      '   ',
      '\t',
      '\u00a0',
      ' '.repeat(150),
      'x'.repeat(90),
      '\n',
      '\r\n',
      '😀',
      '\u202e',
      '\u2066'.repeat(40),
    );
    const text = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(12), fc.integer({ min: 1, max: 60 }), (t, at, length, width) => {
        const start = t.length === 0 ? 0 : at % t.length;
        const end = Math.min(t.length, start + length);
        const ctx = new LineIndex(t).context(start, end, width);
        assert.deepEqual([ctx.before, ctx.after], reference(t, start, end, width));
      }),
      { numRuns: 2000 },
    );
  });

  it('turns a position back into its offset (offsetAt), clamping one past its line or the text', () => {
    const text = '\ufeffab\r\ncd\ref\n\ngh';
    const lines = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      // Offsets inside a CRLF pair have no position of their own.
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
      assert.equal(lines.offsetAt(lines.position(offset)), offset, `offset ${offset}`);
    }
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), 3, 'end of line 0, before its CRLF');
    assert.equal(lines.offsetAt({ line: 99, character: 1 }), text.length - 1);
    assert.equal(lines.offsetAt({ line: -1, character: -1 }), 0);
  });
});
