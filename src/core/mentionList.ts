/**
 * Mentions of one document, packed in one Int32Array (9 numbers a mention) so that a corpus of
 * millions of mentions costs little memory and no per-mention objects until someone asks. The
 * start and end positions (line, column) are kept with the offsets so that references and lists
 * need no text: an editor position without reading the document.
 */

/** One mention. Offsets are raw UTF-16 offsets into the text that was scanned (end exclusive);
 * lines and columns are 0-based, columns in UTF-16 code units, as the editor counts (LF, CRLF and
 * a lone CR each end a line). A mention that wraps over a line break ends on a later line. */
export interface Mention {
  entity: number;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  sentence: number;
  paragraph: number;
}

const STRIDE = 9;

export class MentionList {
  static readonly empty = new MentionList(new Int32Array(0));

  constructor(private readonly data: Int32Array) {}

  get length(): number {
    return this.data.length / STRIDE;
  }

  entity(i: number): number { return this.data[i * STRIDE]; }
  start(i: number): number { return this.data[i * STRIDE + 1]; }
  end(i: number): number { return this.data[i * STRIDE + 2]; }
  line(i: number): number { return this.data[i * STRIDE + 3]; }
  column(i: number): number { return this.data[i * STRIDE + 4]; }
  sentence(i: number): number { return this.data[i * STRIDE + 5]; }
  paragraph(i: number): number { return this.data[i * STRIDE + 6]; }
  endLine(i: number): number { return this.data[i * STRIDE + 7]; }
  endColumn(i: number): number { return this.data[i * STRIDE + 8]; }

  at(i: number): Mention {
    const o = i * STRIDE;
    const d = this.data;
    return {
      entity: d[o], start: d[o + 1], end: d[o + 2], line: d[o + 3], column: d[o + 4],
      endLine: d[o + 7], endColumn: d[o + 8], sentence: d[o + 5], paragraph: d[o + 6],
    };
  }

  *[Symbol.iterator](): IterableIterator<Mention> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  /** Index of the mention covering a raw offset (start <= offset < end), or -1. Mentions are sorted. */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.end(mid) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.length && this.start(lo) <= offset ? lo : -1;
  }

  get byteLength(): number {
    return this.data.byteLength;
  }
}

/** Collects mentions in a buffer that is reused from one document to the next (scanning is
 * synchronous), so a scan allocates only its result. */
export class MentionListBuilder {
  private data = new Int32Array(1024 * STRIDE);
  private size = 0;

  reset(): this {
    this.size = 0;
    return this;
  }

  push(entity: number, start: number, end: number, line: number, column: number, endLine: number, endColumn: number, sentence: number, paragraph: number): void {
    if (this.size + STRIDE > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const d = this.data;
    const o = this.size;
    d[o] = entity; d[o + 1] = start; d[o + 2] = end; d[o + 3] = line;
    d[o + 4] = column; d[o + 5] = sentence; d[o + 6] = paragraph; d[o + 7] = endLine; d[o + 8] = endColumn;
    this.size = o + STRIDE;
  }

  finish(): MentionList {
    return this.size === 0 ? MentionList.empty : new MentionList(this.data.slice(0, this.size));
  }
}
