/**
 * How a document's tagged passages are drawn: every annotation with a place gets a colour (its
 * first code's, see annotationColors) and a look, and the places are grouped by colour and look
 * so that the editor needs one decoration type per group, whatever the number of annotations.
 *
 * Looks:
 * - `plain`: an anchored passage that no other passage contains (thin underline, light tint).
 * - `nested`: an anchored passage inside another one, or on the very same text (double
 *   underline; tints stack, so text carrying more codes is tinted deeper).
 * - `proposed`: a needs-review or ambiguous annotation: its place is only a proposal (dashed
 *   underline, no tint, a "?" after the text and in the gutter).
 * Orphaned annotations have no place and are not drawn. Pure logic: O(n log n) in the annotations.
 */
import type { AnnotationStatus } from '../anchoring/anchorTypes';

export const ANNOTATION_LOOKS = ['plain', 'nested', 'proposed'] as const;
export type AnnotationLook = (typeof ANNOTATION_LOOKS)[number];

/** What painting needs of a live annotation (`LiveAnnotation` fits, with its annotation's codes). */
export interface PaintSource {
  readonly id: string;
  readonly codes: readonly string[];
  readonly status: AnnotationStatus;
  /** Raw UTF-16 offsets of the place in the current text; absent when orphaned. */
  readonly start?: number;
  readonly end?: number;
}

export interface PaintedPlace {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** `#rrggbb`, or undefined for the theme's default annotation colour. */
  readonly color: string | undefined;
  readonly look: AnnotationLook;
  /** Its group (`paintKey` of colour and look). */
  readonly key: string;
}

export interface PaintGroup {
  readonly key: string;
  readonly color: string | undefined;
  readonly look: AnnotationLook;
  /** Places in document order (by start, then longest first). */
  readonly places: PaintedPlace[];
}

export interface PaintPlan {
  /** Every drawn place, in document order. */
  readonly places: readonly PaintedPlace[];
  /** Places by group key (see `paintKey`). */
  readonly groups: ReadonlyMap<string, PaintGroup>;
}

/** Key of a colour and look: one editor decoration type each. */
export function paintKey(color: string | undefined, look: AnnotationLook): string {
  return `${color ?? 'default'}/${look}`;
}

export function isProposal(status: AnnotationStatus): boolean {
  return status === 'needs-review' || status === 'ambiguous';
}

/**
 * Colours, looks and groups of a document's annotations. `colorOf` maps codes to a colour
 * (`annotationColor` bound to the codebook); it is called once per annotation drawn.
 */
export function paintPlan(sources: readonly PaintSource[], colorOf: (codes: readonly string[]) => string | undefined): PaintPlan {
  const placed = sources.filter(
    (s): s is PaintSource & { start: number; end: number } =>
      s.start !== undefined && s.end !== undefined && s.end > s.start && s.status !== 'orphaned',
  );
  const order = placed.map((_, i) => i).sort((a, b) => placed[a].start - placed[b].start || placed[b].end - placed[a].end || a - b);
  const places: PaintedPlace[] = [];
  const groups = new Map<string, PaintGroup>();
  // Every earlier place in this order starts at or before the current one: it contains the
  // current one exactly when it also ends at or after it.
  let furthestEnd = -1;
  for (const i of order) {
    const s = placed[i];
    const look: AnnotationLook = isProposal(s.status) ? 'proposed' : furthestEnd >= s.end ? 'nested' : 'plain';
    furthestEnd = Math.max(furthestEnd, s.end);
    const color = colorOf(s.codes);
    const key = paintKey(color, look);
    const place: PaintedPlace = { id: s.id, start: s.start, end: s.end, color, look, key };
    places.push(place);
    let group = groups.get(key);
    if (!group) {
      group = { key, color, look, places: [] };
      groups.set(key, group);
    }
    group.places.push(place);
  }
  return { places, groups };
}
