/**
 * Splices into an analyst's file: text is inserted or replaced at offsets of the original, so every
 * byte outside the splice (comments, order, quoting, line ends, a missing final newline) stays.
 */

/** Replace `length` characters at `offset` of the original text by `text`. */
export interface TextSplice {
  offset: number;
  length: number;
  text: string;
}

/** The file's line end: CRLF when it has one, LF otherwise. */
export function lineEnd(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** 0-based column of `offset`. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** Start of the line after the one holding `offset` (the offset itself if it starts a line); the
 * text's end when there is no next line. */
export function nextLineStart(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/** Inserts whole lines at a line start (or the end of a text without a final newline, keeping it so). */
export function insertLines(text: string, at: number, lines: readonly string[]): TextSplice {
  const eol = lineEnd(text);
  const body = lines.join(eol);
  if (at === text.length && text.length > 0 && !text.endsWith('\n')) return { offset: at, length: 0, text: eol + body };
  return { offset: at, length: 0, text: body + eol };
}

/** Applies splices (non-overlapping, any order) to a text. */
export function applySplices(text: string, splices: readonly TextSplice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.offset - a.offset)) out = out.slice(0, s.offset) + s.text + out.slice(s.offset + s.length);
  return out;
}

/** Offset where a value starts after its key, less the blanks before it (`key: []` -> after `key:`). */
export function trimBlanksBefore(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i;
}

export function spaces(n: number): string {
  return ' '.repeat(Math.max(0, n));
}
