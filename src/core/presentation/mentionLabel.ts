/** The label of one mention in a tree or list: its line, then the mention in its context. */
import type { MentionContext } from '../text/lineIndex';

export interface HighlightedLabel {
  label: string;
  /** Where the mention itself is in the label: [start, end) in UTF-16 code units. */
  highlight: [number, number];
}

/** Characters of context kept before the mention, so it shows in a narrow side bar. */
export const BEFORE_WIDTH = 24;

/** The end of `before`, at most `width` characters cut at a word boundary, marked with an ellipsis. */
export function shortenBefore(before: string, width = BEFORE_WIDTH): string {
  const text = before.startsWith('…') ? before.slice(1) : before;
  if (text.length <= width) return before;
  let cut = text.slice(text.length - width);
  const space = cut.indexOf(' ');
  if (!/\s/.test(text[text.length - width - 1]) && space >= 0 && space < cut.length - 1) cut = cut.slice(space + 1);
  return '…' + cut;
}

/** `line 12: …relations between ASEAN and Russia…` with the mention marked. `line` is 0-based. */
export function mentionLabel(line: number, context: MentionContext): HighlightedLabel {
  const prefix = `line ${line + 1}: ${shortenBefore(context.before)}`;
  return { label: prefix + context.match + context.after, highlight: [prefix.length, prefix.length + context.match.length] };
}
