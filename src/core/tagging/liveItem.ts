/**
 * One annotation's live place and how an editor change moves it (for `LiveAnnotations`).
 *
 * An annotation anchored on its exact quote shifts as `shiftRange` says: text typed at its ends
 * stays out, a change inside marks it edited. An unsettled one (orphaned, needs review,
 * ambiguous, or anchored on an approximate match) also remembers the region where its text was
 * last seen (`lastSeen`): a change touching that region or its proposed place, ends included,
 * marks it edited, so that it is searched for again. That is how the sentence pasted back, or an
 * undo, brings an annotation back without reopening the document.
 */
import type { Annotation } from '../sidecars/annotationValue';
import type { AnnotationStatus, TextTarget } from '../anchoring/anchorTypes';
import type { AnchorText } from '../anchoring/anchorText';
import type { AnchorResult } from '../anchoring/anchorTypes';
import { shiftRange, type LiveRange, type TextChange } from '../anchoring/rangeShift';

/** A region of the current text, raw UTF-16 offsets, end exclusive. */
export interface RawRange {
  readonly start: number;
  readonly end: number;
}

export interface LiveAnnotation {
  readonly annotation: Annotation;
  readonly status: AnnotationStatus;
  /** Raw UTF-16 offsets of its place in the current text: where it is anchored, or the proposed
   * place when it needs review or is ambiguous. Absent when orphaned. */
  readonly start?: number;
  readonly end?: number;
  /** The anchoring that settled the status (score, runner-up); absent before the first one. */
  readonly result?: AnchorResult;
  /** Text inside its place (or where it was last seen) changed since it was anchored:
   * re-anchor before trusting it. */
  readonly edited: boolean;
  /** Unsettled annotations only: where its text was last seen in the current text (the region
   * that was edited, or its stored position), searched from first when it is re-anchored. */
  readonly lastSeen?: RawRange;
}

/** True when the place holds exactly the quote (nothing to watch beyond its own text). */
function settled(result: AnchorResult): boolean {
  return result.status === 'anchored' && result.method !== 'approximate';
}

export function placed(annotation: Annotation, result: AnchorResult, lastSeen?: RawRange): LiveAnnotation {
  const range = result.range;
  const item: LiveAnnotation = range
    ? { annotation, status: result.status, start: range.rawStart, end: range.rawEnd, result, edited: false }
    : { annotation, status: result.status, result, edited: false };
  return lastSeen && !settled(result) ? { ...item, lastSeen } : item;
}

/** The raw region of a target's stored positions in `doc` (clamped to the text), if it has any. */
export function storedRegion(doc: AnchorText, target: TextTarget): RawRange | undefined {
  if (target.start === undefined) return undefined;
  const clamp = (cp: number): number => doc.rawOf(Math.min(Math.max(0, cp), doc.codePointLength));
  const start = clamp(target.start);
  return { start, end: Math.max(start, clamp(target.end ?? target.start)) };
}

/** The item after `changes` (one editor event, applied in order); the same object when unmoved. */
export function shiftItem(item: LiveAnnotation, changes: readonly TextChange[]): LiveAnnotation {
  const watchful = item.lastSeen !== undefined || (item.result !== undefined && !settled(item.result));
  let place: LiveRange | undefined = item.start !== undefined && item.end !== undefined ? { start: item.start, end: item.end } : undefined;
  let seen: LiveRange | undefined = item.lastSeen && { ...item.lastSeen };
  let edited = item.edited;
  for (const change of changes) {
    const from = change.rangeOffset;
    const to = from + change.rangeLength;
    const touches = (r: LiveRange | undefined): boolean => r !== undefined && from <= r.end && to >= r.start;
    if (watchful && (touches(place) || touches(seen))) edited = true;
    if (seen && touches(seen)) {
      // Text put where it was last seen: that is where to look for it.
      const shifted = shiftRange(seen, change);
      seen = { start: Math.min(shifted.start, from), end: Math.max(shifted.end, from + change.text.length) };
    } else if (seen) seen = shiftRange(seen, change);
    if (place) {
      place = shiftRange(place, change);
      if (place.edited) edited = true;
    }
  }
  const samePlace = place === undefined || (place.start === item.start && place.end === item.end);
  const sameSeen = seen === undefined || (seen.start === item.lastSeen?.start && seen.end === item.lastSeen.end);
  if (samePlace && sameSeen && edited === item.edited) return item;
  const out: { -readonly [K in keyof LiveAnnotation]: LiveAnnotation[K] } = { ...item, edited };
  if (place) {
    out.start = place.start;
    out.end = place.end;
  }
  if (seen) out.lastSeen = { start: seen.start, end: seen.end };
  return out;
}

export function sameTarget(a: TextTarget, b: TextTarget): boolean {
  return a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start && a.end === b.end;
}
