// The analyst's annotations across the corpus (issue 5): sidecars read at start and whenever they
// change on disk, anchored against each document's current text, shifted while the analyst
// types, and written atomically (merged by annotation id when the file changed meanwhile) on
// every change. A sidecar that cannot be read safely makes its document's annotations read-only.
import * as vscode from 'vscode';
import { AnchorText, type LiveAnnotation } from '../../core/anchoring';
import { createTarget } from '../../core/anchoring/createTarget';
import type { AnnotationPatch } from '../../core/sidecars/annotationValue';
import { newAnnotationId } from '../../core/sidecars/annotationValue';
import { saveSidecar } from '../../core/sidecars/saveSidecar';
import { sameVersion } from '../../core/sidecars/writePlan';
import { plainMessage } from '../../core/plainMessage';
import { loadSidecar, newSidecar } from '../../core/sidecars/sidecarLoad';
import { SidecarReadOnlyError, type SidecarModel } from '../../core/sidecars/sidecarModel';
import type { OutputLog } from '../../vscode/outputLog';
import { storedFile, type StoredFile } from '../../vscode/sidecarStore';
import { displayPath, readWorkspaceText, yieldToHost } from '../../vscode/workspaceFiles';
import type { CorpusService } from '../corpus/corpusService';
import { publishSidecarDiagnostics } from './sidecarDiagnostics';
import { DocumentState, sidecarUriOf } from './documentState';

/** What tagging asks for; positions are the editor's (UTF-16 offsets of the document's text). */
export interface NewTag {
  codes: string[];
  note?: string;
  entities?: string[];
  author?: string;
}

/** What `remove` hands back so the deletion can be undone. */
export interface RemovedAnnotation {
  documentUri: vscode.Uri;
  id: string;
  itemText: string;
  indent: number;
}

