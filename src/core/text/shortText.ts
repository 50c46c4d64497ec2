/**
 * Catalog text cut to fit a hover card: a name of ten thousand characters or a description of
 * pages must not push what follows (the card's links, its facts) out of view. The full text stays
 * in the catalog; the card says it was cut with an ellipsis and, for long text, how much is left.
 */

const ELLIPSIS = '…';
/** A cut looks back this far (a fraction of the length) for a word boundary to end on. */
const WORD_BACKTRACK = 0.2;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The first `max` UTF-16 units of `text`, never half of a surrogate pair, back to a word end when one is near. */
function head(text: string, max: number): string {
  let end = Math.max(0, max);
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  const cut = text.slice(0, end);
  if (/\s/.test(text.charAt(end))) return cut.trimEnd();
  const space = cut.search(/\s\S*$/);
  return space >= cut.length * (1 - WORD_BACKTRACK) ? cut.slice(0, space).trimEnd() : cut;
}

/** A cut text's end: no dangling separator before the ellipsis. */
function withEllipsis(cut: string): string {
  return cut.replace(/[\s,;:–—-]+$/u, '') + ELLIPSIS;
}

/** `text` when it has at most `max` characters, else its start and an ellipsis, `max` characters in all. */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  return withEllipsis(head(text, max - ELLIPSIS.length));
}

export interface ShortBlock {
  /** The lines kept, the last one cut with an ellipsis when the text goes on. */
  text: string;
  /** Characters of `text`'s source left out (0: nothing was cut). */
  omitted: number;
}

/** The first `count` lines of `text` (all of it when it has no more). */
function firstLines(text: string, count: number): string {
  let end = -1;
  for (let line = 0; line < count; line++) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) return text;
  }
  return text.slice(0, end);
}

/** A multi-line text (a description) kept to `maxLines` lines and `maxChars` characters. */
export function shortenedBlock(text: string, maxChars: number, maxLines: number): ShortBlock {
  const source = text.trimEnd();
  const byLines = firstLines(source, maxLines);
  const kept = byLines.length <= maxChars ? byLines : head(byLines, maxChars - ELLIPSIS.length);
  if (kept.length === source.length) return { text: source, omitted: 0 };
  return { text: withEllipsis(kept), omitted: source.length - kept.length };
}
