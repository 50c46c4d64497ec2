/**
 * Candidate places for a quote (ARCHITECTURE.md, Anchoring steps 3 and 4), each scored, and the choice of the best
 * one and its runner-up.
 */
import { alignAtStart } from './alignAtStart';
import type { AnchorText } from '../anchorText';
import { approximateSearch, type Hits } from './approximateSearch';
import { compilePattern, type BitPattern } from './bitPattern';
import { candidateWindows } from './gramIndex';
import { minimumQuote, REVIEW_SCORE, reverse, TIE_MARGIN, type Candidate, type CandidateScorer } from '../scoring';

/** Half-width (UTF-16 units) of the window around the old place searched first. */
export const LOCAL_RADIUS = 4096;
/** Most valleys of one searched window that get scored (smallest distances, then nearest). A
 * bound on work for short quotes in long texts, where a loose budget matches almost anywhere. */
const MAX_HITS = 64;

/** Step 3: every exact occurrence of the quote. */
export function exactCandidates(text: string, exact: string, scorer: CandidateScorer): Candidate[] {
  const out: Candidate[] = [];
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) out.push(scorer.score(i, i + exact.length, 1));
  return out;
}

/**
 * Step 4: approximate matches. First a window around the old place with the widest error budget
 * that can still matter (a candidate scoring REVIEW_SCORE - TIE_MARGIN with a perfect context);
 * then the whole text, with the budget the best score so far leaves: anything outside the budget
 * scores more than TIE_MARGIN below it and can change neither the choice nor the status. When that
 * budget is small (a changed letter or word) the gram index narrows "the whole text" to the few
 * windows that can hold a match.
 */
export function approximateCandidates(doc: AnchorText, exact: string, scorer: CandidateScorer, expected: number | undefined): Candidate[] {
  const text = doc.text;
  const search = new QuoteSearch(text, exact, scorer, expected);
  const floor = REVIEW_SCORE - TIE_MARGIN;
  if (expected !== undefined) {
    search.run(search.budget(floor), Math.max(0, expected - LOCAL_RADIUS), Math.min(text.length, expected + exact.length + LOCAL_RADIUS));
  }
  const best = search.found.reduce((s, c) => Math.max(s, c.score), 0);
  const k = search.budget(Math.max(best, REVIEW_SCORE) - TIE_MARGIN);
  const windows = candidateWindows(() => doc.grams, exact, k, text.length) ?? [[0, text.length]];
  for (const [from, to] of windows) search.run(k, from, to);
  return search.found;
}

class QuoteSearch {
  readonly found: Candidate[] = [];
  private readonly seen = new Set<string>();
  private readonly pattern: BitPattern;
  private readonly reversed: BitPattern;

  constructor(
    private readonly text: string,
    private readonly exact: string,
    private readonly scorer: CandidateScorer,
    private readonly expected: number | undefined,
  ) {
    this.pattern = compilePattern(exact);
    this.reversed = compilePattern(reverse(exact));
  }

  /** Most edits a candidate may have and still reach `score`. */
  budget(score: number): number {
    const m = this.exact.length;
    return Math.min(m - 1, Math.floor((1 - minimumQuote(score)) * m + 1e-9));
  }

  run(k: number, from: number, to: number): void {
    if (k < 0 || to - from < this.exact.length - k) return;
    const hits = approximateSearch(this.text, this.pattern, k, from, to);
    for (const i of this.bestHits(hits)) {
      const end = hits.ends[i];
      const windowStart = Math.max(from, end - this.exact.length - k);
      const aligned = alignAtStart(this.reversed, reverse(this.text.slice(windowStart, end)));
      const start = end - aligned.length;
      const key = `${start}:${end}`;
      if (start === end || this.seen.has(key)) continue;
      this.seen.add(key);
      this.found.push(this.scorer.score(start, end, 1 - aligned.distance / this.exact.length));
    }
  }

  /** Indices of the hits to score: the smallest distances, then the nearest to the old place. */
  private bestHits(hits: Hits): number[] {
    const order = hits.ends.map((_, i) => i);
    if (order.length <= MAX_HITS) return order;
    const near = (i: number): number => (this.expected === undefined ? 0 : Math.abs(hits.ends[i] - this.exact.length - this.expected));
    return order.sort((a, b) => hits.distances[a] - hits.distances[b] || near(a) - near(b)).slice(0, MAX_HITS);
  }
}

/** The best candidate and the best one that does not overlap it. */
export function rankCandidates(candidates: readonly Candidate[]): { best?: Candidate; runnerUp?: Candidate } {
  const sorted = [...candidates].sort((a, b) => b.score - a.score || b.proximity - a.proximity || a.start - b.start);
  const best = sorted[0];
  if (!best) return {};
  return { best, runnerUp: sorted.find((c) => c.end <= best.start || c.start >= best.end) };
}
