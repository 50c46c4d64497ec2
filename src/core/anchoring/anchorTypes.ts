/** The types of anchoring: the target a passage is stored as, the statuses of its place, and what
 * re-anchoring returns (a proposal: the stored target is never changed here). */
/** What anchoring says of an annotation's place (stored in the sidecar as `status`). */
export const ANNOTATION_STATUSES = ['anchored', 'needs-review', 'ambiguous', 'orphaned'] as const;
export type AnnotationStatus = (typeof ANNOTATION_STATUSES)[number];

/** W3C Web Annotation style target: a quote with context, and code point positions (end exclusive)
 * over the normalised text. */
export interface TextTarget {
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

/** Which step of the anchoring (ARCHITECTURE.md, Anchoring) settled the result. */
export type AnchorMethod =
  | 'hash' // 1. same documentHash and the positions hold the quote
  | 'position' // 2. the stored positions still hold the quote
  | 'exact' // 3. an exact occurrence of the quote, chosen by context and distance
  | 'approximate' // 4. an approximate match (edit distance)
  | 'none'; // nothing good enough was found

export interface AnchorRange {
  /** Code points over the normalised text, end exclusive (what the sidecar stores). */
  start: number;
  end: number;
  /** UTF-16 offsets in the raw text (what the editor uses). */
  rawStart: number;
  rawEnd: number;
}

/** The parts of the score, each in [0, 1]. */
export interface ScoreParts {
  quote: number;
  prefix: number;
  suffix: number;
  proximity: number;
}

export interface AnchorResult {
  status: AnnotationStatus;
  method: AnchorMethod;
  /** The proposed place; absent when orphaned. */
  range?: AnchorRange;
  /** `(50*quote + 20*prefix + 20*suffix + 2*proximity) / 92` of the best place (0 when none). */
  score: number;
  parts?: ScoreParts;
  /** The best other place that does not overlap the proposal, when the search saw one. */
  runnerUp?: { score: number; range: AnchorRange };
  /** True when the proposal differs from the stored start/end (the caller may want to save). */
  moved: boolean;
}
