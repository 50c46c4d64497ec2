/**
 * Re-anchoring one annotation target against a document's current text (ARCHITECTURE.md, Anchoring):
 * 1. same documentHash and the positions hold the quote -> keep; 2. the positions hold the quote
 * -> keep; 3. exact occurrences of the quote, chosen by context and distance; 4. otherwise an
 * approximate search; 5. classify. Returns a proposal; the stored target is never touched.
 */
import type { TextTarget } from './anchorTypes';
import { AnchorText } from './anchorText';
import type { AnchorMethod, AnchorRange, AnchorResult } from './anchorTypes';
import { approximateCandidates, exactCandidates, rankCandidates } from './search/candidates';
import { classify } from './classify';
import { CandidateScorer, type Candidate } from './scoring';

/**
 * `storedHash` is the sidecar's `documentHash`. When the stored positions hold the quote the
 * result is the same whether or not the hash matches; the hash only names the step (`hash`).
 */
export function reanchor(doc: AnchorText | string, target: TextTarget, storedHash?: string): AnchorResult {
  const d = typeof doc === 'string' ? AnchorText.of(doc) : doc;
  const exact = lineFeeds(target.exact);
  const stored = storedUnits(d, target);
  const expected = stored?.start ?? (target.start === undefined ? undefined : d.unitOf(Math.min(target.start, d.codePointLength)));
  const scorer = new CandidateScorer(d, lineFeeds(target.prefix ?? ''), lineFeeds(target.suffix ?? ''), expected);
  if (exact === '') return { status: 'orphaned', method: 'none', score: 0, moved: false };
  if (stored && d.text.slice(stored.start, stored.end) === exact) {
    const method = storedHash !== undefined && storedHash === d.hash ? 'hash' : 'position';
    return result(d, target, method, 'anchored', scorer.score(stored.start, stored.end, 1));
  }
  const exacts = exactCandidates(d.text, exact, scorer);
  if (exacts.length > 0) {
    const { best, runnerUp } = rankCandidates(exacts);
    return result(d, target, 'exact', classify(best, runnerUp, true), best, runnerUp);
  }
  const { best, runnerUp } = rankCandidates(approximateCandidates(d, exact, scorer, expected));
  const status = classify(best, runnerUp, false);
  return result(d, target, status === 'orphaned' ? 'none' : 'approximate', status, best, runnerUp);
}

function result(
  d: AnchorText,
  target: TextTarget,
  method: AnchorMethod,
  status: AnchorResult['status'],
  best?: Candidate,
  runnerUp?: Candidate,
): AnchorResult {
  const out: AnchorResult = { status, method, score: best?.score ?? 0, moved: false };
  if (best) out.parts = { quote: best.quote, prefix: best.prefix, suffix: best.suffix, proximity: best.proximity };
  if (runnerUp) out.runnerUp = { score: runnerUp.score, range: rangeOf(d, runnerUp) };
  if (best && status !== 'orphaned') {
    out.range = rangeOf(d, best);
    out.moved = out.range.start !== target.start || out.range.end !== target.end;
  }
  return out;
}

function rangeOf(d: AnchorText, c: Candidate): AnchorRange {
  const start = d.codePointOf(c.start);
  const end = d.codePointOf(c.end);
  return { start, end, rawStart: d.rawOf(start), rawEnd: d.rawOf(end) };
}

/** The stored positions as UTF-16 offsets of the normalised text, when they fit in it. */
function storedUnits(d: AnchorText, t: TextTarget): { start: number; end: number } | undefined {
  if (t.start === undefined || t.end === undefined || t.start > t.end || t.end > d.codePointLength) return undefined;
  return { start: d.unitOf(t.start), end: d.unitOf(t.end) };
}

/** A quote or context read from YAML may still hold CR line ends; the text it is compared with has none. */
function lineFeeds(s: string): string {
  return s.indexOf('\r') >= 0 ? s.replace(/\r\n?/g, '\n') : s;
}
