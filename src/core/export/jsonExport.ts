/**
 * The JSON export: an array with one object per annotation, every field present (null when the
 * sidecar or the document gives no value), so that scripts need no existence checks.
 */
import type { ExportRecord } from './exportTypes';

export function jsonRecord(r: ExportRecord): Record<string, unknown> {
  const anchored = r.anchored
    ? { start: r.anchored.start, end: r.anchored.end, startLine: r.anchored.startLine, endLine: r.anchored.endLine, text: r.anchored.text }
    : null;
  return {
    document: r.document,
    sidecar: r.sidecar,
    id: r.id,
    codes: r.codes,
    quote: r.quote,
    prefix: r.prefix ?? null,
    suffix: r.suffix ?? null,
    note: r.note ?? null,
    author: r.author ?? null,
    created: r.created ?? null,
    modified: r.modified ?? null,
    status: r.status,
    storedStatus: r.storedStatus ?? null,
    stored: r.stored ?? null,
    anchored,
    entities: r.entities,
    linkedEntities: r.linkedEntities,
    mentionedEntities: r.mentionedEntities,
  };
}

export function jsonExport(records: readonly ExportRecord[]): string {
  return `${JSON.stringify(records.map(jsonRecord), null, 2)}\n`;
}
