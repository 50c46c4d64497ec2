/**
 * Mentions of one document, packed in one Int32Array so that a corpus of millions of mentions costs
 * little memory and no per-mention objects until someone asks. Each mention keeps its editor
 * position as well as its offsets, so that references and lists need no text.
 *
 * Layout: [W, then W triples (mention index, end line, end column) of the mentions that wrap over
 * a line break, ascending, then 7 numbers a mention]. A mention ends on the line it starts on but
 * for those few (a name wrapped in the text), so its end position is derived, not stored.
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

const STRIDE = 7;
const WRAP = 3;

export class MentionList {
  static readonly empty = new MentionList(new Int32Array(1));

  /** Where the mentions start in `data`, after the wrapped ones. */
  private readonly base: number;

  /** `data`: the packed numbers (sent as they are to another thread; never modified). */
  constructor(readonly data: Int32Array) {
    this.base = 1 + data[0] * WRAP;
  }

  get length(): number {
    return (this.data.length - this.base) / STRIDE;
  }

  entity(i: number): number {
    return this.data[this.base + i * STRIDE];
  }
  start(i: number): number {
    return this.data[this.base + i * STRIDE + 1];
  }
  end(i: number): number {
    return this.data[this.base + i * STRIDE + 2];
  }
  line(i: number): number {
    return this.data[this.base + i * STRIDE + 3];
  }
  column(i: number): number {
    return this.data[this.base + i * STRIDE + 4];
  }
  sentence(i: number): number {
    return this.data[this.base + i * STRIDE + 5];
  }
  paragraph(i: number): number {
    return this.data[this.base + i * STRIDE + 6];
  }

  endLine(i: number): number {
    const w = this.wrapped(i);
    return w < 0 ? this.line(i) : this.data[w + 1];
  }

  endColumn(i: number): number {
    const w = this.wrapped(i);
    return w < 0 ? this.column(i) + this.end(i) - this.start(i) : this.data[w + 2];
  }

  at(i: number): Mention {
    const o = this.base + i * STRIDE;
    const d = this.data;
    return {
      entity: d[o],
      start: d[o + 1],
      end: d[o + 2],
      line: d[o + 3],
      column: d[o + 4],
      endLine: this.endLine(i),
      endColumn: this.endColumn(i),
      sentence: d[o + 5],
      paragraph: d[o + 6],
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

  /** Offset in `data` of mention i's wrap triple, or -1 when it ends on the line it starts on. */
  private wrapped(i: number): number {
    let lo = 0;
    let hi = this.data[0];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.data[1 + mid * WRAP];
      if (at === i) return 1 + mid * WRAP;
      if (at < i) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
}

/** Collects mentions in buffers that are reused from one document to the next (scanning is
 * synchronous), so a scan allocates only its result. */
export class MentionListBuilder {
  private data = new Int32Array(1024 * STRIDE);
  private size = 0;
  private wraps: number[] = [];

  reset(): this {
    this.size = 0;
    this.wraps.length = 0;
    return this;
  }

  /** Adds a mention (ending on the line it starts on unless endLast says otherwise). */
  push(entity: number, start: number, end: number, line: number, column: number, sentence: number, paragraph: number): void {
    if (this.size + STRIDE > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const d = this.data;
    const o = this.size;
    d[o] = entity;
    d[o + 1] = start;
    d[o + 2] = end;
    d[o + 3] = line;
    d[o + 4] = column;
    d[o + 5] = sentence;
    d[o + 6] = paragraph;
    this.size = o + STRIDE;
  }

  /** Where the last mention added ends; recorded when that is on a later line than it starts. */
  endLast(endLine: number, endColumn: number): void {
    if (endLine !== this.data[this.size - STRIDE + 3]) this.wraps.push(this.size / STRIDE - 1, endLine, endColumn);
  }

  finish(): MentionList {
    if (this.size === 0) return MentionList.empty;
    const wraps = this.wraps.length;
    const data = new Int32Array(1 + wraps + this.size);
    data[0] = wraps / WRAP;
    data.set(this.wraps, 1);
    data.set(this.data.subarray(0, this.size), 1 + wraps);
    return new MentionList(data);
  }
}
