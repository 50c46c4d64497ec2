/**
 * Next / previous mention in one document: from a mention to the next or previous mention of the
 * same entity, or from a cursor outside any mention to the nearest mention of any entity, both
 * wrapping around at the ends of the document.
 */

/** What stepping reads of a document's mentions, sorted by start (a MentionList satisfies it). */
export interface MentionSequence {
  readonly length: number;
  entity(i: number): number;
  start(i: number): number;
}

export type Direction = 1 | -1;

export interface MentionStep {
  /** Index of the target mention in the document's list. */
  index: number;
  /** 1-based rank of the target among the mentions of its entity in the document. */
  ordinal: number;
  /** Mentions of that entity in the document. */
  total: number;
  /** The step went past the last (or first) mention and came round to the other end. */
  wrapped: boolean;
}

/** From mention `current`, the next or previous mention of the same entity, wrapping around. */
export function stepSameEntity(list: MentionSequence, current: number, direction: Direction): MentionStep {
  const entity = list.entity(current);
  const own: number[] = [];
  let at = 0;
  for (let i = 0; i < list.length; i++) {
    if (list.entity(i) !== entity) continue;
    if (i === current) at = own.length;
    own.push(i);
  }
  const next = at + direction;
  const k = wrapIndex(next, own.length);
  return { index: own[k], ordinal: k + 1, total: own.length, wrapped: next !== k };
}

/**
 * From a raw offset that lies outside any mention, the first mention starting at or after it
 * (direction 1) or the last one before it (direction -1), wrapping around; undefined when the
 * document has no mention.
 */
export function stepFromOffset(list: MentionSequence, offset: number, direction: Direction): MentionStep | undefined {
  const n = list.length;
  if (n === 0) return undefined;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  // lo: the first mention starting at or after the offset (n when none does).
  const wrapped = direction > 0 ? lo === n : lo === 0;
  const index = direction > 0 ? (wrapped ? 0 : lo) : wrapped ? n - 1 : lo - 1;
  return { index, wrapped, ...ordinalOf(list, index) };
}

/** Rank of mention `index` among its entity's mentions in the list, and their number. */
export function ordinalOf(list: MentionSequence, index: number): { ordinal: number; total: number } {
  const entity = list.entity(index);
  let ordinal = 0;
  let total = 0;
  for (let i = 0; i < list.length; i++) {
    if (list.entity(i) !== entity) continue;
    total++;
    if (i <= index) ordinal = total;
  }
  return { ordinal, total };
}

/** `i` brought into 0..n-1 the way a ring does (n > 0). */
export function wrapIndex(i: number, n: number): number {
  return ((i % n) + n) % n;
}

/** The status-bar line after a step, e.g. "Russia: mention 3 of 12". */
export function stepMessage(name: string, step: MentionStep, direction: Direction): string {
  if (step.total === 1) return `${name}: the only mention in this document`;
  const around = step.wrapped ? (direction > 0 ? ' (wrapped to the first)' : ' (wrapped to the last)') : '';
  return `${name}: mention ${step.ordinal} of ${step.total}${around}`;
}
