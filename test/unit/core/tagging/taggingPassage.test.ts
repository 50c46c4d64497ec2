import { strict as assert } from 'node:assert';
import { noteAfter, noteForInput, notePatch, tagProblem } from '../../../../src/core/tagging/noteEdit';
import { annotationChoice, entitiesInPassage, shortQuote, trimmedRange, type MentionSpans } from '../../../../src/core/tagging/passage';

/** Mentions as `[start, end, entity]` triples, sorted by start. */
function spans(list: Array<[number, number, number]>): MentionSpans {
  return { length: list.length, start: (i) => list[i][0], end: (i) => list[i][1], entity: (i) => list[i][2] };
}

describe('the tagged passage', () => {
  it('drops the whitespace around a selection, in either direction', () => {
    const text = 'a \n Russia seeks partners \n\n b';
    assert.deepEqual(trimmedRange(text, 1, 26), { start: 4, end: 25 });
    assert.deepEqual(trimmedRange(text, 26, 1), { start: 4, end: 25 });
    assert.equal(text.slice(4, 25), 'Russia seeks partners');
    const blank = trimmedRange(text, 1, 4);
    assert.equal(blank.start, blank.end, 'whitespace only: empty');
  });

  it('links the entities mentioned wholly inside the passage, once each, in order', () => {
    const ids = ['asean', 'russia', 'china'];
    const mentions = spans([
      [0, 5, 0],
      [10, 16, 1],
      [20, 25, 2],
      [30, 36, 1],
      [40, 45, 0],
    ]);
    assert.deepEqual(
      entitiesInPassage(mentions, (e) => ids[e], { start: 8, end: 38 }),
      ['russia', 'china'],
    );
    assert.deepEqual(
      entitiesInPassage(mentions, (e) => ids[e], { start: 12, end: 43 }),
      ['china', 'russia'],
      'cut mentions at both ends are left out',
    );
    assert.deepEqual(
      entitiesInPassage(mentions, (e) => ids[e], { start: 0, end: 45 }),
      ['asean', 'russia', 'china'],
    );
    assert.deepEqual(
      entitiesInPassage(spans([]), (e) => ids[e], { start: 0, end: 45 }),
      [],
    );
  });

  it('quotes a passage on one short line', () => {
    assert.equal(shortQuote('Russia\nseeks  partners'), '“Russia seeks partners”');
    assert.equal(shortQuote('one two three four five six', 14), '“one two three…”');
  });

  it('names overlapping annotations by code names, quote and note, hostile text kept as text', () => {
    const names: Record<string, string> = { hedging: 'Hedging', evil: '$(bug) [x](command:y)' };
    const choice = annotationChoice(
      { codes: ['hedging', 'evil', 'unknown'], note: 'see $(alert)\nnext', quote: 'ASEAN hedges' },
      (id) => names[id],
    );
    assert.deepEqual(choice, {
      label: 'Hedging, \\$(bug) [x](command:y), unknown',
      description: '“ASEAN hedges”',
      detail: 'see \\$(alert) next',
    });
    assert.equal(annotationChoice({ codes: [], quote: 'q' }, () => undefined).label, '(no code)');
  });
});

describe('the note of an annotation', () => {
  it('shows a multi-line note joined and keeps it as it was when the answer is unchanged', () => {
    const stored = 'first line\n  second line\n';
    const shown = noteForInput(stored);
    assert.deepEqual(shown, { value: 'first line second line', lines: 3 });
    assert.equal(notePatch(stored, shown, 'first line second line '), undefined, 'unchanged: the stored lines stay');
    assert.equal(notePatch(stored, shown, 'rewritten'), 'rewritten');
    assert.equal(notePatch(stored, shown, '  '), null, 'emptied: removed');
  });

  it('leaves an absent note absent and adds a new one', () => {
    const shown = noteForInput(undefined);
    assert.deepEqual(shown, { value: '', lines: 0 });
    assert.equal(notePatch(undefined, shown, ''), undefined);
    assert.equal(notePatch(undefined, shown, ' memo '), 'memo');
    assert.equal(noteAfter('old', null), undefined);
    assert.equal(noteAfter('old', undefined), 'old');
    assert.equal(noteAfter(undefined, 'new'), 'new');
  });

  it('needs a code or a note', () => {
    assert.match(tagProblem([], undefined) ?? '', /at least one code or a note/);
    assert.match(tagProblem([], '  ') ?? '', /at least one code/);
    assert.equal(tagProblem([], 'memo'), undefined);
    assert.equal(tagProblem(['hedging'], undefined), undefined);
  });
});
