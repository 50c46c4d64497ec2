/**
 * Line and character positions of raw UTF-16 offsets in a text that is not open in the editor
 * (a corpus document on disk), and the one-line context of a mention for tree and list labels.
 */
import { shortened, withoutBidiControls } from './shortText';
import { lineStarts } from './textOffsets';

export interface TextPosition {
  /** 0-based line. */
  line: number;
  /** 0-based character in UTF-16 code units, as the editor counts. */
  character: number;
}

export interface MentionContext {
  before: string;
  match: string;
  after: string;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Position of a raw offset (clamped to the text). */
  position(offset: number): TextPosition {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: at - this.starts[lo] };
  }

  /** Raw offset of a position, clamped to its line (without the line break) and to the text: a
   * position recorded in an index stays inside the text when the file has changed since. */
  offsetAt(position: TextPosition): number {
    const line = Math.max(0, Math.min(position.line, this.starts.length - 1));
    return Math.min(this.starts[line] + Math.max(0, position.character), this.lineEnd(line));
  }

  /** The text of a 0-based line without its line break. */
  lineText(line: number): string {
    const start = this.starts[line] ?? this.text.length;
    const next = this.starts[line + 1] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }

  /**
   * The mention and up to `width` code points of its line on each side, whitespace runs shown as
   * one space, cut at word boundaries where it can be and marked with an ellipsis where it is cut
   * (see `shortened`).
   * Only a window around the mention is tidied (a document of one 2 MB line costs no more per
   * mention than a short line), widened while whitespace runs leave too few characters.
   */
  context(start: number, end: number, width = 40): MentionContext {
    const from = this.starts[this.position(start).line];
    const lastLine = this.position(end).line;
    const to = Math.max(end, this.lineEnd(lastLine));
    const before = shortened(tidyBefore(this.text, from, start, width), width + 1, { keepEnd: true, wordBoundary: 1 });
    const after = shortened(tidyAfter(this.text, end, to, width), width + 1, { wordBoundary: 1 });
    return { before, match: tidy(this.text.slice(start, end)), after };
  }

  /** Offset of the end of a 0-based line, before its line break. */
  private lineEnd(line: number): number {
    const start = this.starts[line] ?? this.text.length;
    let end = this.starts[line + 1] ?? this.text.length;
    if (end > start && this.text[end - 1] === '\n') end--;
    if (end > start && this.text[end - 1] === '\r') end--;
    return end;
  }
}

/** Whitespace runs as one space, without bidirectional controls (as `shortened` shows text). */
function tidy(s: string): string {
  return withoutBidiControls(s).replace(/\s+/g, ' ');
}

/**
 * Enough UTF-16 units for the cut to keep `width` code points and look one further, plus the one
 * space trimming may remove: the tidied window is then a suffix (prefix) of the tidied whole that
 * agrees with it on every character the cut keeps.
 */
const spare = (width: number): number => 2 * (width + 2) + 1;

/** tidy(text[from, start)).trimStart(), or its last `width + 1` characters at least. */
function tidyBefore(text: string, from: number, start: number, width: number): string {
  for (let size = 2 * width + 16; ; size *= 2) {
    const at = Math.max(from, start - size);
    const tidied = tidy(text.slice(at, start));
    if (at === from) return tidied.trimStart();
    if (tidied.length >= spare(width)) return tidied;
  }
}

/** tidy(text[end, to)).trimEnd(), or its first `width + 1` characters at least. */
function tidyAfter(text: string, end: number, to: number, width: number): string {
  for (let size = 2 * width + 16; ; size *= 2) {
    const at = Math.min(to, end + size);
    const tidied = tidy(text.slice(end, at));
    if (at === to) return tidied.trimEnd();
    if (tidied.length >= spare(width)) return tidied;
  }
}
