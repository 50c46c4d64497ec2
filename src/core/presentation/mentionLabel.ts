/** The label of one mention in a tree or list: its line, then the mention in its context. */
import type { MentionContext } from '../text/lineIndex';
import { shortened } from '../text/shortText';

export interface HighlightedLabel {
  label: string;
  /** Where the mention itself is in the label: [start, end) in UTF-16 code units. */
  highlight: [number, number];
}

/** Characters of context kept before the mention, so it shows in a narrow side bar. */
export const BEFORE_WIDTH = 24;

/** The end of `before` (which may start with the ellipsis of an earlier cut), at most `width`
 * code points after an ellipsis, cut at a word boundary. */
export function shortenBefore(before: string, width = BEFORE_WIDTH): string {
  return shortened(before, width + 1, { keepEnd: true, wordBoundary: 1 });
}

/** `line 12: …relations between ASEAN and Russia…` with the mention marked. `line` is 0-based. */
export function mentionLabel(line: number, context: MentionContext): HighlightedLabel {
  const prefix = `line ${line + 1}: ${shortenBefore(context.before)}`;
  return { label: prefix + context.match + context.after, highlight: [prefix.length, prefix.length + context.match.length] };
}
