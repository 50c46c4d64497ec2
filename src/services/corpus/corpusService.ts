// The corpus as the editor sees it: the merged catalog, the compiled matcher and the index of every
// corpus document, rebuilt when a catalog changes and updated one document at a time otherwise.
import * as vscode from 'vscode';
import { BUILT_IN_CATALOGS } from '../../core/catalog/catalogExtends';
import type { Corpus } from './corpus';
import type { Catalog } from '../../core/catalog/catalogTypes';
import { CoMentions } from '../../core/index/coMentions';
import { CorpusIndex, type IndexedDocument } from '../../core/index/corpusIndex';
import { IndexedCatalogTexts } from '../../core/index/indexedCatalogTexts';
import { LoadState } from '../../core/base/loadState';
import { compileMatcher } from '../../core/matcher/mentionMatcher';
import { globTest } from '../../core/base/pathGlob';
import { corpusDocumentTest } from '../../core/base/ports';
import type { CorpusSettings, FolderSettings } from '../../vscode/config';
import type { OutputLog } from '../../vscode/outputLog';
import { displayPath, filterYielding, findFolderFiles, readWorkspaceText } from '../../vscode/workspaceFiles';
import { buildCatalogOnThread } from '../../node/catalogThread';
import type { BuiltInCatalogs } from './builtInCatalogs';
import { DocumentDating } from './documentDating';
import { indexDocuments } from './documentIndexing';
import { indexReport, reportLine, type IndexReport } from '../../core/indexing/indexReport';

export class CorpusService implements Corpus, vscode.Disposable {
  private catalogState: Catalog = { entities: [], byId: new Map(), notMentions: [], diagnostics: [] };
  private indexState = new CorpusIndex(compileMatcher(this.catalogState));
  private catalogUris: vscode.Uri[] = [];
  private uris = new Map<string, vscode.Uri>();
  /** Editor version of the text each open document was last indexed from (absent: from disk). */
  private versions = new Map<string, number>();
  private coMentionState: CoMentions | undefined;
  private readonly pathTests = new Map<string, (path: string) => boolean>();
  /** Documents removed because their file was deleted (fresh() must not re-add them). */
  private readonly deleted = new Set<string>();
  private generation = 0;
  /** The catalog texts of the latest build, so an event that brings nothing new is no rebuild. */
  private readonly catalogTexts = new IndexedCatalogTexts();
  /** Updates made while a rebuild runs, replayed on the new index (else they would be lost). */
  private duringRebuild: Map<string, { uri: vscode.Uri; text: string | undefined }> | undefined;
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  /** Fires with a document id after one document changed, or undefined after a full rebuild. */
  readonly onDidChange = this.changed.event;
  lastReport: IndexReport | undefined;
  /** The catalog and index being (re)built, a rebuild scheduled after a change included. */
  readonly loading = new LoadState('the index');
  private datingState: DocumentDating;

  constructor(private readonly settings: CorpusSettings, private readonly log: OutputLog, private readonly builtIn: BuiltInCatalogs) {
    this.datingState = new DocumentDating(log);
  }

  get catalog(): Catalog { return this.catalogState; }
  /** Where each document's date comes from (dated names are read as of it). */
  get dating(): DocumentDating { return this.datingState; }
  get index(): CorpusIndex { return this.indexState; }
  get catalogFiles(): readonly vscode.Uri[] { return this.catalogUris; }

  uriOf(documentId: string): vscode.Uri | undefined { return this.uris.get(documentId); }
  document(uri: vscode.Uri): IndexedDocument | undefined { return this.indexState.document(uri.toString()); }

  /** Co-mentions over the current index (a new index after a rebuild gets a new cache). */
  get coMentions(): CoMentions {
    if (this.coMentionState?.index !== this.indexState) {
      this.coMentionState?.dispose();
      this.coMentionState = new CoMentions(this.indexState);
    }
    return this.coMentionState;
  }

  /**
   * The index entry of an open editor document, matching the editor's text right now: when the
   * text moved on since it was indexed (an edit still in its debounce), that document is re-scanned
   * first. Providers use this so their offsets are never stale. Undefined for non-corpus files and
   * for documents deleted on disk.
   */
  fresh(document: vscode.TextDocument): IndexedDocument | undefined {
    const id = document.uri.toString();
    const indexed = this.indexState.document(id);
    // An editor can outlive its file: a document deleted on disk stays out until the watcher
    // reports it again, or it would come back here.
    if (!indexed && (this.deleted.has(id) || !this.isCorpusDocument(document.uri))) return undefined;
    if (indexed && this.versions.get(id) === document.version) return indexed;
    this.updateDocument(document.uri, document.getText(), document.version);
    return this.indexState.document(id);
  }

