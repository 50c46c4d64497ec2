/**
 * tagging/: tagging in an open document: its annotations kept live while edited, passages, new
 * codes, notes, the code pick list.
 *
 * The annotations of one document as the editor shows them: each stored annotation with its
 * current place (raw UTF-16 offsets in the text as it stands) and status. Anchored in one go
 * when the document opens or changes on disk (or gradually, yielding between annotations, so a
 * long search never freezes the editor), shifted by every change while the analyst types, and
 * re-anchored one by one where a change touched the quoted text (or, for one that is not cleanly
 * anchored, the region where it was last seen). What a save should write back (`persistPatches`) moves positions and statuses only:
 * the quote is never rewritten here.
 */
import type { AnnotationPatch, Annotation } from '../sidecars/annotationValue';
import { AnchorText } from '../anchoring/anchorText';
import { hashNormalisedText } from '../anchoring/documentHash';
import { placed, sameTarget, shiftItem, storedRegion, type LiveAnnotation } from './liveItem';
import type { TextChange } from '../anchoring/rangeShift';
import { reanchor } from '../anchoring/reanchor';

export type { LiveAnnotation, RawRange } from './liveItem';

export interface AnchorOptions {
  /** The live places refer to the very text being anchored (the caller knows: same editor
   * version). An annotation whose stored target is unchanged and whose place was not edited then
   * keeps its place and status without a search. Without it, places are kept only when the text
   * is the one they were last anchored against (same hash). */
  current?: boolean;
}

export interface GradualOptions extends AnchorOptions {
  /** Lets the host breathe (the editor's `setImmediate`); awaited between slices of work. */
  pause: () => Promise<void>;
  /** Longest stretch of work between two pauses, in milliseconds (default 15). */
  sliceMs?: number;
}

export class LiveAnnotations {
  private items: LiveAnnotation[] = [];
  /** Identity of the raw text the places were last anchored against (raw offsets depend on line
   * ends and a BOM, which the document hash ignores); undefined once the text changed. */
  private anchoredOn: string | undefined;
  /** Generation of anchoring runs: a newer run (or `cancel`) makes an older gradual one give up. */
  private run = 0;
  /** Changes seen while a gradual run is under way: its results are shifted through them. */
  private pendingChanges: TextChange[] | undefined;

  get all(): readonly LiveAnnotation[] {
    return this.items;
  }

  get(id: string): LiveAnnotation | undefined {
    return this.items.find((a) => a.annotation.id === id);
  }

  /** True when the places are those of `text` (the same raw text): last anchored against it, and no change since. */
  isAnchoredOn(text: AnchorText): boolean {
    return this.anchoredOn !== undefined && this.anchoredOn === rawIdentity(text);
  }

  /** Re-anchors every annotation against `text` (ARCHITECTURE.md, Anchoring). */
  anchor(
    text: string | AnchorText,
    documentHash: string | undefined,
    annotations: readonly Annotation[],
    options: AnchorOptions = {},
  ): void {
    this.run++;
    this.pendingChanges = undefined;
    const doc = typeof text === 'string' ? AnchorText.of(text) : text;
    const keep = this.keepable(doc, options);
    this.items = annotations.map((a) => keep(a) ?? this.placedIn(doc, a, documentHash));
    this.anchoredOn = rawIdentity(doc);
  }

  /**
   * As `anchor`, one annotation at a time with a pause whenever a slice of work took long enough;
   * the places shown until it finishes are the previous ones (still shifted as the analyst types),
   * and the results are shifted through the changes made meanwhile. Resolves false, changing
   * nothing, when a newer run or `cancel` superseded it.
   */
  async anchorGradually(
    text: string | AnchorText,
    documentHash: string | undefined,
    annotations: readonly Annotation[],
    options: GradualOptions,
  ): Promise<boolean> {
    const doc = typeof text === 'string' ? AnchorText.of(text) : text;
    const keep = this.keepable(doc, options);
    const done = await this.gradually(annotations, (a) => keep(a) ?? this.placedIn(doc, a, documentHash), options);
    if (!done) return false;
    this.items = done.items;
    this.anchoredOn = done.moved ? undefined : rawIdentity(doc);
    return true;
  }

