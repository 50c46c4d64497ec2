/**
 * What both the CLI and the editor do to gather a REFI-QDA export's input once they have read the
 * files: the entity mentions of a document (the one-pass scanner, dated names read as of the
 * document's date) and the records of one sidecar (checked, then re-anchored against its
 * document's current text, read-only, as `export` does).
 */
import type { Catalog } from '../catalog/catalogTypes';
import type { Codebook } from '../codebook/codebook';
import type { Diagnostic } from '../base/diagnostics';
import { exportRecords, type ExportRecord } from '../export';
import { scanDocument, UNDATED } from '../matcher/documentScanner';
import type { CompiledMatcher } from '../matcher/mentionMatcher';
import { checkSidecar } from '../sidecars/sidecarCheck';
import type { QdeEntityInput, QdeMentionInput } from './qdeExportInput';

/** Every mention of a catalog entity in `text` (raw offsets of `text`). */
export function entityMentions(matcher: CompiledMatcher, text: string, day = UNDATED): QdeMentionInput[] {
  const found = scanDocument(matcher, text, day).mentions;
  const out: QdeMentionInput[] = [];
  for (let i = 0; i < found.length; i++)
    out.push({ entity: matcher.entities[found.entity(i)].id, rawStart: found.start(i), rawEnd: found.end(i) });
  return out;
}

/** The catalog's entities as the export names them. */
export function exportedEntities(catalog: Catalog): Map<string, QdeEntityInput> {
  return new Map(catalog.entities.map((e) => [e.id, { id: e.id, name: e.name, kind: e.kind, type: e.type, description: e.description }]));
}

export interface SidecarInput {
  /** The document's path relative to the exported folder. */
  document: string;
  /** The sidecar's path, as problems name it. */
  sidecar: string;
  sidecarText: string;
  /** The document's text now; undefined when it is missing. */
  documentText: string | undefined;
}

/** The records of one sidecar, and the problems its check found. */
export function sidecarExportRecords(
  input: SidecarInput,
  codebook: Codebook,
  catalog: Catalog,
): { records: ExportRecord[]; diagnostics: Diagnostic[] } {
  const checked = checkSidecar(input.sidecarText, input.sidecar, {
    codes: codebook.byId,
    entities: catalog.byId,
    documentExists: input.documentText !== undefined,
  });
  const records = exportRecords({
    document: input.document,
    sidecar: input.sidecar,
    documentHash: checked.documentHash,
    annotations: checked.annotations,
    text: input.documentText,
    codes: codebook.byId,
  });
  return { records, diagnostics: checked.diagnostics };
}
