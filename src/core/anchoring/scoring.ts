/**
 * The score of a candidate place (ARCHITECTURE.md, Anchoring): `(50*quote + 20*prefix + 20*suffix + 2*proximity)/92`,
 * and the thresholds that classify it.
 *
 * - quote: 1 - edit distance / quote length (UTF-16 units).
 * - prefix, suffix: 1 - edit distance between the stored context and the text beside the candidate,
 *   aligned from the candidate outwards with the far end free (so text inserted or deleted inside
 *   the context costs its length, not twice). A side stored empty (the quote touched the start or
 *   end of the text, or the target has no context) scores 1 where the candidate also touches that
 *   end and 0.5 elsewhere: no evidence either way.
 * - proximity: 1 - distance to the expected place / text length (1 when there is no old position).
 */
import { alignAtStart } from './search/alignAtStart';
import type { AnchorText } from './anchorText';
import { compilePattern, type BitPattern } from './search/bitPattern';
import type { ScoreParts } from './anchorTypes';

export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, proximity: 2 } as const;
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.proximity;
export const ANCHORED_QUOTE = 0.95;
export const ANCHORED_CONTEXT = 0.6;
export const REVIEW_SCORE = 0.75;
export const TIE_MARGIN = 0.02;
const NO_EVIDENCE = 0.5;

export interface Candidate extends ScoreParts {
  /** UTF-16 offsets in the normalised text. */
  start: number;
  end: number;
  score: number;
}

export function combinedScore(p: ScoreParts): number {
  return (WEIGHTS.quote * p.quote + WEIGHTS.prefix * p.prefix + WEIGHTS.suffix * p.suffix + WEIGHTS.proximity * p.proximity) / TOTAL;
}

/** Lowest quote similarity a candidate can have and still reach `score` (perfect context). */
export function minimumQuote(score: number): number {
  return (TOTAL * score - WEIGHTS.prefix - WEIGHTS.suffix - WEIGHTS.proximity) / WEIGHTS.quote;
}

/** "context" of the anchored rule: the mean of both sides, as they weigh alike in the score. */
export function contextOf(c: ScoreParts): number {
  return (c.prefix + c.suffix) / 2;
}

/** Scores candidate places for one target; compiles its context patterns once. */
export class CandidateScorer {
  private readonly prefix: BitPattern | undefined;
  private readonly suffix: BitPattern | undefined;

  constructor(
    private readonly doc: AnchorText,
    prefix: string,
    suffix: string,
    private readonly expected: number | undefined,
  ) {
    this.prefix = prefix === '' ? undefined : compilePattern(reverse(prefix));
    this.suffix = suffix === '' ? undefined : compilePattern(suffix);
  }

  score(start: number, end: number, quote: number): Candidate {
    const text = this.doc.text;
    const parts: ScoreParts = {
      quote,
      prefix: sideSimilarity(this.prefix, start === 0, () =>
        reverse(text.slice(Math.max(0, start - 2 * (this.prefix?.length ?? 0)), start)),
      ),
      suffix: sideSimilarity(this.suffix, end === text.length, () => text.slice(end, end + 2 * (this.suffix?.length ?? 0))),
      proximity: this.expected === undefined ? 1 : 1 - Math.min(1, Math.abs(start - this.expected) / Math.max(1, text.length)),
    };
    return { ...parts, start, end, score: combinedScore(parts) };
  }
}

function sideSimilarity(stored: BitPattern | undefined, atTextEnd: boolean, beside: () => string): number {
  if (!stored) return atTextEnd ? 1 : NO_EVIDENCE;
  return 1 - alignAtStart(stored, beside()).distance / stored.length;
}

/** Reversed by UTF-16 unit: only ever compared with another reversed string. */
export function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}
