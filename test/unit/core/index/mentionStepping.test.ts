import { strict as assert } from 'node:assert';
import { MentionListBuilder } from '../../../../src/core/matcher/mentionList';
import { ordinalOf, stepFromOffset, stepMessage, stepSameEntity, wrapIndex } from '../../../../src/core/index/mentionStepping';

/** A mention list from [entity, start, end] triples (line, column and so on do not matter here). */
function list(...mentions: Array<[number, number, number]>) {
  const b = new MentionListBuilder().reset();
  for (const [entity, start, end] of mentions) b.push(entity, start, end, 0, start, 0, 0);
  return b.finish();
}

// Entity 7 at mentions 0, 2, 4; entity 3 at 1 and 3.
const doc = list([7, 0, 6], [3, 10, 15], [7, 20, 26], [3, 30, 35], [7, 40, 46]);

describe('mention stepping', () => {
  it('moves to the next and previous mention of the same entity, skipping others', () => {
    assert.deepEqual(stepSameEntity(doc, 0, 1), { index: 2, ordinal: 2, total: 3, wrapped: false });
    assert.deepEqual(stepSameEntity(doc, 2, 1), { index: 4, ordinal: 3, total: 3, wrapped: false });
    assert.deepEqual(stepSameEntity(doc, 4, -1), { index: 2, ordinal: 2, total: 3, wrapped: false });
    assert.deepEqual(stepSameEntity(doc, 1, 1), { index: 3, ordinal: 2, total: 2, wrapped: false });
  });

  it('wraps around at either end of the document and says so', () => {
    assert.deepEqual(stepSameEntity(doc, 4, 1), { index: 0, ordinal: 1, total: 3, wrapped: true });
    assert.deepEqual(stepSameEntity(doc, 0, -1), { index: 4, ordinal: 3, total: 3, wrapped: true });
    assert.deepEqual(stepSameEntity(doc, 3, 1), { index: 1, ordinal: 1, total: 2, wrapped: true });
  });

  it('stays on a mention that is the only one of its entity', () => {
    const single = list([1, 0, 3], [2, 5, 9], [1, 12, 15]);
    assert.deepEqual(stepSameEntity(single, 1, 1), { index: 1, ordinal: 1, total: 1, wrapped: true });
    assert.deepEqual(stepSameEntity(single, 1, -1), { index: 1, ordinal: 1, total: 1, wrapped: true });
  });

  it('from a cursor between mentions, goes to the nearest mention of any entity', () => {
    assert.deepEqual(stepFromOffset(doc, 8, 1), { index: 1, ordinal: 1, total: 2, wrapped: false });
    assert.deepEqual(stepFromOffset(doc, 8, -1), { index: 0, ordinal: 1, total: 3, wrapped: false });
    assert.deepEqual(stepFromOffset(doc, 28, 1), { index: 3, ordinal: 2, total: 2, wrapped: false });
    assert.deepEqual(stepFromOffset(doc, 28, -1), { index: 2, ordinal: 2, total: 3, wrapped: false });
    assert.equal(stepFromOffset(doc, 30, 1)?.index, 3, 'a mention starting at the cursor is the next one');
  });

  it('from a cursor before the first or after the last mention, wraps around', () => {
    const later = list([5, 4, 8], [6, 12, 16]);
    assert.deepEqual(stepFromOffset(later, 0, -1), { index: 1, ordinal: 1, total: 1, wrapped: true });
    assert.deepEqual(stepFromOffset(later, 0, 1), { index: 0, ordinal: 1, total: 1, wrapped: false });
    assert.deepEqual(stepFromOffset(later, 20, 1), { index: 0, ordinal: 1, total: 1, wrapped: true });
    assert.deepEqual(stepFromOffset(later, 20, -1), { index: 1, ordinal: 1, total: 1, wrapped: false });
  });

  it('finds nothing in a document without mentions', () => {
    assert.equal(stepFromOffset(list(), 0, 1), undefined);
    assert.equal(stepFromOffset(list(), 0, -1), undefined);
  });

  it('ranks a mention among those of its entity', () => {
    assert.deepEqual(ordinalOf(doc, 2), { ordinal: 2, total: 3 });
    assert.deepEqual(ordinalOf(doc, 3), { ordinal: 2, total: 2 });
  });

  it('wraps indexes like a ring', () => {
    assert.deepEqual(
      [-1, 0, 2, 3, 7].map((i) => wrapIndex(i, 3)),
      [2, 0, 2, 0, 1],
    );
  });

  it('words the status-bar message', () => {
    assert.equal(stepMessage('Russia', { index: 9, ordinal: 3, total: 12, wrapped: false }, 1), 'Russia: mention 3 of 12');
    assert.equal(
      stepMessage('Russia', { index: 0, ordinal: 1, total: 12, wrapped: true }, 1),
      'Russia: mention 1 of 12 (wrapped to the first)',
    );
    assert.equal(
      stepMessage('Russia', { index: 9, ordinal: 12, total: 12, wrapped: true }, -1),
      'Russia: mention 12 of 12 (wrapped to the last)',
    );
    assert.equal(stepMessage('ASEAN', { index: 0, ordinal: 1, total: 1, wrapped: true }, 1), 'ASEAN: the only mention in this document');
  });
});
