/**
 * The import of a REFI-QDA project into a folder, planned without touching a disk: from the parsed
 * project, the archive's source files and what the folder holds now, the files to write (new
 * documents, the codebook with the missing codes, sidecars with the new annotations) and the
 * report. Nothing existing is overwritten: a document whose name is taken by a different text is
 * a conflict (it and its annotations are skipped); sidecars only gain annotations, matched by id.
 * src/node/qdpxImport.ts reads the folder, calls this, and writes the plan atomically.
 */
import { normaliseText } from '../text/textOffsets';
import { plural } from '../text/plural';
import { loadSidecar, newSidecar } from '../sidecars/sidecarLoad';
import type { SidecarModel } from '../sidecars/sidecarModel';
import { sidecarPathFor } from '../base/ports';
import { addSelections, type ProjectLookups } from './qdeImportAnnotations';
import { planCodes } from './qdeImportCodes';
import { DOCUMENT_LIST_FILE, planAttributes, sourceAttributes } from './qdeImportAttributes';
import { documentFileNames, exactDocumentPath } from './qdeImportNames';
import type { ImportedDocument, ImportReport, QdeProblem } from './qdeImportReport';
import type { QdeProject, QdeTextSource } from './qdeModel';
import type { FolderState } from './qdeFolderState';
import type { ParsedQde } from './qdeParse';
import { decodeUtf8 } from './qdeText';
import { readSourceText } from './qdeLineEnds';

export const CODEBOOK_FILE = 'codebook.yaml';

export type { ExistingFile, FolderState } from './qdeFolderState';

export interface ImportPlan {
  /** The codebook's new text, when codes are added; `existed`: whether it was there. */
  readonly codebook?: { path: string; text: string; existed: boolean };
  /** documents.yaml with the new documents' attributes, when there are any to add. */
  readonly documentList?: { path: string; text: string };
  /** New documents: written only where nothing is. */
  readonly documents: { path: string; text: string }[];
  /** Sidecars with new annotations (merged by id with what is on disk when it changed meanwhile). */
  readonly sidecars: { path: string; model: SidecarModel; existed: boolean }[];
  readonly report: ImportReport;
  /** The project cannot be imported at all (the reason is among the report's problems). */
  readonly refused?: true;
}

/** The paths of the folder the plan will look at, so the caller can read them first. */
export function importPaths(project: QdeProject): string[] {
  const names = documentFileNames(project.sources);
  const exact = project.sources.flatMap((s) => exactDocumentPath(s.name) ?? []);
  return [...new Set([CODEBOOK_FILE, DOCUMENT_LIST_FILE, ...[...names, ...exact].flatMap((n) => [n, sidecarPathFor(n)])])];
}

