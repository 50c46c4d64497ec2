// Generators for the anchoring property tests: documents with unique quotes, edits outside every
// quote or anywhere, and the sidecar of a document's quotes.
import fc from 'fast-check';
import { createTarget, documentHash, type LiveRange, type TextChange } from '../../../src/core/anchoring';
import type { TextTarget } from '../../../src/core/anchoring/anchorTypes';

/**
 * Documents of words that each end in a unique number, so a quote (two to six whole words) occurs
 * once and random edits cannot recreate it elsewhere: what is being tested is the anchoring, not
 * how often fast-check happens to write a duplicate (duplicates have their own unit tests).
 */
const word = fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzé'), { minLength: 1, maxLength: 6 }).map((l) => l.join(''));
const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', ', ', '. ');
export const documentCase = fc
  .record({
    words: fc.array(fc.tuple(word, separator), { minLength: 24, maxLength: 80 }),
    spans: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 4 }),
  })
  .map(({ words, spans }) => {
    const starts: number[] = [];
    const ends: number[] = [];
    let text = '';
    words.forEach(([w, sep], i) => {
      starts.push(text.length);
      text += `${w}${i}`;
      ends.push(text.length);
      text += sep;
    });
    // Non-overlapping quotes of whole words, in document order.
    const quotes: LiveRange[] = [];
    let next = 0;
    for (const [skip, size] of spans) {
      const first = next + (skip % 6);
      const last = first + size;
      if (last >= words.length) break;
      quotes.push({ start: starts[first], end: ends[last] });
      next = last + 1;
    }
    return { text, quotes: quotes.length > 0 ? quotes : [{ start: starts[0], end: ends[1] }] };
  });

/** Inserted text without letters or digits (it cannot form a quote): line ends of all kinds, emoji. */
export const filler = fc
  .array(fc.constantFrom(' ', '\n', '\r\n', '\r', ', ', '—', '😀', '🇷🇺', '\t', '\uFEFF'), { maxLength: 4 })
  .map((a) => a.join(''));
export const anyText = fc.array(fc.constantFrom('x', 'word', ' ', '\n', '\r\n', 'é', '😀', 'Q'), { maxLength: 5 }).map((a) => a.join(''));
export const editSeeds = (text: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 12 }), text), { minLength: 1, maxLength: 8 });

export function apply(text: string, c: TextChange): string {
  return text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
}

/** An edit confined to a gap between quotes (touching their ends is allowed). */
export function outsideEdit(
  text: string,
  quotes: readonly LiveRange[],
  [g, at, len, insert]: [number, number, number, string],
): TextChange {
  const gaps: [number, number][] = [];
  let from = 0;
  for (const q of quotes) {
    gaps.push([from, q.start]);
    from = q.end;
  }
  gaps.push([from, text.length]);
  const [lo, hi] = gaps[g % gaps.length];
  const offset = lo + (at % (hi - lo + 1));
  return { rangeOffset: offset, rangeLength: Math.min(len, hi - offset), text: insert };
}

/** Edits anywhere, quotes included; returns the text after them and the changes, in order. */
export function editAnywhere(text: string, seeds: readonly [number, number, number, string][]): { current: string; changes: TextChange[] } {
  let current = text;
  const changes = seeds.map(([, at, len, insert]) => {
    const offset = at % (current.length + 1);
    const change = { rangeOffset: offset, rangeLength: Math.min(len, current.length - offset), text: insert };
    current = apply(current, change);
    return change;
  });
  return { current, changes };
}

export function sidecarOf(
  text: string,
  quotes: readonly LiveRange[],
): { documentHash: string; annotations: { id: string; target: TextTarget }[] } {
  return {
    documentHash: documentHash(text),
    annotations: quotes.map((q, i) => ({ id: `a${i}`, target: Object.freeze(createTarget(text, q.start, q.end)) })),
  };
}
