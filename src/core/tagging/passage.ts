/**
 * The passage being tagged, and how an annotation is named to the analyst: the selection without
 * the whitespace around it, the catalog entities mentioned inside it (the annotation's explicit
 * `entities` links, ARCHITECTURE.md, Files the analyst owns), a short quote for messages, and labels for a pick among
 * overlapping annotations. Offsets are raw UTF-16 offsets of the editor's text, end exclusive.
 */
import { iconSafe } from '../text/iconSafe';
import { oneLine } from './codePickEntries';

export interface Range {
  start: number;
  end: number;
}

/** The range without leading and trailing whitespace; empty (start === end) when nothing else is left. */
export function trimmedRange(text: string, start: number, end: number): Range {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/u.test(text[s])) s++;
  while (e > s && /\s/u.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** What is needed of a document's mentions (sorted by start, as `MentionList` keeps them). */
export interface MentionSpans {
  readonly length: number;
  start(i: number): number;
  end(i: number): number;
  entity(i: number): number;
}

/** Ids of the entities mentioned wholly inside the range, each once, in order of first mention. */
export function entitiesInPassage(mentions: MentionSpans, entityId: (entity: number) => string | undefined, range: Range): string[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions.start(mid) < range.start) lo = mid + 1;
    else hi = mid;
  }
  const ids = new Set<string>();
  for (let i = lo; i < mentions.length && mentions.start(i) < range.end; i++) {
    const id = mentions.end(i) <= range.end ? entityId(mentions.entity(i)) : undefined;
    if (id !== undefined) ids.add(id);
  }
  return [...ids];
}

/** `“Russia seeks partners in…”`: a quote for notifications and labels (whitespace runs as one space). */
export function shortQuote(text: string, max = 48): string {
  return `“${oneLine(text, max)}”`;
}

export interface AnnotationSummary {
  codes: readonly string[];
  note?: string;
  quote: string;
}

/** Quick-pick texts of one annotation among several at the cursor: its code names, its quote, its note. */
export function annotationChoice(
  a: AnnotationSummary,
  codeName: (id: string) => string | undefined,
): { label: string; description: string; detail?: string } {
  const names = a.codes.map((id) => codeName(id) ?? id).join(', ');
  return {
    label: iconSafe(oneLine(names === '' ? '(no code)' : names, 120)),
    description: iconSafe(shortQuote(a.quote, 60)),
    detail: a.note === undefined || a.note.trim() === '' ? undefined : iconSafe(oneLine(a.note, 120)),
  };
}
