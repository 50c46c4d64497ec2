import { strict as assert } from 'node:assert';
import { shiftRange, shiftRanges, type LiveRange, type TextChange } from '../../../../src/core/anchoring';

const range: LiveRange = { start: 10, end: 20 };
const change = (rangeOffset: number, rangeLength: number, text: string): TextChange => ({ rangeOffset, rangeLength, text });

describe('anchoring: live shifting of ranges', () => {
  it('moves a range by an edit before it, typing at its start included', () => {
    assert.deepEqual(shiftRange(range, change(2, 3, 'abcdef')), { start: 13, end: 23 });
    assert.deepEqual(shiftRange(range, change(0, 10, '')), { start: 0, end: 10 }, 'deleting everything up to its start');
    assert.deepEqual(shiftRange(range, change(10, 0, 'xy')), { start: 12, end: 22 }, 'text typed at the start stays out');
  });

  it('leaves a range alone for an edit after it, typing at its end included', () => {
    assert.equal(shiftRange(range, change(25, 4, 'z')), range);
    assert.equal(shiftRange(range, change(20, 0, 'xy')), range);
    assert.equal(shiftRange(range, change(5, 0, '')), range, 'an empty change');
  });

  it('grows or shrinks a range for an edit inside it and marks it edited', () => {
    assert.deepEqual(shiftRange(range, change(12, 2, 'abcd')), { start: 10, end: 22, edited: true });
    assert.deepEqual(shiftRange(range, change(10, 5, '')), { start: 10, end: 15, edited: true });
    assert.deepEqual(shiftRange(range, change(15, 5, 'x')), { start: 10, end: 16, edited: true });
  });

  it('takes in the replacement of an edit across one end', () => {
    assert.deepEqual(shiftRange(range, change(5, 10, 'abc')), { start: 5, end: 13, edited: true });
    assert.deepEqual(shiftRange(range, change(15, 10, 'abc')), { start: 10, end: 18, edited: true });
  });

  it('marks a range whose whole text was replaced for re-anchoring, and never drops it', () => {
    const gone = shiftRange(range, change(5, 20, 'new text'));
    assert.deepEqual(gone, { start: 5, end: 5, edited: true, swallowed: true });
    assert.deepEqual(shiftRange(range, change(10, 10, '')), { start: 10, end: 10, edited: true, swallowed: true });
    assert.deepEqual(
      shiftRange(gone, change(0, 0, 'ab')),
      { start: 7, end: 7, edited: true, swallowed: true },
      'it keeps moving with the text',
    );
  });

  it('keeps the caller\u2019s fields and applies the changes of an event in order', () => {
    const ranges = [
      { id: 'a', start: 0, end: 4 },
      { id: 'b', start: 10, end: 14 },
    ];
    // VS Code lists a multi-cursor event's changes last-first, each valid for the text the previous left.
    const shifted = shiftRanges(ranges, [change(12, 0, 'XX'), change(5, 1, '')]);
    assert.deepEqual(shifted, [
      { id: 'a', start: 0, end: 4 },
      { id: 'b', start: 9, end: 15, edited: true },
    ]);
    assert.equal(shiftRanges(ranges, []).length, 2);
  });
});
