/**
 * The selections of an export: one PlainTextSelection per annotation (at its place in the current
 * text, code points from 0, end exclusive), one Coding per code, the note as a project Note
 * referenced from the selection; and, with `--entities-as-codes`, one selection per entity mention
 * coded with the entity's code. Where an annotation is not anchored, the analyst's choice decides:
 * kept at its last known place (the proposed place of one that needs review or is ambiguous, the
 * stored positions of an orphan when they fit the text) or left out. Every loss is noted.
 */
import { validate as isUuid } from 'uuid';
import type { ExportPosition, ExportRecord } from '../export/exportTypes';
import { shortened } from '../text/shortText';
import type { QdeCoding, QdeNote, QdePlainTextSelection } from './qdeModel';
import { qdeGuid, selectionGuid } from './qdeGuids';
import { codeGuid, entityCodeGuid } from './qdeCodes';
import { qdeDateTime } from './qdeDateTime';
import type { UnanchoredChoice } from './qdeExportInput';
import type { QdeLossLog } from './qdeLosses';

export interface SelectionContext {
  log: QdeLossLog;
  clean: (text: string) => string;
  /** Selection GUIDs given so far (an annotation's UUID id is used once). */
  used: Set<string>;
  unanchored: UnanchoredChoice;
  userGuid: (author: string) => string;
}

/** Where the annotation goes in the exported text (code points), or undefined: left out. */
export function exportedPlace(record: ExportRecord, length: number, ctx: SelectionContext): ExportPosition | undefined {
  const where = `${record.document}#${record.id} (${record.status})`;
  if (record.status === 'anchored' && record.anchored) {
    const place = fit(record.anchored, length);
    if (!place) ctx.log.note('no-place', where);
    return place;
  }
  if (ctx.unanchored === 'omit') {
    ctx.log.note('unanchored-omitted', where);
    return undefined;
  }
  const place = fit(record.anchored, length) ?? fit(record.stored, length);
  ctx.log.note(place ? 'unanchored-kept' : 'no-place', where);
  return place;
}

function fit(place: ExportPosition | undefined, length: number): ExportPosition | undefined {
  return place && place.start >= 0 && place.start < place.end && place.end <= length ? { start: place.start, end: place.end } : undefined;
}

export function annotationSelection(
  record: ExportRecord,
  place: ExportPosition,
  ctx: SelectionContext,
): { selection: QdePlainTextSelection; note?: QdeNote } {
  const { log, clean } = ctx;
  const where = `${record.document}#${record.id}`;
  const guid = selectionGuid(record.document, record.id, ctx.used);
  const creatingUser = record.author === undefined ? undefined : ctx.userGuid(record.author);
  const creationDateTime = qdeDateTime(record.created, log, `${where} created`);
  const modifiedDateTime = qdeDateTime(record.modified, log, `${where} modified`);
  if (modifiedDateTime !== undefined) log.note('modified-by', where);
  if (record.storedStatus !== undefined && record.storedStatus !== 'anchored') log.note('status', `${where} (${record.storedStatus})`);
  if (record.linkedEntities.length > 0) log.note('entities', where);
  if (!isUuid(record.id)) log.note('not-uuid', where);
  else if (guid !== record.id.toLowerCase()) log.note('uuid-repeated', where);
  if (record.codes.length === 0) log.note('no-codes', where);
  if (record.prefix !== undefined || record.suffix !== undefined) log.note('context', where);
  const codeIds = [...new Set(record.codes.map((c) => c.id))];
  const codings: QdeCoding[] = codeIds.map((id) => ({
    guid: qdeGuid('coding', guid, id),
    codeGuid: codeGuid(id),
    creatingUser,
    creationDateTime,
  }));
  const stamp = { creatingUser, creationDateTime, modifiedDateTime };
  const note: QdeNote | undefined =
    record.note === undefined || record.note.trim() === ''
      ? undefined
      : {
          guid: qdeGuid('note', guid),
          name: clean(`Note: ${shortened(record.quote.replace(/\s+/g, ' ').trim(), 60)}`),
          text: clean(record.note),
          ...stamp,
        };
  const selection: QdePlainTextSelection = {
    guid,
    start: place.start,
    end: place.end,
    ...stamp,
    codings,
    noteRefs: note ? [note.guid] : [],
  };
  return { selection, note };
}

/** One selection per mention of an entity (code points), coded with the entity's code. */
export function mentionSelection(path: string, entity: string, start: number, end: number): QdePlainTextSelection {
  const guid = qdeGuid('mention', path, entity, start, end);
  return { guid, start, end, codings: [{ guid: qdeGuid('coding', guid, entity), codeGuid: entityCodeGuid(entity) }], noteRefs: [] };
}
