/**
 * Edit distance between a whole pattern and the best prefix of a (short) text: the alignment is
 * pinned at the text's start and free at its end. Used to find where an approximate match starts
 * (on reversed strings) and to compare a stored prefix or suffix with the text beside a candidate.
 */
import { advanceBlock, type BitPattern } from './bitPattern';

export interface PrefixAlignment {
  distance: number;
  /** Length of the text prefix aligned with the pattern (ties: the length nearest the pattern's). */
  length: number;
}

export function alignAtStart(p: BitPattern, text: string, limit = text.length): PrefixAlignment {
  if (p.length === 0) return { distance: 0, length: 0 };
  const n = Math.min(limit, text.length);
  const { blocks, peq, index, lastBit } = p;
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  let score = p.length;
  let best: PrefixAlignment = { distance: score, length: 0 };
  for (let j = 0; j < n; j++) {
    const base = (index.get(text.charCodeAt(j)) ?? 0) * blocks;
    // Row 0 is D[0][j] = j: its horizontal delta is +1 in every column.
    let hout = 1;
    for (let b = 0; b < blocks - 1; b++) hout = advanceBlock(pv, mv, b, peq[base + b], hout);
    score += advanceBlock(pv, mv, blocks - 1, peq[base + blocks - 1], hout, lastBit);
    const length = j + 1;
    if (score < best.distance || (score === best.distance && Math.abs(length - p.length) < Math.abs(best.length - p.length))) {
      best = { distance: score, length };
    }
  }
  return best;
}
