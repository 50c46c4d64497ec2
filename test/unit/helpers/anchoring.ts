/** Fixtures and reference implementations for the anchoring tests. */
import type { TextTarget } from '../../../src/core/anchoring/anchorTypes';

/** A short policy text: five paragraphs, LF line ends, no BOM. */
export const REPORT = [
  'ASEAN and Russia: a partnership of form',
  '',
  'The Association of Southeast Asian Nations has long preferred dialogue to confrontation. Its members meet Russia every year, and the summit in Sochi was held at all, which was itself the message.',
  '',
  "For ASEAN and this year's chair, Malaysia, engagement is not endorsement. Rather, it is a conscious effort to anchor Russia within a regional framework that prizes dialogue over confrontation.",
  '',
  "Trade remains modest: Russia accounts for less than one per cent of the bloc's external trade, and its investment in the region is smaller still, concentrated in energy and arms.",
  '',
  'Whether the relationship deepens will depend less on summits than on what Moscow can offer in technology, food security and energy in the years ahead.',
  '',
].join('\n');

export const QUOTE = 'engagement is not endorsement';

/** Raw UTF-16 range of the first occurrence of `quote` in `text`. */
export function rangeOf(text: string, quote: string): [number, number] {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`fixture: '${quote}' not in the text`);
  return [at, at + quote.length];
}

/** Freezes a target so that any write to it throws (the core must never alter a stored target). */
export function frozen(target: TextTarget): TextTarget {
  return Object.freeze({ ...target });
}

/** Classic O(nm) table: D[j] = smallest edit distance of `pattern` to a substring of `text` ending at j. */
export function distanceColumn(text: string, pattern: string, pinnedStart = false): number[] {
  const m = pattern.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  const out = [m];
  for (let j = 0; j < text.length; j++) {
    const cur = [pinnedStart ? j + 1 : 0];
    for (let i = 1; i <= m; i++) cur[i] = Math.min(prev[i - 1] + (pattern[i - 1] === text[j] ? 0 : 1), prev[i] + 1, cur[i - 1] + 1);
    out.push(cur[m]);
    prev = cur;
  }
  return out;
}

/** Reference for `approximateSearch`: right ends of the valleys of the distance that dip to <= k. */
export function referenceHits(text: string, pattern: string, k: number): { ends: number[]; distances: number[] } {
  const d = distanceColumn(text, pattern);
  const hits = { ends: [] as number[], distances: [] as number[] };
  for (let e = 1; e <= text.length; e++) {
    const v = d[e];
    const before = e > 1 ? d[e - 1] : Infinity;
    const after = e < text.length ? d[e + 1] : Infinity;
    if (v <= k && v <= before && v < after) {
      // A valley's right end: walk back over the plateau to be sure it descends into it.
      let s = e - 1;
      while (s >= 1 && d[s] === v) s--;
      if (s < 1 || d[s] > v) {
        hits.ends.push(e);
        hits.distances.push(v);
      }
    }
  }
  return hits;
}
