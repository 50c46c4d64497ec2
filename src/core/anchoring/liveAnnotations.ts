/**
 * The annotations of one document as the editor shows them: each stored annotation with its
 * current place (raw UTF-16 offsets in the text as it stands) and status. Anchored in one go
 * when the document opens or changes on disk, shifted by every change while the analyst types,
 * and re-anchored one by one where a change touched the quoted text. What a save should write
 * back (`persistPatches`) moves positions and statuses only: the quote is never rewritten here.
 */
import type { AnnotationPatch, Annotation } from '../sidecars/annotationValue';
import type { AnnotationStatus } from '../sidecarTypes';
import { anchorAnnotations } from './anchorAnnotations';
import { AnchorText } from './anchorText';
import type { AnchorResult } from './anchorTypes';
import { shiftRange, type TextChange } from './rangeShift';
import { reanchor } from './reanchor';

export interface LiveAnnotation {
  readonly annotation: Annotation;
  readonly status: AnnotationStatus;
  /** Raw UTF-16 offsets of its place in the current text: where it is anchored, or the proposed
   * place when it needs review or is ambiguous. Absent when orphaned. */
  readonly start?: number;
  readonly end?: number;
  /** The anchoring that settled the status (score, runner-up); absent before the first one. */
  readonly result?: AnchorResult;
  /** Text inside its place changed since it was anchored: re-anchor before trusting it. */
  readonly edited: boolean;
}

export class LiveAnnotations {
  private items: LiveAnnotation[] = [];

  get all(): readonly LiveAnnotation[] {
    return this.items;
  }

  get(id: string): LiveAnnotation | undefined {
    return this.items.find((a) => a.annotation.id === id);
  }

  /** Re-anchors every annotation against `text` (DESIGN §4). */
  anchor(text: string | AnchorText, documentHash: string | undefined, annotations: readonly Annotation[]): void {
    const report = anchorAnnotations(text, { documentHash, annotations });
    this.items = report.results.map(({ annotation, result }) => placed(annotation, result));
  }

  /** Shifts every place by the changes of one editor event; true when any place moved or was edited. */
  shift(changes: readonly TextChange[]): boolean {
    let touched = false;
    this.items = this.items.map((item) => {
      if (item.start === undefined || item.end === undefined) return item;
      let range = { start: item.start, end: item.end, edited: item.edited };
      for (const change of changes) range = shiftRange(range, change);
      if (range.start === item.start && range.end === item.end && range.edited === item.edited) return item;
      touched = true;
      return { ...item, start: range.start, end: range.end, edited: range.edited === true };
    });
    return touched;
  }

  /** Re-anchors the annotations whose text was edited, each from its shifted place; true when any was. */
  refreshEdited(text: string | AnchorText): boolean {
    if (!this.items.some((a) => a.edited)) return false;
    const doc = typeof text === 'string' ? AnchorText.of(text) : text;
    this.items = this.items.map((item) => {
      if (!item.edited || item.start === undefined || item.end === undefined) return item;
      const hint = { ...item.annotation.target, start: doc.codePointOfRaw(item.start), end: doc.codePointOfRaw(item.end) };
      return placed(item.annotation, reanchor(doc, hint));
    });
    return true;
  }

  /**
   * What the sidecar should record so it matches `text`: new positions of anchored annotations
   * whose place moved, and statuses that changed. Needs-review, ambiguous and orphaned annotations
   * keep their stored target: only the analyst accepts a proposed place.
   */
  persistPatches(text: string | AnchorText): Array<{ id: string; patch: AnnotationPatch }> {
    const doc = typeof text === 'string' ? AnchorText.of(text) : text;
    const out: Array<{ id: string; patch: AnnotationPatch }> = [];
    for (const item of this.items) {
      const stored = item.annotation;
      const patch: AnnotationPatch = {};
      if ((stored.status ?? 'anchored') !== item.status) patch.status = item.status;
      if (item.status === 'anchored' && !item.edited && item.start !== undefined && item.end !== undefined) {
        const start = doc.codePointOfRaw(item.start);
        const end = doc.codePointOfRaw(item.end);
        if (start !== stored.target.start || end !== stored.target.end) patch.target = { ...stored.target, start, end };
      }
      if (patch.status !== undefined || patch.target !== undefined) out.push({ id: stored.id, patch });
    }
    return out;
  }
}

function placed(annotation: Annotation, result: AnchorResult): LiveAnnotation {
  const range = result.range;
  return range
    ? { annotation, status: result.status, start: range.rawStart, end: range.rawEnd, result, edited: false }
    : { annotation, status: result.status, result, edited: false };
}
