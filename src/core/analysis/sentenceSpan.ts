/**
 * The sentence around a place in a text, by the index's own rules (ARCHITECTURE.md, Mentions): a
 * sentence ends at `.`, `!` or `?` followed by whitespace or the end of the text (a `.` after a
 * one-letter word, as in "U.S.", ends none), and a blank line ends a paragraph and its sentence.
 * For tagging a concordance line's passage: the span runs from the sentence's first non-space
 * character to its closing punctuation, never more than `reach` characters beyond the place.
 */
import { charTables, WORD_CHAR } from '../text/charClasses';

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/** True when the stop at `i` (`.`, `!`, `?`) ends a sentence. */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  if (i + 1 < text.length && !isSpace(text.charCodeAt(i + 1))) return false;
  if (c !== 46) return true;
  // The word before the stop: one letter long ("U.S.", "e.g.") ends no sentence.
  const { word } = charTables();
  let k = i - 1;
  while (k >= 0 && word[text.charCodeAt(k)] === WORD_CHAR) k--;
  return i - 1 - k !== 1;
}

/** A line break followed by only spaces and another line break: a blank line starts at `i`. */
function blankLineAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 10) return false;
  for (let k = i + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}

/** The sentence holding text[start, end): UTF-16 offsets, end exclusive. */
export function sentenceSpan(text: string, start: number, end: number, reach = 2000): { start: number; end: number } {
  let from = start;
  const lowest = Math.max(0, start - reach);
  while (from > lowest) {
    const k = from - 1;
    if (endsSentence(text, k) || (text.charCodeAt(k) === 10 && blankLineBefore(text, k))) break;
    from--;
  }
  while (from < start && isSpace(text.charCodeAt(from))) from++;
  let to = end;
  const highest = Math.min(text.length, end + reach);
  while (to < highest) {
    if (endsSentence(text, to)) {
      to++;
      break;
    }
    if (blankLineAt(text, to)) break;
    to++;
  }
  while (to > end && isSpace(text.charCodeAt(to - 1))) to--;
  return { start: from, end: to };
}

/** A line break at `k` that closes a blank line (the line before it holds only spaces). */
function blankLineBefore(text: string, k: number): boolean {
  for (let i = k - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}
