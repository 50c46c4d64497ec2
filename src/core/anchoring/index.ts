/** Anchoring of annotations to document text (ARCHITECTURE.md, Anchoring): the pure core, no editor API. */
export { AnchorText } from './anchorText';
export type { AnchorMethod, AnchorRange, AnchorResult, ScoreParts } from './anchorTypes';
export { anchorAnnotations, type Anchorable, type AnchoredAnnotation, type AnchoringReport } from './anchorAnnotations';
export { CONTEXT_LENGTH, createTarget } from './createTarget';
export { documentHash, hashNormalisedText } from './documentHash';
export { reanchor } from './reanchor';
export { shiftRange, shiftRanges, type LiveRange, type TextChange } from './rangeShift';
export { ANCHORED_CONTEXT, ANCHORED_QUOTE, REVIEW_SCORE, TIE_MARGIN, WEIGHTS } from './scoring';