  /** As `refreshEdited`, gradually (see `anchorGradually`); false when superseded. */
  async refreshGradually(text: string | AnchorText, options: GradualOptions): Promise<boolean> {
    if (!this.items.some((a) => a.edited)) return true;
    const doc = typeof text === 'string' ? AnchorText.of(text) : text;
    const done = await this.gradually(this.items, (item) => (item.edited ? this.refreshed(doc, item) : item), options);
    if (done) this.items = done.items;
    return done !== undefined;
  }

  /** Makes a gradual run under way give up (its caller is told by its result). */
  cancel(): void {
    this.run++;
    this.pendingChanges = undefined;
  }

  /** Shifts every place by the changes of one editor event; true when any place moved or was edited. */
  shift(changes: readonly TextChange[]): boolean {
    if (changes.length === 0) return false;
    this.pendingChanges?.push(...changes);
    this.anchoredOn = undefined;
    let touched = false;
    this.items = this.items.map((item) => {
      const next = shiftItem(item, changes);
      if (next !== item) touched = true;
      return next;
    });
    return touched;
  }

  /** Re-anchors the annotations whose text was edited, each from where it was last seen (or its
   * shifted place); true when any was. `text` is the current text. */
  refreshEdited(text: string | AnchorText): boolean {
    if (!this.items.some((a) => a.edited)) return false;
    const doc = typeof text === 'string' ? AnchorText.of(text) : text;
    this.items = this.items.map((item) => (item.edited ? this.refreshed(doc, item) : item));
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

  /**
   * Computes one item per input, pausing whenever a slice of work took long enough, and shifts the
   * results through the changes made meanwhile (they were computed on the text as it was). The
   * live items stay as they are (and keep shifting) until the caller takes the results; undefined
   * when a newer run or `cancel` superseded this one.
   */
  private async gradually<T>(
    inputs: readonly T[],
    compute: (input: T) => LiveAnnotation,
    options: GradualOptions,
  ): Promise<{ items: LiveAnnotation[]; moved: boolean } | undefined> {
    const run = ++this.run;
    const changes: TextChange[] = [];
    this.pendingChanges = changes;
    const out: LiveAnnotation[] = [];
    const slice = options.sliceMs ?? 15;
    let since = Date.now();
    for (const input of inputs) {
      out.push(compute(input));
      if (Date.now() - since < slice) continue;
      await options.pause();
      if (run !== this.run) return undefined;
      since = Date.now();
    }
    if (run !== this.run) return undefined;
    this.pendingChanges = undefined;
    return { items: changes.length === 0 ? out : out.map((item) => shiftItem(item, changes)), moved: changes.length > 0 };
  }

  /** An edited item re-anchored from where it was last seen (or its shifted place). */
  private refreshed(doc: AnchorText, item: LiveAnnotation): LiveAnnotation {
    const region = item.lastSeen ?? (item.start !== undefined && item.end !== undefined ? { start: item.start, end: item.end } : undefined);
    if (!region) return this.placedIn(doc, item.annotation, undefined);
    const hint = { ...item.annotation.target, start: doc.codePointOfRaw(region.start), end: doc.codePointOfRaw(region.end) };
    return placed(item.annotation, reanchor(doc, hint), region);
  }

  private placedIn(doc: AnchorText, a: Annotation, documentHash: string | undefined): LiveAnnotation {
    return placed(a, reanchor(doc, a.target, documentHash), storedRegion(doc, a.target));
  }

  /** The live items that may be kept as they are for an annotation (its place holds for `doc`). */
  private keepable(doc: AnchorText, options: AnchorOptions): (a: Annotation) => LiveAnnotation | undefined {
    if (!options.current && !this.isAnchoredOn(doc)) return () => undefined;
    const byId = new Map(this.items.map((item) => [item.annotation.id, item]));
    return (a) => {
      const item = byId.get(a.id);
      return item && !item.edited && sameTarget(item.annotation.target, a.target) ? { ...item, annotation: a } : undefined;
    };
  }
}

/** The normalised text's hash, and the raw text's too when they differ (CRLF, lone CR, BOM). */
function rawIdentity(doc: AnchorText): string {
  return doc.raw === doc.text ? doc.hash : `${doc.hash} ${hashNormalisedText(doc.raw)}`;
}
