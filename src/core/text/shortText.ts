/**
 * Text cut to fit where it is shown (a hover card, a tree or pick-list label, a mention's context,
 * a table cell): a name of ten thousand characters or a quote of pages must not push the rest out
 * of view. Every cut of the extension and the CLI goes through `shortened`, so they all count the
 * same way: in code points (a character outside the basic plane is one, never split in half), with
 * the ellipsis counted in the limit. What is shown never carries a bidirectional control character
 * (they can make text read other than it is), cut or not.
 */

export const ELLIPSIS = '…';
/** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the direction marks (U+200E, U+200F, U+061C). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** What a cut end does not show before its ellipsis: spaces and dangling separators. */
const DANGLING_END = /[\s,;:–—-]+$/u;
const DANGLING_START = /^[\s,;:–—-]+/u;
const SPACE = /^\s$/;

/** `text` without bidirectional control characters. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

export interface ShortenOptions {
  /**
   * How much of what is kept a cut may give up to end at a word boundary instead of inside a word,
   * as a fraction: 0 cuts exactly at the limit, 1 drops any partial word. Default 0.2.
   */
  wordBoundary?: number;
  /** Keep the end of the text instead of its start (the ellipsis then comes first). */
  keepEnd?: boolean;
}

const DEFAULT_WORD_BOUNDARY = 0.2;

const isSpace = (point: string): boolean => SPACE.test(point);

function lastIndex(points: readonly string[], test: (point: string) => boolean): number {
  for (let i = points.length - 1; i >= 0; i--) if (test(points[i])) return i;
  return -1;
}

/**
 * The code points, without bidi controls, of the start (or end) of `text`: all of them when they
 * are at most `max`, else more than `max` (enough to keep `max - 1` and look at the next). Only a
 * window of the text is read, widened while bidi controls leave too few: a cut of a 2 MB line
 * costs no more than one of a short line. A window may end inside a surrogate pair; that half
 * lies beyond what a cut keeps or looks at.
 */
function leadingPoints(text: string, max: number, fromEnd: boolean): string[] {
  for (let units = 2 * max + 2; ; units *= 2) {
    const whole = units >= text.length;
    const part = whole ? text : fromEnd ? text.slice(text.length - units) : text.slice(0, units);
    const points = Array.from(withoutBidiControls(part));
    if (whole || points.length > max) return points;
  }
}

/**
 * The first (or last) `keep` code points of `points`, backed off to a word boundary when the
 * word cut into is short enough (see `wordBoundary`). `points` holds more than `keep`.
 */
function cut(points: readonly string[], keep: number, wordBoundary: number, fromEnd: boolean): string {
  const kept = fromEnd ? points.slice(points.length - keep) : points.slice(0, keep);
  const beyond = fromEnd ? points[points.length - keep - 1] : points[keep];
  if (isSpace(beyond)) return kept.join('');
  const space = fromEnd ? kept.findIndex(isSpace) : lastIndex(kept, isSpace);
  const dropped = fromEnd ? space + 1 : keep - space;
  const leavesSome = fromEnd ? space >= 0 && space < keep - 1 : space > 0;
  if (!leavesSome || dropped > wordBoundary * keep) return kept.join('');
  return (fromEnd ? kept.slice(space + 1) : kept.slice(0, space)).join('');
}

function withEllipsis(kept: string, fromEnd: boolean): string {
  return fromEnd ? ELLIPSIS + kept.replace(DANGLING_START, '') : kept.replace(DANGLING_END, '') + ELLIPSIS;
}

/**
 * `text` (without bidi controls) when it has at most `max` code points; else its start (or end,
 * with `keepEnd`) and an ellipsis, at most `max` code points in all, cut at a word boundary when
 * one is near enough and without a dangling space or separator next to the ellipsis.
 */
export function shortened(text: string, max: number, options: ShortenOptions = {}): string {
  if (text.length <= max) return withoutBidiControls(text);
  if (max < 1) return '';
  const fromEnd = options.keepEnd === true;
  const points = leadingPoints(text, max, fromEnd);
  if (points.length <= max) return points.join('');
  return withEllipsis(cut(points, max - 1, options.wordBoundary ?? DEFAULT_WORD_BOUNDARY, fromEnd), fromEnd);
}

export interface ShortBlock {
  /** The lines kept, the last one cut with an ellipsis when the text goes on. */
  text: string;
  /** Code points of the text left out (0: nothing was cut). */
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

function codePointCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** A multi-line text (a description) kept to `maxLines` lines and `maxChars` code points, cut as `shortened` cuts. */
export function shortenedBlock(text: string, maxChars: number, maxLines: number): ShortBlock {
  const source = withoutBidiControls(text).trimEnd();
  const byLines = firstLines(source, maxLines);
  const points = byLines.length <= maxChars ? undefined : leadingPoints(byLines, maxChars, false);
  const kept = points === undefined || points.length <= maxChars ? byLines : cut(points, maxChars - 1, DEFAULT_WORD_BOUNDARY, false);
  if (kept.length === source.length) return { text: source, omitted: 0 };
  return { text: withEllipsis(kept, false), omitted: codePointCount(source) - codePointCount(kept) };
}
