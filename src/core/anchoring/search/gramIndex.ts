/**
 * An index of every 8-unit substring ("gram") of a text, bucketed by a rolling hash: built once
 * per document text (lazily, by `AnchorText`) and shared by every annotation of a batch.
 *
 * It turns the approximate search for a quote with a small error budget k into a few look-ups:
 * cut the quote into k + 1 pieces; k edits touch at most k of them, so any match holds one piece
 * unchanged (the pigeonhole filter of Wu and Manber, Navarro), and only the text around an exact
 * occurrence of a piece needs the bit-parallel search. Useful while pieces stay at least a gram
 * long, i.e. for budgets up to about 1/8 of the quote: a changed letter or word, not a rewrite.
 */
export const GRAM = 8;
const BASE = 0x01000193;

export class GramIndex {
  private constructor(
    private readonly text: string,
    /** Bucket b holds `positions[starts[b] .. starts[b + 1])`. */
    private readonly starts: Int32Array,
    private readonly positions: Int32Array,
    private readonly mask: number,
  ) {}

  static build(text: string): GramIndex {
    const n = Math.max(0, text.length - GRAM + 1);
    const mask = (1 << Math.max(4, Math.ceil(Math.log2(Math.max(1, n / 4))))) - 1;
    const starts = new Int32Array(mask + 2);
    forEachGram(text, (_, h) => {
      starts[(spread(h) & mask) + 1]++;
    });
    for (let b = 1; b < starts.length; b++) starts[b] += starts[b - 1];
    const fill = starts.slice(0, mask + 1);
    const positions = new Int32Array(n);
    forEachGram(text, (i, h) => {
      positions[fill[spread(h) & mask]++] = i;
    });
    return new GramIndex(text, starts, positions, mask);
  }

  /** Every offset where `piece` (at least GRAM units long) occurs, ascending. */
  occurrences(piece: string): number[] {
    // Look up the piece's gram with the smallest bucket, then check the whole piece.
    let best = 0;
    let bestBucket = 0;
    let bestSize = Infinity;
    for (let at = 0; at + GRAM <= piece.length; at++) {
      const b = spread(hashAt(piece, at)) & this.mask;
      const size = this.starts[b + 1] - this.starts[b];
      if (size < bestSize) [best, bestBucket, bestSize] = [at, b, size];
    }
    const out: number[] = [];
    for (let i = this.starts[bestBucket]; i < this.starts[bestBucket + 1]; i++) {
      const start = this.positions[i] - best;
      if (start >= 0 && this.text.startsWith(piece, start)) out.push(start);
    }
    return out;
  }
}

/** Text windows that hold every match of `pattern` with at most k edits (sorted, merged), or
 * undefined when the pieces would be shorter than a gram and the whole text must be searched. */
export function candidateWindows(index: () => GramIndex, pattern: string, k: number, textLength: number): [number, number][] | undefined {
  const m = pattern.length;
  const size = Math.floor(m / (k + 1));
  if (size < GRAM) return undefined;
  const grams = index();
  const windows: [number, number][] = [];
  for (let piece = 0; piece <= k; piece++) {
    const offset = piece * size;
    const text = pattern.slice(offset, piece === k ? m : offset + size);
    // The match starts within k of `at - offset` and is at most m + k long; a margin of m more
    // on each side keeps the search's distance at the match's end the same as the whole text's.
    for (const at of grams.occurrences(text))
      windows.push([Math.max(0, at - offset - k - m), Math.min(textLength, at - offset + 2 * m + 2 * k)]);
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push(w);
  }
  return merged;
}

function forEachGram(text: string, visit: (at: number, hash: number) => void): void {
  if (text.length < GRAM) return;
  let power = 1;
  for (let i = 1; i < GRAM; i++) power = Math.imul(power, BASE);
  let h = hashAt(text, 0);
  visit(0, h);
  for (let i = 1; i + GRAM <= text.length; i++) {
    h = (Math.imul(h - Math.imul(text.charCodeAt(i - 1), power), BASE) + text.charCodeAt(i + GRAM - 1)) | 0;
    visit(i, h);
  }
}

function hashAt(s: string, at: number): number {
  let h = 0;
  for (let i = at; i < at + GRAM; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return h;
}

/** Mixes the high bits of a polynomial hash into the low ones that pick the bucket. */
function spread(h: number): number {
  const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return x ^ (x >>> 16);
}
