import { strict as assert } from 'node:assert';
import { concordanceLine, contextWord, findPhrase, sortConcordance, type ConcordanceHit } from '../../../../src/core/analysis/concordance';
import { Distribution, per10k, wordCount } from '../../../../src/core/analysis/distribution';

const hitOf = (document: string, text: string, phrase: string, day?: number): ConcordanceHit[] =>
  findPhrase(text, phrase).map(([start, end]) => ({ document, day, start, end, line: 1, column: start + 1 }));

describe('analysis: concordance', () => {
  it('cuts contexts of the width asked, whitespace runs and line breaks shown as one space', () => {
    const text = 'The   long road\nto Moscow and back to\r\n\r\nMoscow again';
    const [first, second] = hitOf('a.txt', text, 'moscow').map((h) => concordanceLine(text, h, 10));
    assert.deepEqual([first.left, first.match, first.right], ['g road to ', 'Moscow', ' and back ']);
    assert.deepEqual([second.left, second.match, second.right], ['d back to ', 'Moscow', ' again']);
  });

  it('counts the width in characters, never splitting an emoji', () => {
    const text = '😀😀😀 x Moscow';
    const [line] = hitOf('a.txt', text, 'Moscow').map((h) => concordanceLine(text, h, 4));
    assert.equal(line.left, '😀 x ');
  });

  it('finds a phrase as whole words in any case, across a line break, never inside a word', () => {
    const text = 'The United\nNations and the united nations; UnitedNations; reunited nations.';
    assert.deepEqual(
      findPhrase(text, 'united nations').map(([s, e]) => text.slice(s, e)),
      ['United\nNations', 'united nations'],
    );
    assert.deepEqual(findPhrase('a (b) c', '(b)'), [[2, 5]], 'punctuation in a phrase is literal');
    assert.throws(() => findPhrase('x', '   '), /empty/);
  });

  it('sorts by the first or second word left or right of the match, then by document and place', () => {
    const lines = [
      ...hitOf('b.txt', 'Zeta said Moscow. Alpha met Moscow, beta.', 'Moscow', 20010101),
      ...hitOf('a.txt', 'then moscow gamma', 'Moscow', 19990101),
      ...hitOf('c.txt', 'Moscow', 'Moscow'),
    ].map((h) =>
      concordanceLine(
        h.document === 'b.txt' ? 'Zeta said Moscow. Alpha met Moscow, beta.' : h.document === 'a.txt' ? 'then moscow gamma' : 'Moscow',
        h,
        20,
      ),
    );
    const order = (by: Parameters<typeof sortConcordance>[1]): string[] =>
      sortConcordance(lines, by).map((l) => `${l.document}@${l.start}`);
    assert.deepEqual(order('document'), ['a.txt@5', 'b.txt@10', 'b.txt@28', 'c.txt@0']);
    assert.deepEqual(order('date'), ['a.txt@5', 'b.txt@10', 'b.txt@28', 'c.txt@0'], 'undated last');
    assert.deepEqual(order('left1'), ['b.txt@28', 'b.txt@10', 'a.txt@5', 'c.txt@0'], 'met, said, then; no word last');
    assert.deepEqual(order('left2'), ['b.txt@28', 'b.txt@10', 'a.txt@5', 'c.txt@0'], 'Alpha, Zeta; none last');
    assert.deepEqual(order('right1'), ['b.txt@10', 'b.txt@28', 'a.txt@5', 'c.txt@0'], 'Alpha, beta, gamma');
    assert.equal(contextWord(lines[0], 'right', 2), 'met');
  });
});

describe('analysis: distribution', () => {
  it('counts words as the scanner sees them', () => {
    assert.equal(wordCount(''), 0);
    assert.equal(wordCount("Russia's Asean-Russia talks, 2019: ok"), 7, 'Russia, s, Asean, Russia, talks, 2019, ok');
    assert.equal(wordCount('𝐀𝐁 c'), 2, 'astral letters are word characters');
  });

  it('groups documents and gives counts per 10,000 words', () => {
    const d = new Distribution(2);
    d.add('2001', 5000, [3, 0]);
    d.add('1999', 1000, [1, 1]);
    d.add('2001', 5000, [1, 2]);
    d.add('', 10, [0, 0]);
    d.add('10', 100, [0, 1]);
    assert.deepEqual(
      d.result().map((r) => [r.group, r.documents, r.words, ...r.counts]),
      [
        ['10', 1, 100, 0, 1],
        ['1999', 1, 1000, 1, 1],
        ['2001', 2, 10000, 4, 2],
        ['', 1, 10, 0, 0],
      ],
    );
    assert.equal(per10k(4, 10000), 4);
    assert.equal(per10k(1, 0), 0);
  });
});