export class AnnotationService implements vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  /** A document id after its annotations changed (places, statuses, content); undefined after a reload of all. */
  readonly onDidChange = this.changed.event;
  readonly problems = vscode.languages.createDiagnosticCollection('policyAnnotator.sidecars');
  private loading: Promise<void> = Promise.resolve();

  constructor(private readonly corpus: CorpusService, private readonly log: OutputLog) {}

  /** Settles when the last full load has finished. */
  get loaded(): Promise<void> {
    return this.loading;
  }

  /** Documents whose sidecar exists (or existed when last read), in corpus order. */
  documents(): DocumentState[] {
    return [...this.states.values()].filter((s) => s.model !== undefined);
  }

  state(documentUri: vscode.Uri | string): DocumentState | undefined {
    return this.states.get(documentUri.toString());
  }

  /** The state of a sidecar's document, found by the sidecar's URI. */
  stateOfSidecar(sidecarUri: vscode.Uri): DocumentState | undefined {
    return [...this.states.values()].find((s) => s.sidecarUri.toString() === sidecarUri.toString());
  }

  /** Live annotations of a document, those whose place covers `offset` first (innermost first). */
  annotationsAt(documentUri: vscode.Uri, offset: number): LiveAnnotation[] {
    const live = this.state(documentUri)?.live.all ?? [];
    return live
      .filter((a) => a.start !== undefined && a.end !== undefined && a.start <= offset && offset <= a.end)
      .sort((a, b) => (a.end! - a.start!) - (b.end! - b.start!));
  }

  /** Reads every corpus document's sidecar and anchors it (yielding between documents). */
  loadAll(): Promise<void> {
    this.loading = this.loading.then(() => this.readAll()).catch((err) => { this.log.error('Loading annotations failed', err); });
    return this.loading;
  }

  private async readAll(): Promise<void> {
    const ids = new Set(this.corpus.index.documentIds());
    for (const [id, state] of this.states) {
      if (!ids.has(id)) { this.states.delete(id); this.problems.delete(state.sidecarUri); }
    }
    for (const id of ids) {
      const uri = this.corpus.uriOf(id);
      if (uri) await this.ensure(uri).serial(() => this.read(this.ensure(uri)));
      await yieldToHost();
    }
    this.changed.fire(undefined);
  }

  /** Re-reads one document's sidecar (after a change on disk) and re-anchors it. */
  async reload(documentUri: vscode.Uri): Promise<void> {
    if (!this.corpus.isCorpusDocument(documentUri)) return;
    const state = this.ensure(documentUri);
    await state.serial(() => this.read(state));
    this.changed.fire(state.id);
  }

  /** Re-anchors a document against its current text (opened, or changed on disk). */
  async reanchor(documentUri: vscode.Uri): Promise<void> {
    const state = this.state(documentUri);
    if (!state?.model) return;
    await state.serial(() => this.anchor(state));
    this.changed.fire(state.id);
  }

  /** Shifts the live places by an editor change; true when any place moved. */
  shift(document: vscode.TextDocument, changes: readonly vscode.TextDocumentContentChangeEvent[]): boolean {
    const state = this.state(document.uri);
    if (!state?.model || changes.length === 0) return false;
    state.textVersion = document.version;
    const touched = state.live.shift(changes);
    if (touched) this.changed.fire(state.id);
    return touched;
  }

  /** Re-anchors the annotations whose quoted text was edited (after typing pauses). */
  refreshEdited(document: vscode.TextDocument): void {
    const state = this.state(document.uri);
    if (state?.model && state.live.refreshEdited(document.getText())) this.changed.fire(state.id);
  }

  /** Records moved places and changed statuses after the document was saved. */
  async persistPlaces(document: vscode.TextDocument): Promise<void> {
    const state = this.state(document.uri);
    if (!state?.model || state.readOnly || state.model.annotations.length === 0) return;
    const text = AnchorText.of(document.getText());
    if (state.live.persistPatches(text).length === 0 && state.model.topFields.documentHash === text.hash) return;
    await this.edit(state, () => undefined);
  }

  async add(document: vscode.TextDocument, rawStart: number, rawEnd: number, tag: NewTag): Promise<string> {
    const state = this.ensure(document.uri);
    return this.edit(state, (model, text) => {
      const id = newAnnotationId();
      const now = new Date().toISOString();
      model.add({
        id, codes: tag.codes, note: tag.note === '' ? undefined : tag.note, entities: tag.entities,
        target: createTarget(text, rawStart, rawEnd), status: 'anchored', author: tag.author, created: now, modified: now,
      });
      return id;
    });
  }

  async update(documentUri: vscode.Uri, id: string, patch: AnnotationPatch): Promise<void> {
    await this.edit(this.known(documentUri), (model) => {
      this.must(model, id);
      model.update(id, { ...patch, modified: new Date().toISOString() });
    });
  }

  async remove(documentUri: vscode.Uri, id: string): Promise<RemovedAnnotation> {
    return this.edit(this.known(documentUri), (model) => {
      this.must(model, id);
      const { text, indent } = model.itemText(id);
      model.delete(id);
      return { documentUri, id, itemText: text, indent };
    });
  }

  /** Puts a removed annotation back, as it was (comments and unknown keys included). */
  async restore(removed: RemovedAnnotation): Promise<void> {
    await this.edit(this.ensure(removed.documentUri), (model) => {
      if (!model.get(removed.id)) model.addItemText(removed.itemText, removed.indent);
    });
  }

  /** The analyst accepts the proposed place of an annotation needing review: its quote becomes that text. */
  async accept(documentUri: vscode.Uri, id: string): Promise<void> {
    const live = this.state(documentUri)?.live.get(id);
    if (live?.start === undefined || live.end === undefined) throw new Error('this annotation has no proposed place: re-attach it to a selection instead');
    await this.moveTo(documentUri, id, live.start, live.end);
  }

  /** Attaches an annotation to a new place (the analyst's selection). */
  async moveTo(documentUri: vscode.Uri, id: string, rawStart: number, rawEnd: number): Promise<void> {
    await this.edit(this.known(documentUri), (model, text) => {
      this.must(model, id);
      model.update(id, { target: createTarget(text, rawStart, rawEnd), status: 'anchored', modified: new Date().toISOString() });
    });
  }

  /** Replaces code `from` by `to` in every sidecar (a renamed or merged code). Refused, with
   * nothing written, while any sidecar that uses it is read-only. Returns the annotations changed. */
  async replaceCode(from: string, to: string): Promise<number> {
    const users = this.documents().filter((s) => s.model!.annotations.some((a) => a.codes.includes(from)));
    const blocked = users.find((s) => s.readOnly);
    if (blocked) throw new SidecarReadOnlyError(displayPath(blocked.sidecarUri), blocked.diagnostics);
    let changed = 0;
    for (const state of users) {
      changed += await this.edit(state, (model) => {
        let n = 0;
        for (const a of model.annotations) {
          if (!a.codes.includes(from)) continue;
          model.update(a.id, { codes: [...new Set(a.codes.map((c) => (c === from ? to : c)))] });
          n++;
        }
        return n;
      });
    }
    return changed;
  }

  /** A renamed document takes its sidecar along (never over an existing one). */
  async moveSidecar(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    const old = this.state(oldUri);
    const from = sidecarUriOf(oldUri);
    const to = sidecarUriOf(newUri);
    const exists = await vscode.workspace.fs.stat(from).then(() => true, () => false);
    if (!exists) return;
    if (old) await old.serial(async () => { /* let pending writes finish */ });
    await vscode.workspace.fs.rename(from, to, { overwrite: false });
    this.states.delete(oldUri.toString());
    this.problems.delete(from);
    const state = this.ensure(newUri);
    await state.serial(() => this.read(state));
    const name = newUri.path.slice(newUri.path.lastIndexOf('/') + 1);
    if (state.model && !state.readOnly && state.model.topFields.document !== name) {
      await this.edit(state, (model) => model.setTop('document', name));
    }
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
    this.problems.dispose();
  }

  private ensure(documentUri: vscode.Uri): DocumentState {
    let state = this.states.get(documentUri.toString());
    if (!state) {
      state = new DocumentState(documentUri, sidecarUriOf(documentUri));
      this.states.set(state.id, state);
    }
    return state;
  }

  private known(documentUri: vscode.Uri): DocumentState {
    const state = this.state(documentUri);
    if (!state?.model) throw new Error(`${displayPath(documentUri)} has no annotations`);
    return state;
  }

  private must(model: SidecarModel, id: string): void {
    if (!model.get(id)) throw new Error(`no annotation '${id}' in ${model.file} (it may have been deleted elsewhere)`);
  }

  private file(state: DocumentState): StoredFile {
    const file = storedFile(state.sidecarUri);
    if (!file) throw new Error(`annotations of ${displayPath(state.documentUri)} cannot be saved: only files in a local workspace folder can be annotated`);
    return file;
  }

  /** Reads the sidecar from disk (absent: no annotations) and anchors it. */
  private async read(state: DocumentState): Promise<void> {
    const file = storedFile(state.sidecarUri);
    const disk = file ? await file.store.read(file.path).catch((err) => { this.log.error(`Could not read ${displayPath(state.sidecarUri)}`, err); return undefined; }) : undefined;
    if (disk && state.version && sameVersion(disk.version, state.version) && state.model) return; // our own write, or no change
    if (!disk && !state.model) return; // still none
    if (!disk && state.model) this.log.info(`${displayPath(state.sidecarUri)} was deleted on disk; its document has no annotations now`);
    state.model = disk ? loadSidecar(disk.text, file!.display) : undefined;
    state.version = disk?.version;
    publishSidecarDiagnostics(this.problems, state);
    await this.anchor(state);
  }

  private async anchor(state: DocumentState): Promise<void> {
    if (!state.model) { state.live.anchor('', undefined, []); return; }
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.id);
    const text = open ? open.getText() : await readWorkspaceText(state.documentUri).catch(() => undefined);
    if (text === undefined) { state.live.anchor('', undefined, state.model.annotations); return; } // document gone: all orphaned, none lost
    state.live.anchor(text, state.model.topFields.documentHash as string | undefined, state.model.annotations);
    state.textVersion = open?.version;
  }

  /**
   * Changes a sidecar and writes it: the change is made on a fresh copy of what is on disk (so a
   * failed write leaves nothing half-applied in memory), with moved places and statuses recorded
   * alongside, then saved atomically, merging by annotation id when the file changed meanwhile.
   */
  private edit<R>(state: DocumentState, change: (model: SidecarModel, text: AnchorText) => R): Promise<R> {
    return state.serial(async () => {
      const file = this.file(state);
      await this.read(state); // catch up with the disk first (a change or deletion the watcher has not reported yet)
      if (state.readOnly) throw new SidecarReadOnlyError(file.display, state.diagnostics);
      const text = AnchorText.of(await readWorkspaceText(state.documentUri));
      const model = state.model ? loadSidecar(state.model.baseText, file.display) : newSidecar(file.path, text.hash);
      const result = change(model, text);
      for (const { id, patch } of state.live.persistPatches(text)) if (model.get(id)) model.update(id, patch);
      model.setTop('documentHash', text.hash);
      const outcome = await saveSidecar(file.store, file.path, model, state.version);
      if (!outcome.ok) {
        const first = outcome.diagnostics.find((d) => d.severity === 'error');
        throw new Error(`${outcome.reason}${first ? ` (${first.file}:${first.line}:${first.column}: ${first.message})` : ''}. Nothing was written.`);
      }
      state.model = loadSidecar(outcome.text, file.display);
      state.version = outcome.version;
      publishSidecarDiagnostics(this.problems, state);
      if (outcome.conflicts.length > 0) this.reportConflicts(file, outcome.conflicts.length);
      await this.anchor(state);
      this.changed.fire(state.id);
      return result;
    });
  }

  private reportConflicts(file: StoredFile, count: number): void {
    const message = `${file.display} was changed elsewhere at the same time: ${count} annotation${count === 1 ? '' : 's'} changed in both places; both versions were kept and marked needs-review.`;
    this.log.warn(message);
    void vscode.window.showWarningMessage(plainMessage(message));
  }
}