  /** The editor version of the text a document was last indexed from, if it came from the editor. */
  indexedVersion(uri: vscode.Uri): number | undefined { return this.versions.get(uri.toString()); }

  /** The URI of a workspace catalog file named as in diagnostics and entity locations
   * (workspace-relative): the files an edit may write. */
  catalogUri(file: string): vscode.Uri | undefined {
    return this.catalogUris.find((u) => displayPath(u) === file);
  }

  /** Where an entity's declaration can be shown: its workspace catalog file, or the read-only
   * document of the built-in catalog it comes from. */
  definitionUri(file: string): vscode.Uri | undefined {
    return this.catalogUri(file) ?? this.builtIn.uriOf(file);
  }

  /** The settings of the workspace folder a file is in (undefined: in none). */
  private settingsOf(uri: vscode.Uri): FolderSettings | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder && this.settings.folder(folder);
  }

  isCorpusDocument(uri: vscode.Uri): boolean {
    return this.corpusDocumentTest()(uri);
  }

  /** Which URIs are corpus documents under the settings as they are now, each workspace folder's
   * read once (for the 10,000 documents of a rebuild). */
  private corpusDocumentTest(): (uri: vscode.Uri) => boolean {
    const perFolder = new Map<string, (path: string) => boolean>();
    return (uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder) return false; // git: and diff copies are not documents
      let test = perFolder.get(folder.uri.toString());
      if (!test) {
        const { documents, exclude } = this.settings.folder(folder);
        test = this.pathTest(`d\0${documents}\0${exclude}`, () => corpusDocumentTest(documents, exclude));
        perFolder.set(folder.uri.toString(), test);
      }
      return test(displayPath(uri));
    };
  }

  /** Workspace files matching `include`, less what each folder's policyAnnotator.exclude leaves
   * out (not files.exclude: that only hides files from the explorer). */
  findFiles(include: string): Promise<vscode.Uri[]> {
    return findFolderFiles((folder) => ({ include, exclude: this.settings.folder(folder).exclude }));
  }

  /** A documents.yaml that dates documents (a change rebuilds the index). */
  isDocumentList(uri: vscode.Uri): boolean {
    const settings = this.settingsOf(uri);
    return settings !== undefined && this.dating.isDocumentList(uri, settings.exclude);
  }

  isCatalogFile(uri: vscode.Uri): boolean {
    const settings = this.settingsOf(uri);
    if (!settings) return false;
    const { catalogFiles, exclude } = settings;
    return this.pathTest(`c\0${catalogFiles}\0${exclude}`, () => globTest(catalogFiles, exclude))(displayPath(uri));
  }

  /** Compiled globs, kept per settings value: providers ask on every hover and keystroke. */
  private pathTest(key: string, compile: () => (path: string) => boolean): (path: string) => boolean {
    let test = this.pathTests.get(key);
    if (!test) {
      if (this.pathTests.size > 8) this.pathTests.clear();
      test = compile();
      this.pathTests.set(key, test);
    }
    return test;
  }

  /** Loads every catalog and indexes every document; a newer call supersedes an older one. */
  async rebuild(progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<IndexReport | undefined> {
    const end = this.loading.begin();
    let complete = true; // a failed rebuild ends the first load too: nothing better is coming
    try {
      const report = await this.rebuildLatest(progress);
      complete = report !== undefined; // undefined: superseded by a newer rebuild, still running
      return report;
    } finally {
      end(complete);
    }
  }

  private async rebuildLatest(progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<IndexReport | undefined> {
    const generation = ++this.generation;
    this.duringRebuild = new Map();
    this.catalogTexts.begin(generation);
    let report: IndexReport | undefined;
    try {
      report = await this.build(generation, progress);
      return report;
    } finally {
      // Whatever happened, a finished (or failed) latest rebuild stops buffering edits.
      if (generation === this.generation) this.duringRebuild = undefined;
      this.catalogTexts.end(generation, report !== undefined);
    }
  }

  private async build(generation: number, progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<IndexReport | undefined> {
    const started = Date.now();
    // Each workspace folder is searched with its own settings (they are resource scoped).
    const globs = (include: 'catalogFiles' | 'documents') => (f: vscode.WorkspaceFolder): { include: string; exclude: string } => {
      const settings = this.settings.folder(f);
      return { include: settings[include], exclude: settings.exclude };
    };
    const catalogUris = await findFolderFiles(globs('catalogFiles'));
    this.catalogTexts.list(generation, catalogUris.map((u) => u.toString()));
    const files: Array<{ text: string; file: string }> = [];
    // Catalog diagnostics name files as the user sees them: relative to the workspace folder.
    for (const uri of catalogUris) {
      try {
        const text = await readWorkspaceText(uri);
        this.catalogTexts.read(generation, uri.toString(), text);
        files.push({ text, file: displayPath(uri) });
      } catch (err) {
        // Gone between listing and reading (a checkout, say): the others still load.
        this.log.error(`Could not read the catalog ${displayPath(uri)}`, err);
      }
    }
    const builtIn = Object.fromEntries(await Promise.all(BUILT_IN_CATALOGS.map(async (name) => [name, await this.builtIn.text(name)] as const)));
    const builtInSnapshots = Object.fromEntries(await Promise.all(BUILT_IN_CATALOGS.map(async (name) => [name, await this.builtIn.snapshot(name)] as const)));
    // Parsed, checked and compiled on a thread of its own: a big catalog takes most of a second.
    const input = { files, worldWhenNone: this.settings.worldCatalog(), builtIn, builtInSnapshots };
    const { catalog, bases, matcher, fallback } = await buildCatalogOnThread(input);
    if (fallback) this.log.warn(`The catalog was built on the extension host's thread: ${fallback}`);
    const catalogAt = Date.now();
    // Read into a dating of this build's own: a superseded build must not leave its dates behind.
    const dating = new DocumentDating(this.log);
    await dating.load((f) => this.settings.folder(f).exclude);
    if (generation !== this.generation) return undefined;
    const index = new CorpusIndex(matcher);
    const docs = await filterYielding(await findFolderFiles(globs('documents')), this.corpusDocumentTest());
    const listedAt = Date.now();
    const indexed = await indexDocuments(index, docs, dating, this.log, () => generation !== this.generation, progress);
    if (!indexed) return undefined;
    const { uris, threads } = indexed;
    const phases = { catalogMs: catalogAt - started, listingMs: listedAt - catalogAt, documentsMs: Date.now() - listedAt };
    if (generation !== this.generation) return undefined;
    for (const [id, change] of this.duringRebuild ?? []) {
      if (change.text === undefined) { index.removeDocument(id); uris.delete(id); } else { index.setDocument(id, change.text, dating.dateOf(change.uri, change.text)); uris.set(id, change.uri); }
    }
    this.catalogState = catalog;
    this.datingState = dating;
    this.catalogUris = catalogUris;
    this.indexState = index;
    this.uris = uris;
    this.versions = new Map(); // texts were read without versions; fresh() re-reads open ones once
    const report = indexReport(index, { catalogFiles: catalogUris.length, builtIn: bases, milliseconds: Date.now() - started, threads, phases });
    this.lastReport = report;
    this.log.info(reportLine(report));
    this.changed.fire(undefined);
    return report;
  }

  /** Re-scans one document from the given text (an edit, a save, a file created outside). */
  updateDocument(uri: vscode.Uri, text: string, editorVersion?: number): void {
    this.duringRebuild?.set(uri.toString(), { uri, text });
    this.uris.set(uri.toString(), uri);
    this.deleted.delete(uri.toString());
    if (editorVersion === undefined) this.versions.delete(uri.toString());
    else this.versions.set(uri.toString(), editorVersion);
    this.indexState.setDocument(uri.toString(), text, this.dating.dateOf(uri, text));
    this.changed.fire(uri.toString());
  }

  /** Removes a document, or every document below a deleted folder. */
  removeDocument(uri: vscode.Uri): void {
    const id = uri.toString();
    const below = [...this.uris.keys()].filter((k) => k === id || k.startsWith(id + '/'));
    for (const k of below) {
      this.duringRebuild?.set(k, { uri: this.uris.get(k) ?? uri, text: undefined });
      this.uris.delete(k);
      this.versions.delete(k);
      this.deleted.add(k);
      this.dating.forget(k);
      if (this.indexState.removeDocument(k)) this.changed.fire(k);
    }
  }

  /**
   * True when the index holds this text of a catalog file, or the rebuild under way will read it
   * from now on: a save or revert that brings nothing new then needs no rebuild.
   */
  hasCatalogText(uri: vscode.Uri, text: string): boolean {
    return this.catalogTexts.holds(uri.toString(), text);
  }

  /** True when a catalog file is the given URI or lies below it (a deleted folder). */
  hasCatalogAt(uri: vscode.Uri): boolean {
    const id = uri.toString();
    return this.catalogUris.some((c) => c.toString() === id || c.toString().startsWith(id + '/'));
  }

  dispose(): void {
    this.generation++;
    this.coMentionState?.dispose();
    this.changed.dispose();
  }

}

