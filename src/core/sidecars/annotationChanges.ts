/**
 * The analyst's changes to one sidecar model, as the editor makes them: tag a passage, edit codes
 * and note, delete (keeping the item's text for an undo), move to a new place, replace a code.
 * Each refuses, changing nothing, when what the analyst saw is no longer there: the annotation
 * was deleted elsewhere, its codes or note changed elsewhere, or the text at the offsets moved.
 */
import type { AnchorText } from '../anchoring/anchorText';
import { createTarget } from '../anchoring/createTarget';
import type { Annotation, AnnotationPatch } from './annotationValue';
import type { SidecarModel } from './sidecarModel';

/** What tagging asks for; positions are the editor's (UTF-16 offsets of the document's text). */
export interface NewTag {
  codes: string[];
  note?: string;
  entities?: string[];
  author?: string;
  /** The selected text as the analyst saw it: it must still be at the offsets when the change is made. */
  expectedText?: string;
}

export function requireAnnotation(model: SidecarModel, id: string): Annotation {
  const found = model.get(id);
  if (!found) throw new Error(`no annotation '${id}' in ${model.file} (it may have been deleted elsewhere)`);
  return found;
}

function samePassage(text: AnchorText, rawStart: number, rawEnd: number, expected: string | undefined): void {
  if (expected !== undefined && text.raw.slice(rawStart, rawEnd) !== expected) {
    throw new Error('the text changed while the annotation was being saved; nothing was written: select the passage again');
  }
}

export function addTagged(
  model: SidecarModel,
  text: AnchorText,
  rawStart: number,
  rawEnd: number,
  tag: NewTag,
  id: string,
  now: string,
): void {
  samePassage(text, rawStart, rawEnd, tag.expectedText);
  model.add({
    id,
    codes: tag.codes,
    note: tag.note === '' ? undefined : tag.note,
    entities: tag.entities,
    target: createTarget(text, rawStart, rawEnd),
    status: 'anchored',
    author: tag.author,
    created: now,
    modified: now,
  });
}

/** `seen`: the annotation as the analyst saw it; when its codes or note differ now, nothing changes. */
export function updateSeen(
  model: SidecarModel,
  id: string,
  patch: AnnotationPatch,
  seen: Pick<Annotation, 'codes' | 'note'> | undefined,
  now: string,
): void {
  const stored = requireAnnotation(model, id);
  if (seen && (stored.codes.join('\n') !== seen.codes.join('\n') || stored.note !== seen.note)) {
    throw new Error(
      'this annotation was changed elsewhere (another window, a git pull or a hand edit) while you were editing it; nothing was written: open it again to see the new version',
    );
  }
  model.update(id, { ...patch, modified: now });
}

/** Deletes an annotation; returns its YAML lines as they stood (comments included), for an undo. */
export function removeKeeping(model: SidecarModel, id: string): { itemText: string; indent: number } {
  requireAnnotation(model, id);
  const { text, indent } = model.itemText(id);
  model.delete(id);
  return { itemText: text, indent };
}

/** The analyst's consent to a new place: the quote becomes the text there, status anchored. */
export function retarget(
  model: SidecarModel,
  text: AnchorText,
  id: string,
  rawStart: number,
  rawEnd: number,
  expectedText: string | undefined,
  now: string,
): void {
  requireAnnotation(model, id);
  samePassage(text, rawStart, rawEnd, expectedText);
  model.update(id, { target: createTarget(text, rawStart, rawEnd), status: 'anchored', modified: now });
}

/** Code `from` becomes `to` in every annotation (listed once where it already had `to`); returns how many changed. */
export function replaceCodeInModel(model: SidecarModel, from: string, to: string, now?: string): number {
  if (from === to) return 0;
  let changed = 0;
  for (const a of model.annotations) {
    if (!a.codes.includes(from)) continue;
    model.update(a.id, { codes: [...new Set(a.codes.map((c) => (c === from ? to : c)))], ...(now === undefined ? {} : { modified: now }) });
    changed++;
  }
  return changed;
}
