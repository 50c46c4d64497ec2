/**
 * `buildQdeProject`: the exchanged part of a project (qdeModel.ts) built from what the CLI or the
 * editor gathered (qdeExportInput.ts), with the text of each source and the data-loss report.
 * Pure and deterministic: documents by path, selections by place, users by name, GUIDs
 * name-based, no clock; the same input gives the same project. Each source's text is the
 * document's normalised text (BOM removed, CRLF and CR as LF; front matter kept), the text sidecar
 * positions count code points in, so positions pass through unchanged.
 */
import { normaliseText, OffsetMap } from '../text/textOffsets';
import type { ExportRecord } from '../export/exportTypes';
import type { QdeCode, QdeNote, QdePlainTextSelection, QdeProject, QdeTextSource, QdeUser } from './qdeModel';
import { qdeGuid } from './qdeGuids';
import { codebookCodes, entityCodes } from './qdeCodes';
import type { QdeDocumentInput, QdeExportInput, QdeExportReport } from './qdeExportInput';
import { QdeLossLog } from './qdeLosses';
import { annotationSelection, exportedPlace, mentionSelection, type SelectionContext } from './qdeSelections';
import { qdeVariables } from './qdeVariables';
import { loneSurrogates, xmlChars } from './qdeXmlText';

export interface QdeExport {
  project: QdeProject;
  /** Each source's text by the source's GUID: what `sources/<GUID>.txt` holds. */
  texts: ReadonlyMap<string, string>;
  report: QdeExportReport;
}

export const sourceGuid = (path: string): string => qdeGuid('source', path);

export function buildQdeProject(input: QdeExportInput): QdeExport {
  const log = new QdeLossLog();
  const clean = (text: string): string => {
    const { text: out, replaced } = xmlChars(text);
    log.note('xml-chars', JSON.stringify(text.slice(0, 40)), replaced);
    return out;
  };
  const users = new Map<string, QdeUser>();
  const userGuid = (author: string): string => {
    const guid = qdeGuid('user', author);
    if (!users.has(author)) users.set(author, { guid, name: clean(author), id: clean(author) });
    return guid;
  };
  const ctx: SelectionContext = { log, clean, used: new Set(), unanchored: input.unanchored, userGuid };
  const documents = distinctPaths(input.documents, log);
  const byDocument = recordsByDocument(input.records, new Set(documents.map((d) => d.path)), log);
  const variables = qdeVariables(documents, log, clean);
  const texts = new Map<string, string>();
  const sources: QdeTextSource[] = [];
  const notes: QdeNote[] = [];
  const usedCodes: string[] = [];
  const mentioned = new Set<string>();
  let annotations = 0;
  let mentions = 0;
  for (const document of documents) {
    const text = normaliseText(document.text);
    const offsets = OffsetMap.fromText(document.text);
    const length = offsets.toCodePoint(document.text.length);
    const selections: QdePlainTextSelection[] = [];
    for (const record of byDocument.get(document.path) ?? []) {
      const place = exportedPlace(record, length, ctx);
      if (!place) continue;
      const { selection, note } = annotationSelection(record, place, ctx);
      selections.push(selection);
      if (note) notes.push(note);
      usedCodes.push(...record.codes.map((c) => c.id));
      annotations++;
    }
    for (const m of input.entities?.mentions.get(document.path) ?? []) {
      const start = offsets.toCodePoint(m.rawStart);
      const end = offsets.toCodePoint(m.rawEnd);
      if (!input.entities?.byId.has(m.entity) || !(start >= 0 && start < end && end <= length)) {
        log.note('entity-mentions-cut', `${document.path} ${m.entity} ${m.rawStart}-${m.rawEnd}`);
        continue;
      }
      selections.push(mentionSelection(document.path, m.entity, start, end));
      mentioned.add(m.entity);
      mentions++;
    }
    const guid = sourceGuid(document.path);
    log.note('source-surrogates', document.path, loneSurrogates(text));
    texts.set(guid, text);
    sources.push(source(document, guid, dedupe(selections), variables.valuesOf(document), clean));
  }
  const codebook = codebookCodes(input.codes, usedCodes, log, clean);
  const codes: QdeCode[] = [...codebook];
  const entityList = [...mentioned].map((id) => input.entities!.byId.get(id)!);
  if (input.entities) codes.push(entityCodes(entityList, clean));
  const project: QdeProject = {
    name: clean(input.name),
    origin: input.origin === undefined ? undefined : clean(input.origin),
    users: [...users.values()].sort((a, b) => compare(a.name ?? '', b.name ?? '')),
    codes,
    variables: variables.variables,
    sources,
    otherSources: [],
    notes: notes.sort((a, b) => compare(a.guid, b.guid)),
  };
  const counts = {
    documents: sources.length,
    annotations,
    codings: sources.reduce((n, s) => n + s.selections.reduce((k, sel) => k + sel.codings.length, 0), 0) - mentions,
    memos: notes.length,
    users: users.size,
    codes: countCodes(codebook),
    variables: variables.variables.length,
    entityCodes: entityList.length,
    mentions,
  };
  return { project, texts, report: { counts, losses: log.list() } };
}

/** The documents by path, each path once (a second document of the same path is left out). */
function distinctPaths(documents: readonly QdeDocumentInput[], log: QdeLossLog): QdeDocumentInput[] {
  const sorted = [...documents].sort((a, b) => compare(a.path, b.path));
  return sorted.filter((d, i) => {
    const repeated = i > 0 && sorted[i - 1].path === d.path;
    if (repeated) log.note('duplicate-document', d.path);
    return !repeated;
  });
}

function recordsByDocument(records: readonly ExportRecord[], paths: ReadonlySet<string>, log: QdeLossLog): Map<string, ExportRecord[]> {
  const out = new Map<string, ExportRecord[]>();
  for (const record of records) {
    if (!paths.has(record.document)) {
      log.note('document-missing', `${record.document}#${record.id}`);
      continue;
    }
    const list = out.get(record.document) ?? [];
    list.push(record);
    out.set(record.document, list);
  }
  return out;
}

function source(
  document: QdeDocumentInput,
  guid: string,
  selections: QdePlainTextSelection[],
  variableValues: QdeTextSource['variableValues'],
  clean: (text: string) => string,
): QdeTextSource {
  return { guid, name: clean(document.path), plainTextPath: `internal://${guid}.txt`, selections, variableValues, noteRefs: [] };
}

/** Selections by place, then GUID; one mention found twice (the same GUID) once. */
function dedupe(selections: QdePlainTextSelection[]): QdePlainTextSelection[] {
  selections.sort((a, b) => a.start - b.start || a.end - b.end || compare(a.guid, b.guid));
  return selections.filter((s, i) => i === 0 || s.guid !== selections[i - 1].guid);
}

function countCodes(codes: readonly QdeCode[]): number {
  return codes.reduce((n, c) => n + 1 + countCodes(c.children), 0);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
