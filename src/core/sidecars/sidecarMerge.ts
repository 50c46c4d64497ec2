/**
 * Merge by annotation id (ARCHITECTURE.md, Writing safely): when the sidecar on disk is no longer what this window read,
 * our changes are replayed onto the text on disk, so its comments, unknown keys and the other
 * writer's work all survive. Base = what we read (`ours.base`), ours = the model, theirs = disk.
 *
 * Policy (never drop an annotation):
 * - added on either side: kept; deleted on one side and untouched on the other: deleted;
 * - changed on one side: that change; changed on both: merged field by field (annotationMerge.ts);
 * - fields changed differently on both sides: the annotation keeps its id with THEIR values, and
 *   OUR version is added as a copy with a new id and status `needs-review` (theirs keeps the id
 *   so that the other writer, merging next, sees only an added annotation);
 * - deleted on one side, changed on the other: the changed annotation is kept.
 * Every such case is listed in `conflicts` for the editor to report.
 */
import type { Diagnostic } from '../base/diagnostics';
import { ANNOTATION_KEYS } from './sidecarTypes';
import { mergeFields } from './annotationMerge';
import { newAnnotationId, samePlain } from './annotationValue';
import { editItemText, type PlainMap } from '../yaml/itemDocument';
import { loadSidecar } from './sidecarLoad';
import type { SidecarModel } from './sidecarModel';

export type ConflictKind = 'both-changed' | 'added-twice' | 'deleted-here-changed-there' | 'changed-here-deleted-there';

export interface MergeConflict {
  id: string;
  kind: ConflictKind;
  /** Fields changed differently on both sides (both-changed, added-twice). */
  fields?: string[];
  /** Id of the copy holding our version. */
  copyId?: string;
}

export type MergeOutcome =
  | { ok: true; text: string; conflicts: MergeConflict[] }
  /** The file on disk cannot be read safely: nothing may be written over it. */
  | { ok: false; diagnostics: Diagnostic[] };

const TOP_FIELDS = ['document', 'documentHash'] as const;

export function mergeSidecar(ours: SidecarModel, theirsText: string, newId: () => string = newAnnotationId): MergeOutcome {
  const theirs = loadSidecar(theirsText, ours.file);
  if (theirs.readOnly) return { ok: false, diagnostics: [...theirs.diagnostics] };
  const conflicts: MergeConflict[] = [];
  for (const id of theirs.ids) {
    const b = ours.base.get(id);
    const o = ours.plain(id);
    const t = theirs.plain(id)!;
    if (o === undefined) {
      if (b === undefined) continue; // added by them
      if (samePlain(b, t)) theirs.delete(id);
      else conflicts.push({ id, kind: 'deleted-here-changed-there' });
    } else if (!samePlain(o, t)) {
      conflicts.push(...mergeBoth(ours, theirs, id, b, o, t, newId));
    }
  }
  for (const id of ours.ids) {
    if (theirs.plain(id) !== undefined) continue;
    const b = ours.base.get(id);
    if (b !== undefined && samePlain(b, ours.plain(id))) continue; // deleted by them, untouched here
    if (b !== undefined) conflicts.push({ id, kind: 'changed-here-deleted-there' });
    const { text, indent } = ours.itemText(id);
    theirs.addItemText(text, indent);
  }
  for (const key of TOP_FIELDS) {
    const o = ours.topFields[key];
    if (typeof o === 'string' && !samePlain(o, ours.baseTop[key]) && samePlain(ours.baseTop[key], theirs.topFields[key]))
      theirs.setTop(key, o);
  }
  return { ok: true, text: theirs.toText(), conflicts };
}

function mergeBoth(
  ours: SidecarModel,
  theirs: SidecarModel,
  id: string,
  b: PlainMap | undefined,
  o: PlainMap,
  t: PlainMap,
  newId: () => string,
): MergeConflict[] {
  const { merged, conflicts, oursForConflicts } = mergeFields(b, o, t);
  const changes: PlainMap = {};
  for (const [key, value] of Object.entries(merged)) if (!samePlain(value, t[key])) changes[key] = value;
  if (Object.keys(changes).length > 0) theirs.setFields(id, changes);
  if (conflicts.length === 0) return [];
  let copyId = newId();
  while (theirs.plain(copyId) !== undefined || ours.plain(copyId) !== undefined) copyId = newId();
  const copy: PlainMap = {};
  for (const [key, value] of Object.entries({ ...merged, ...oursForConflicts })) if (!samePlain(value, o[key])) copy[key] = value;
  const { text, indent } = ours.itemText(id);
  theirs.addItemText(editItemText(text, { ...copy, id: copyId, status: 'needs-review' }, ANNOTATION_KEYS, indent).text, indent);
  return [{ id, kind: b === undefined ? 'added-twice' : 'both-changed', fields: conflicts, copyId }];
}