export function planImport(parsed: ParsedQde, sources: ReadonlyMap<string, Uint8Array>, folder: FolderState): ImportPlan {
  const { project, lines } = parsed;
  const problems: QdeProblem[] = [...parsed.problems];
  const codebookFile = folder.file(CODEBOOK_FILE);
  if (codebookFile.kind === 'other')
    return refused([{ file: CODEBOOK_FILE, severity: 'error', message: `${codebookFile.reason}; nothing was imported` }]);
  const codes = planCodes(project.codes, codebookFile.kind === 'text' ? codebookFile.text : undefined, CODEBOOK_FILE, lines);
  if ('refused' in codes) return refused([...problems, ...codes.refused]);
  problems.push(...codes.problems);
  const lookups: ProjectLookups = {
    lines,
    codeIds: codes.idByGuid,
    entityCodes: codes.entityCodes,
    selectionsSeen: new Set<string>(),
    userNames: new Map(project.users.map((u) => [u.guid, u.name ?? u.id ?? u.guid])),
    notes: new Map(project.notes.map((n) => [n.guid, n.text])),
  };
  const names = documentFileNames(project.sources);
  const documents: ImportPlan['documents'] = [];
  const sidecars: ImportPlan['sidecars'] = [];
  const imported: ImportedDocument[] = [];
  const attributes = new Map<string, ReturnType<typeof sourceAttributes>>();
  let entityMentions = 0;
  project.sources.forEach((source, i) => {
    let path = names[i];
    const element = `TextSource {${source.guid}}${source.name ? ` '${source.name}'` : ''}`;
    const where = { file: 'project.qde', line: lines.get(source.guid), element };
    const none = {
      source: source.name ?? source.guid,
      path,
      annotationsAdded: 0,
      annotationsPresent: 0,
      annotationsSkipped: source.selections.length,
      lineEnds: '',
    };
    const raw = sourceText(source, sources);
    if (typeof raw !== 'string') {
      problems.push({
        ...where,
        severity: 'error',
        message: `${raw.problem}; the source and its ${source.selections.length} selections are skipped`,
      });
      imported.push({ ...none, status: 'skipped' });
      return;
    }
    // A document the folder holds under the source's own name, with the same text (our export's
    // source, back in the folder it came from) is that document, even where a new one's name differs.
    const exact = exactDocumentPath(source.name);
    const there = exact === undefined ? undefined : folder.file(exact);
    if (exact !== undefined && there?.kind === 'text' && sameText(there.text, raw)) none.path = path = exact;
    const existing = folder.file(path);
    const status = existing.kind === 'absent' ? 'new' : existing.kind === 'text' && sameText(existing.text, raw) ? 'identical' : 'conflict';
    if (status === 'conflict') {
      const reason = existing.kind === 'other' ? existing.reason : 'a different file is already there';
      problems.push({
        ...where,
        severity: 'error',
        message: `${path}: ${reason}; it is not overwritten, and this source's ${source.selections.length} selections are skipped`,
      });
      imported.push({ ...none, status });
      return;
    }
    const text = readSourceText(raw, source.selections);
    const sidecarPath = sidecarPathFor(path);
    const sidecarFile = folder.file(sidecarPath);
    const model = sidecarFile.kind === 'text' ? loadSidecar(sidecarFile.text, sidecarPath) : newSidecar(sidecarPath, text.anchor.hash);
    if (status === 'new' && sidecarFile.kind === 'text')
      problems.push({
        ...where,
        severity: 'warning',
        message: `${sidecarPath} was there without its document: the document is written next to it and its annotations follow this text (check them)`,
      });
    if (status === 'new') {
      documents.push({ path, text: raw });
      attributes.set(path, sourceAttributes(project, source));
    }
    if (sidecarFile.kind === 'other' || model.readOnly) {
      const reason = sidecarFile.kind === 'other' ? sidecarFile.reason : 'it cannot be read safely (run check)';
      problems.push({
        ...where,
        severity: 'error',
        message: `${sidecarPath}: ${reason}; it is not rewritten, and this source's selections are skipped`,
      });
      imported.push({ ...none, status, lineEnds: text.said });
      return;
    }
    const counts = addSelections(path, model, source.selections, text, lookups, problems);
    entityMentions += counts.entityMentions;
    if (model.changed) sidecars.push({ path: sidecarPath, model, existed: sidecarFile.kind === 'text' });
    imported.push({
      ...none,
      status,
      lineEnds: text.said,
      annotationsAdded: counts.added,
      annotationsPresent: counts.present,
      annotationsSkipped: counts.skipped,
    });
  });
  for (const other of project.otherSources) {
    problems.push({
      file: 'project.qde',
      line: lines.get(other.guid),
      severity: 'warning',
      element: `${other.kind} {${other.guid}}${other.name ? ` '${other.name}'` : ''}`,
      message: `not imported (only text sources are); its ${other.selections} selections are skipped`,
    });
  }
  if (entityMentions > 0)
    problems.push({
      file: 'project.qde',
      severity: 'info',
      message: `${plural(entityMentions, 'entity mention')} (the entity index a Policy Annotator export carries as codes) not imported: the catalog finds them in the text`,
    });
  const listed = planAttributes(attributes, folder.file(DOCUMENT_LIST_FILE));
  problems.push(...listed.problems);
  const codebook = codes.text === undefined ? undefined : { path: CODEBOOK_FILE, text: codes.text, existed: codebookFile.kind === 'text' };
  const documentList = listed.text === undefined ? undefined : { path: DOCUMENT_LIST_FILE, text: listed.text };
  const report = { documents: imported, codesAdded: codes.added, codesMatched: codes.matched, attributesListed: listed.added, problems };
  return { codebook, documentList, documents, sidecars, report };
}

function refused(problems: QdeProblem[]): ImportPlan {
  return { documents: [], sidecars: [], refused: true, report: { documents: [], codesAdded: [], codesMatched: 0, problems } };
}

/** The source's text: its file in the archive (`internal://…`), else its PlainTextContent. */
function sourceText(source: QdeTextSource, files: ReadonlyMap<string, Uint8Array>): string | { problem: string } {
  const path = source.plainTextPath;
  if (path !== undefined) {
    const internal = /^internal:\/\/(.+)$/i.exec(path.trim());
    const bytes = internal ? archiveFile(files, internal[1]) : undefined;
    if (bytes) return decodeUtf8(bytes, path);
    if (source.plainTextContent === undefined)
      return {
        problem: internal
          ? `its text ${path} is not in the archive's sources folder`
          : `its text ${path} is outside the archive (only internal:// sources are read)`,
      };
  }
  if (source.plainTextContent !== undefined) return source.plainTextContent;
  return { problem: 'it has neither a plainTextPath nor PlainTextContent (rich text only is not read)' };
}

function archiveFile(files: ReadonlyMap<string, Uint8Array>, name: string): Uint8Array | undefined {
  const exact = files.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [key, bytes] of files) if (key.toLowerCase() === lower) return bytes;
  return undefined;
}

/** The same document: the same bytes, or the same text once BOM and line ends are normalised (positions are over that). */
function sameText(a: string, b: string): boolean {
  return a === b || normaliseText(a) === normaliseText(b);
}
