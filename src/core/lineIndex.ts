/**
 * Line and character positions of raw UTF-16 offsets in a text that is not open in the editor
 * (a corpus document on disk), and the one-line context of a mention for tree and list labels.
 */
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

  /** The text of a 0-based line without its line break. */
  lineText(line: number): string {
    const start = this.starts[line] ?? this.text.length;
    const next = this.starts[line + 1] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }

  /**
   * The mention and up to `width` characters of its line on each side, whitespace runs shown as
   * one space, cut at word boundaries where it can be and marked with an ellipsis where it is cut.
   */
  context(start: number, end: number, width = 40): MentionContext {
    const firstLine = this.position(start).line;
    const lastLine = this.position(end).line;
    const from = this.starts[firstLine];
    const to = this.starts[lastLine] + this.lineText(lastLine).length;
    const tidy = (s: string): string => s.replace(/\s+/g, ' ');
    let before = tidy(this.text.slice(from, start)).trimStart();
    if (before.length > width) {
      const cut = before.slice(before.length - width);
      before = '…' + (/\s/.test(before[before.length - width - 1]) ? cut : cut.replace(/^\S*\s/, ''));
    }
    let after = tidy(this.text.slice(end, Math.max(end, to))).trimEnd();
    if (after.length > width) {
      const cut = after.slice(0, width);
      after = (/\s/.test(after[width]) ? cut : cut.replace(/\s\S*$/, '')) + '…';
    }
    return { before, match: tidy(this.text.slice(start, end)), after };
  }
}
