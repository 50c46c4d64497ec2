/**
 * One annotation's live place and how an editor change moves it (for `LiveAnnotations`).
 * A placed annotation shifts as `shiftRange` says. An orphan has no place but remembers where it
 * was last seen: that point shifts with the text, and a change that touches it (the deleted
 * sentence pasted back, an undo) marks the orphan edited, so that it is searched for again.
 */
import type { Annotation } from '../sidecars/annotationValue';
import type { AnnotationStatus, TextTarget } from '../sidecarTypes';
import type { AnchorText } from './anchorText';
import type { AnchorResult } from './anchorTypes';
import { shiftRange, type TextChange } from './rangeShift';

export interface LiveAnnotation {
  readonly annotation: Annotation;
  readonly status: AnnotationStatus;
  /** Raw UTF-16 offsets of its place in the current text: where it is anchored, or the proposed
   * place when it needs review or is ambiguous. Absent when orphaned. */
  readonly start?: number;
  readonly end?: number;
  /** The anchoring that settled the status (score, runner-up); absent before the first one. */
  readonly result?: AnchorResult;
  /** Text inside its place (or at the point an orphan was last seen) changed since it was
   * anchored: re-anchor before trusting it. */
  readonly edited: boolean;
  /** Orphans only: raw UTF-16 offset in the current text where it was last seen (or where its
   * stored position falls), if anywhere. */
  readonly lastSeen?: number;
}

export function placed(annotation: Annotation, result: AnchorResult, lastSeen?: number): LiveAnnotation {
  const range = result.range;
  if (range) return { annotation, status: result.status, start: range.rawStart, end: range.rawEnd, result, edited: false };
  return lastSeen === undefined ? { annotation, status: result.status, result, edited: false } : { annotation, status: result.status, result, edited: false, lastSeen };
}

/** Raw offset of a target's stored start in `doc` (clamped to its end), if it has one. */
export function storedPoint(doc: AnchorText, target: TextTarget): number | undefined {
  return target.start === undefined ? undefined : doc.rawOf(Math.min(Math.max(0, target.start), doc.codePointLength));
}

/** The item after `changes` (one editor event, applied in order); the same object when unmoved. */
export function shiftItem(item: LiveAnnotation, changes: readonly TextChange[]): LiveAnnotation {
  if (item.start !== undefined && item.end !== undefined) {
    let range = { start: item.start, end: item.end, edited: item.edited };
    for (const change of changes) range = shiftRange(range, change);
    if (range.start === item.start && range.end === item.end && range.edited === item.edited) return item;
    return { ...item, start: range.start, end: range.end, edited: range.edited === true };
  }
  if (item.lastSeen === undefined) return item;
  let at = item.lastSeen;
  let edited = item.edited;
  for (const { rangeOffset: from, rangeLength, text } of changes) {
    const to = from + rangeLength;
    if (to < at) at += text.length - rangeLength;
    else if (from <= at) { at = from; edited = true; }
  }
  return at === item.lastSeen && edited === item.edited ? item : { ...item, lastSeen: at, edited };
}

export function sameTarget(a: TextTarget, b: TextTarget): boolean {
  return a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start && a.end === b.end;
}
