// What the editor gathers for a REFI-QDA export (core/exchange): every indexed document's text as
// saved on disk (not unsaved edits: the sidecars describe the files) with its attributes, every
// sidecar's annotations re-anchored against that text (read-only, as the CLI's `export` does),
// the codebook, and, when asked, the catalog's mentions in each text. Paths are workspace paths
// (led by the folder's name in a workspace of several folders).
import * as vscode from 'vscode';
import type { Diagnostic } from '../../core/base/diagnostics';
import type { QdeDocumentInput, QdeExportInput, QdeMentionInput, UnanchoredChoice } from '../../core/exchange/qdeExportInput';
import { entityMentions, exportedEntities, sidecarExportRecords } from '../../core/exchange/qdeGather';
import type { ExportRecord } from '../../core/export';
import { compileMatcher } from '../../core/matcher/mentionMatcher';
import { UNDATED } from '../../core/matcher/documentScanner';
import type { AnnotationFeatureServices } from '../../services/featureServices';
import { displayPath, yieldToHost } from '../../vscode/workspaceFiles';
import { corpusDocuments } from '../shared/corpusDocuments';

export interface GatheredExport {
  documents: QdeDocumentInput[];
  records: ExportRecord[];
  /** The day each document's dated names are read as of, by path. */
  days: Map<string, number>;
  diagnostics: Diagnostic[];
}

const utf8 = new TextDecoder('utf-8');

/** The documents and the annotations' records. */
export async function gatherExport(services: AnnotationFeatureServices): Promise<GatheredExport> {
  const { corpus, annotations, codebook } = services;
  const gathered: GatheredExport = { documents: [], records: [], days: new Map(), diagnostics: [] };
  const texts = new Map<string, string>();
  for (const doc of corpusDocuments(corpus)) {
    const text = await vscode.workspace.fs.readFile(doc.uri).then(
      (bytes) => utf8.decode(bytes),
      () => undefined,
    );
    if (text === undefined) continue;
    const attributes = new Map(doc.attributes);
    attributes.delete('path');
    const path = exportPath(doc.uri);
    gathered.documents.push({ path, text, attributes });
    texts.set(doc.uri.toString(), text);
    gathered.days.set(path, doc.document.date?.day ?? UNDATED);
    await yieldToHost();
  }
  for (const state of annotations.documents()) {
    const model = state.model;
    if (!model || model.annotations.length === 0) continue;
    const found = sidecarExportRecords(
      {
        document: exportPath(state.documentUri),
        sidecar: displayPath(state.sidecarUri),
        sidecarText: model.baseText,
        documentText: texts.get(state.documentUri.toString()),
      },
      codebook.codebook,
      corpus.catalog,
    );
    gathered.records.push(...found.records);
    gathered.diagnostics.push(...found.diagnostics);
  }
  return gathered;
}

/** The catalog's mentions in each gathered text (a fresh scan of the text exported). */
async function gatherMentions(services: AnnotationFeatureServices, gathered: GatheredExport): Promise<Map<string, QdeMentionInput[]>> {
  const mentions = new Map<string, QdeMentionInput[]>();
  if (services.corpus.catalog.entities.length === 0) return mentions;
  const matcher = compileMatcher(services.corpus.catalog);
  for (const d of gathered.documents) {
    mentions.set(d.path, entityMentions(matcher, d.text, gathered.days.get(d.path)));
    await yieldToHost();
  }
  return mentions;
}

/** A document's path in the export: its workspace path, with the folder's name first in a
 * workspace of several folders (two folders may each hold a `report.txt`). */
function exportPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/** The core's input from what was gathered and what the analyst chose. */
export async function exportInput(
  services: AnnotationFeatureServices,
  gathered: GatheredExport,
  name: string,
  unanchored: UnanchoredChoice,
  entitiesAsCodes: boolean,
): Promise<QdeExportInput> {
  const mentions = entitiesAsCodes ? await gatherMentions(services, gathered) : undefined;
  return {
    name,
    origin: 'Policy Annotator (VS Code)',
    documents: gathered.documents,
    records: gathered.records,
    codes: services.codebook.codebook.codes,
    unanchored,
    entities: mentions ? { byId: exportedEntities(services.corpus.catalog), mentions } : undefined,
  };
}
