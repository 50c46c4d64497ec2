/**
 * Live shifting of annotation ranges while the analyst types (ARCHITECTURE.md, Anchoring, last line), in the
 * editor's raw UTF-16 offsets. A change has the shape of a VS Code `TextDocumentContentChange-
 * Event`: the text `[rangeOffset, rangeOffset + rangeLength)` replaced by `text`.
 *
 * - an edit that ends at or before a range's start moves it (text typed at its start stays out);
 * - an edit that starts at or after its end leaves it (text typed at its end stays out);
 * - an edit inside it grows or shrinks it, and an edit across one of its ends takes the replaced
 *   text in: the range is `edited` (its text no longer equals the stored quote);
 * - an edit that replaces all of it collapses it at the edit and marks it `swallowed`: it needs
 *   re-anchoring, and is never dropped.
 */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

export interface LiveRange {
  start: number;
  end: number;
  /** Text inside the range was changed: it no longer holds the stored quote. */
  edited?: boolean;
  /** The range's whole text was replaced: re-anchor it. */
  swallowed?: boolean;
}

export function shiftRange<R extends LiveRange>(range: R, change: TextChange): R {
  const { start, end } = range;
  const from = change.rangeOffset;
  const to = from + change.rangeLength;
  const delta = change.text.length - change.rangeLength;
  if (to <= start) return delta === 0 ? range : { ...range, start: start + delta, end: end + delta };
  if (from >= end) return range;
  if (from <= start && to >= end) return { ...range, start: from, end: from, swallowed: true, edited: true };
  const newStart = from < start ? from : start;
  const newEnd = to > end ? from + change.text.length : end + delta;
  return { ...range, start: newStart, end: newEnd, edited: true };
}

/** Applies the changes of one event in the order given, as VS Code's own text mirror does
 * (an event lists them so that each applies to the text left by the previous one). */
export function shiftRanges<R extends LiveRange>(ranges: readonly R[], changes: readonly TextChange[]): R[] {
  let out = [...ranges];
  for (const change of changes) out = out.map((r) => shiftRange(r, change));
  return out;
}
