/**
 * Mentions of one document, packed in one Int32Array (7 numbers a mention) so that a corpus of
 * millions of mentions costs little memory and no per-mention objects until someone asks.
 */

/** One mention. Offsets are raw UTF-16 offsets into the text that was scanned (end exclusive);
 * line and column are 0-based, the column in UTF-16 code units. */
export interface Mention {
  entity: number;
  start: number;
  end: number;
  line: number;
  column: number;
  sentence: number;
  paragraph: number;
}

const STRIDE = 7;

export class MentionList {
  static readonly empty = new MentionList(new Int32Array(0));

  /** The packed numbers (sent as they are to another thread; never modified). */
  constructor(readonly data: Int32Array) {}

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

  at(i: number): Mention {
    const o = i * STRIDE;
    const d = this.data;
    return { entity: d[o], start: d[o + 1], end: d[o + 2], line: d[o + 3], column: d[o + 4], sentence: d[o + 5], paragraph: d[o + 6] };
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

  push(entity: number, start: number, end: number, line: number, column: number, sentence: number, paragraph: number): void {
    if (this.size + STRIDE > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const d = this.data;
    const o = this.size;
    d[o] = entity; d[o + 1] = start; d[o + 2] = end; d[o + 3] = line;
    d[o + 4] = column; d[o + 5] = sentence; d[o + 6] = paragraph;
    this.size = o + STRIDE;
  }

  finish(): MentionList {
    return this.size === 0 ? MentionList.empty : new MentionList(this.data.slice(0, this.size));
  }
}
