/**
 * anchoring/: placing stored quotes in changed text (ARCHITECTURE.md, Anchoring): targets, hashes,
 * scoring, classification, live range shifts; search/ holds the approximate search.
 *
 * Re-anchoring every annotation of a sidecar against its document's text in one go: for
 * `policy-annotator check` and for the editor when a document opens or changes on disk. The text
 * is prepared once (normalised, offset maps, hash) and shared by all annotations.
 */
import { ANNOTATION_STATUSES, type AnnotationStatus, type TextTarget } from './anchorTypes';
import { AnchorText } from './anchorText';
import type { AnchorResult } from './anchorTypes';
import { reanchor } from './reanchor';

export interface Anchorable {
  id: string;
  target: TextTarget;
}

export interface AnchoredAnnotation<A extends Anchorable> {
  annotation: A;
  result: AnchorResult;
}

export interface AnchoringReport<A extends Anchorable> {
  /** Hash of the text anchored against: the sidecar's next `documentHash`. */
  documentHash: string;
  /** True when the sidecar's `documentHash` was this text's. */
  sameHash: boolean;
  /** One entry per annotation, in the order given: none is ever left out. */
  results: AnchoredAnnotation<A>[];
  counts: Record<AnnotationStatus, number>;
}

export function anchorAnnotations<A extends Anchorable>(
  doc: AnchorText | string,
  sidecar: { documentHash?: string; annotations: readonly A[] },
): AnchoringReport<A> {
  const d = typeof doc === 'string' ? AnchorText.of(doc) : doc;
  const counts = Object.fromEntries(ANNOTATION_STATUSES.map((s) => [s, 0])) as Record<AnnotationStatus, number>;
  const results = sidecar.annotations.map((annotation) => {
    const result = reanchor(d, annotation.target, sidecar.documentHash);
    counts[result.status]++;
    return { annotation, result };
  });
  return { documentHash: d.hash, sameHash: sidecar.documentHash === d.hash, results, counts };
}
