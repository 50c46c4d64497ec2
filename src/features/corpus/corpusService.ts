// The corpus as the editor sees it: the merged catalog, the compiled matcher and the index of every
// corpus document, rebuilt when a catalog changes and updated one document at a time otherwise.
import * as vscode from 'vscode';
import { buildCatalog, parseCatalogFile } from '../../core/catalogLoader';
import type { Catalog } from '../../core/catalogTypes';
import { CorpusIndex, type IndexedDocument } from '../../core/corpusIndex';
import { compileMatcher } from '../../core/mentionMatcher';
import { globTest } from '../../core/pathGlob';
import { corpusDocumentTest } from '../../core/ports';
import type { Settings } from '../../vscode/config';
import type { OutputLog } from '../../vscode/outputLog';
import { displayPath, findWorkspaceFiles, readWorkspaceText, yieldToHost } from '../../vscode/workspaceFiles';

export interface IndexReport {
  catalogFiles: number;
  entities: number;
  documents: number;
  mentions: number;
  entitiesMentioned: number;
  milliseconds: number;
}

export class CorpusService implements vscode.Disposable {
  private catalogState: Catalog = { entities: [], byId: new Map(), diagnostics: [] };
  private indexState = new CorpusIndex(compileMatcher(this.catalogState));
  private catalogUris: vscode.Uri[] = [];
  private uris = new Map<string, vscode.Uri>();
  private generation = 0;
  /** Updates made while a rebuild runs, replayed on the new index (else they would be lost). */
  private duringRebuild: Map<string, { uri: vscode.Uri; text: string | undefined }> | undefined;
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  /** Fires with a document id after one document changed, or undefined after a full rebuild. */
  readonly onDidChange = this.changed.event;
  lastReport: IndexReport | undefined;

  constructor(private readonly settings: () => Settings, private readonly log: OutputLog) {}

  get catalog(): Catalog { return this.catalogState; }
  get index(): CorpusIndex { return this.indexState; }
  get catalogFiles(): readonly vscode.Uri[] { return this.catalogUris; }

  uriOf(documentId: string): vscode.Uri | undefined { return this.uris.get(documentId); }
  document(uri: vscode.Uri): IndexedDocument | undefined { return this.indexState.document(uri.toString()); }

  isCorpusDocument(uri: vscode.Uri): boolean {
    if (!vscode.workspace.getWorkspaceFolder(uri)) return false; // git: and diff copies are not documents
    const { documents, exclude } = this.settings();
    return corpusDocumentTest(documents, exclude)(displayPath(uri));
  }

  isCatalogFile(uri: vscode.Uri): boolean {
    if (!vscode.workspace.getWorkspaceFolder(uri)) return false;
    const { catalogFiles, exclude } = this.settings();
    return globTest(catalogFiles, exclude)(displayPath(uri));
  }

  /** Loads every catalog and indexes every document; a newer call supersedes an older one. */
  async rebuild(progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<IndexReport | undefined> {
    const generation = ++this.generation;
    this.duringRebuild = new Map();
    try {
      return await this.build(generation, progress);
    } finally {
      // Whatever happened, a finished (or failed) latest rebuild stops buffering edits.
      if (generation === this.generation) this.duringRebuild = undefined;
    }
  }

  private async build(generation: number, progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<IndexReport | undefined> {
    const started = Date.now();
    const { catalogFiles, documents, exclude } = this.settings();
    const catalogUris = await findWorkspaceFiles(catalogFiles, exclude);
    const parsed = [];
    // Catalog diagnostics name files as the user sees them: relative to the workspace folder.
    for (const uri of catalogUris) {
      try {
        parsed.push(parseCatalogFile(await readWorkspaceText(uri), displayPath(uri)));
      } catch (err) {
        // Gone between listing and reading (a checkout, say): the others still load.
        this.log.error(`Could not read the catalog ${displayPath(uri)}`, err);
      }
    }
    if (generation !== this.generation) return undefined;
    const catalog = buildCatalog(parsed);
    const index = new CorpusIndex(compileMatcher(catalog));
    const docs = (await findWorkspaceFiles(documents, exclude)).filter((u) => this.isCorpusDocument(u));
    const uris = new Map<string, vscode.Uri>();
    let lastYield = Date.now();
    let reported = 0;
    for (const [n, uri] of docs.entries()) {
      if (generation !== this.generation) return undefined;
      try {
        index.setDocument(uri.toString(), await readWorkspaceText(uri));
        uris.set(uri.toString(), uri);
      } catch (err) {
        this.log.error(`Could not read ${displayPath(uri)}`, err);
      }
      if (Date.now() - lastYield > 15) {
        progress?.report({ message: `${n + 1}/${docs.length} documents`, increment: (100 * (n + 1 - reported)) / docs.length });
        reported = n + 1;
        await yieldToHost();
        lastYield = Date.now();
      }
    }
    if (generation !== this.generation) return undefined;
    for (const [id, change] of this.duringRebuild ?? []) {
      if (change.text === undefined) { index.removeDocument(id); uris.delete(id); } else { index.setDocument(id, change.text); uris.set(id, change.uri); }
    }
    this.catalogState = catalog;
    this.catalogUris = catalogUris;
    this.indexState = index;
    this.uris = uris;
    const report = this.report(catalogUris.length, Date.now() - started);
    this.changed.fire(undefined);
    return report;
  }

  /** Re-scans one document from the given text (an edit, a save, a file created outside). */
  updateDocument(uri: vscode.Uri, text: string): void {
    this.duringRebuild?.set(uri.toString(), { uri, text });
    this.uris.set(uri.toString(), uri);
    this.indexState.setDocument(uri.toString(), text);
    this.changed.fire(uri.toString());
  }

  /** Removes a document, or every document below a deleted folder. */
  removeDocument(uri: vscode.Uri): void {
    const id = uri.toString();
    const below = [...this.uris.keys()].filter((k) => k === id || k.startsWith(id + '/'));
    for (const k of below) {
      this.duringRebuild?.set(k, { uri: this.uris.get(k) ?? uri, text: undefined });
      this.uris.delete(k);
      if (this.indexState.removeDocument(k)) this.changed.fire(k);
    }
  }

  /** True when a catalog file is the given URI or lies below it (a deleted folder). */
  hasCatalogAt(uri: vscode.Uri): boolean {
    const id = uri.toString();
    return this.catalogUris.some((c) => c.toString() === id || c.toString().startsWith(id + '/'));
  }

  dispose(): void {
    this.generation++;
    this.changed.dispose();
  }

  private report(catalogFiles: number, milliseconds: number): IndexReport {
    const index = this.indexState;
    let entitiesMentioned = 0;
    for (let e = 0; e < index.entities.length; e++) if (index.documentCountOf(e) > 0) entitiesMentioned++;
    const report: IndexReport = {
      catalogFiles, entities: index.entities.length, documents: index.documentCount,
      mentions: index.mentionCount, entitiesMentioned, milliseconds,
    };
    this.lastReport = report;
    this.log.info(catalogFiles === 0
      ? `No entity catalog found (setting policyAnnotator.catalogFiles). Indexed ${report.documents} documents.`
      : `Indexed ${report.documents} documents: ${report.mentions} mentions of ${report.entitiesMentioned} entities `
        + `(catalog: ${report.entities} entities in ${catalogFiles} file${catalogFiles === 1 ? '' : 's'}) in ${milliseconds} ms.`);
    return report;
  }
}
