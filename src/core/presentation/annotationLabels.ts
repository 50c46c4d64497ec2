/**
 * How one annotation reads in trees and pick lists: its quote on one line (trimmed), its status
 * in words, and whether it needs the analyst's attention (ARCHITECTURE.md, Anchoring: needs-review, ambiguous and
 * orphaned annotations wait for a decision; nothing is moved or dropped without one).
 */
import type { AnnotationStatus } from '../anchoring/anchorTypes';

/** Characters of the quote kept in a label (a side bar is narrow). */
export const QUOTE_WIDTH = 60;

/** Control characters and bidirectional overrides: they can make a label read other than it is. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const SPACES = /[\s\u0085]+/g;

/** The quote on one line: every run of whitespace (line breaks included) one space, cut at a word
 * boundary after at most `width` characters (code points) and marked with an ellipsis. */
export function quoteLabel(quote: string, width = QUOTE_WIDTH): string {
  const line = quote.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  if (line.length <= width) return line;
  const chars = [...line.slice(0, 2 * width + 2)]; // enough UTF-16 units for width + 1 code points
  if (chars.length <= width) return line;
  let cut = chars.slice(0, width).join('');
  const space = cut.lastIndexOf(' ');
  if (chars[width] !== ' ' && space >= width * 0.6) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

const STATUS_WORDS: Record<AnnotationStatus, string> = {
  anchored: 'anchored',
  'needs-review': 'needs review',
  ambiguous: 'ambiguous',
  orphaned: 'orphaned',
};

export function statusWords(status: AnnotationStatus): string {
  return STATUS_WORDS[status];
}

/** True for the statuses that wait for the analyst: needs-review, ambiguous, orphaned. */
export function needsAttention(status: AnnotationStatus): boolean {
  return status !== 'anchored';
}

/** True when the status comes with a proposed place the analyst may accept. */
export function hasProposal(status: AnnotationStatus, start: number | undefined): boolean {
  return (status === 'needs-review' || status === 'ambiguous') && start !== undefined;
}

/** `needs review · 82 %` for a proposal (its score), the status alone otherwise. */
export function attentionDescription(status: AnnotationStatus, score: number | undefined, start: number | undefined): string {
  const words = statusWords(status);
  return hasProposal(status, start) && score !== undefined ? `${words} · ${Math.round(score * 100)} %` : words;
}

export interface Placed {
  /** Current start; undefined when the annotation has no place (orphaned). */
  readonly start?: number;
  readonly end?: number;
}

/** In text order (an enclosing passage before the ones it holds), those without a place last in
 * the order given. */
export function textOrder<T extends Placed>(items: readonly T[]): T[] {
  const placed = items.filter((i) => i.start !== undefined);
  const unplaced = items.filter((i) => i.start === undefined);
  placed.sort((a, b) => a.start! - b.start! || (b.end ?? b.start!) - (a.end ?? a.start!));
  return [...placed, ...unplaced];
}
