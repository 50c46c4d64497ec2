/**
 * Status of the best place found (ARCHITECTURE.md, Anchoring step 5).
 *
 * The four statuses are anchored, needs-review, ambiguous and orphaned; a near-tie is checked before
 * anchored and needs-review, since two places that both look right are exactly what must not be
 * chosen silently. An exact occurrence of the quote (step 3) is never orphaned: the words are
 * there, so at worst (context changed on both sides) it is proposed for review.
 */
import type { AnnotationStatus } from './anchorTypes';
import { ANCHORED_CONTEXT, ANCHORED_QUOTE, contextOf, REVIEW_SCORE, TIE_MARGIN, type Candidate } from './scoring';

/** Scores are sums of floating point fractions: a tie of exactly 0.02 must count as one. */
const EPSILON = 1e-9;

export function classify(best: Candidate | undefined, runnerUp: Candidate | undefined, exact: boolean): AnnotationStatus {
  if (!best) return 'orphaned';
  const tied = runnerUp !== undefined && best.score - runnerUp.score <= TIE_MARGIN + EPSILON;
  if (!exact && best.score < REVIEW_SCORE) return 'orphaned';
  if (tied) return 'ambiguous';
  const anchored = best.quote >= ANCHORED_QUOTE && contextOf(best) >= ANCHORED_CONTEXT;
  return anchored ? 'anchored' : 'needs-review';
}
