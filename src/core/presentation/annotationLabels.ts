/**
 * How one annotation reads in trees and pick lists: its quote on one line (trimmed), its status
 * in words, and whether it needs the analyst's attention (ARCHITECTURE.md, Anchoring: needs-review, ambiguous and
 * orphaned annotations wait for a decision; nothing is moved or dropped without one).
 */
import type { AnnotationStatus } from '../anchoring/anchorTypes';
import { shortened } from '../text/shortText';

/** Characters of the quote kept in a label (a side bar is narrow). */
export const QUOTE_WIDTH = 60;

/** Control characters: they can make a label read other than it is (`shortened` drops the bidirectional ones). */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
const SPACES = /[\s\u0085]+/g;

/** The quote on one line: every run of whitespace (line breaks included) one space, at most
 * `width` code points and then an ellipsis (see `shortened`), cut at a word boundary when one is near. */
export function quoteLabel(quote: string, width = QUOTE_WIDTH): string {
  return shortened(quote.replace(CONTROLS, '').replace(SPACES, ' ').trim(), width + 1, { wordBoundary: 0.4 });
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
