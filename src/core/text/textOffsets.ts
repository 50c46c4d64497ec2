/**
 * text/: characters and positions: character classes, offsets (UTF-16, code points, CRLF), the
 * line index, splicing, escaping for markdown and messages, shortening.
 *
 * Text normalisation and exact offset conversion (ARCHITECTURE.md, Files the analyst owns).
 *
 * Normalised text = raw text with a leading BOM removed, CRLF and lone CR turned into LF.
 * Positions in sidecars and CLI output count Unicode code points over the normalised text; editors
 * count UTF-16 code units over the raw text. `OffsetMap` converts between the two exactly.
 *
 * The map stores the raw UTF-16 positions that have no code point of their own ("drops"): the
 * BOM, the LF of each CRLF pair, and the low surrogate of each surrogate pair. Both conversions are
 * a binary search over that (usually empty) sorted list.
 */

import { countBelow } from './sortedSearch';

export class OffsetMap {
  private constructor(
    private readonly drops: Int32Array,
    readonly rawLength: number,
  ) {}

  static fromText(raw: string): OffsetMap {
    return new OffsetMap(findDrops(raw), raw.length);
  }

  /** For callers (the scanner) that found the drops themselves, in ascending order. */
  static fromDrops(drops: Int32Array, rawLength: number): OffsetMap {
    return new OffsetMap(drops, rawLength);
  }

  /** The dropped raw offsets, ascending (to send the map to another thread). */
  get dropOffsets(): Int32Array {
    return this.drops;
  }

  /** True when raw offsets and code point offsets coincide (the common case). */
  get isIdentity(): boolean {
    return this.drops.length === 0;
  }

  /** Code point offset in the normalised text of a raw UTF-16 offset. */
  toCodePoint(rawOffset: number): number {
    return rawOffset - countBelow(this.drops, rawOffset);
  }

  /** Raw UTF-16 offset of a code point offset in the normalised text. */
  toRaw(codePoint: number): number {
    // Largest k with drops[k-1] - (k-1) <= codePoint; the answer is codePoint + k.
    const d = this.drops;
    let lo = 0;
    let hi = d.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (d[mid] - mid <= codePoint) lo = mid + 1;
      else hi = mid;
    }
    return codePoint + lo;
  }

  /** Length of the normalised text in code points. */
  get codePointLength(): number {
    return this.toCodePoint(this.rawLength);
  }
}

function findDrops(raw: string): Int32Array {
  const drops: number[] = [];
  if (raw.charCodeAt(0) === 0xfeff) drops.push(0);
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 13 && raw.charCodeAt(i + 1) === 10) {
      drops.push(i + 1);
      i++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = raw.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        drops.push(i + 1);
        i++;
      }
    }
  }
  return Int32Array.from(drops);
}

/** BOM removed, CRLF and lone CR turned into LF. Returns the input itself when nothing changes. */
export function normaliseText(raw: string): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
  return text;
}

/** 0-based line starts (raw UTF-16 offsets); LF, CRLF and lone CR all end a line. */
export function lineStarts(raw: string): number[] {
  const starts = [0];
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10 || (c === 13 && raw.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}
