// The analyst's annotations across the corpus (issue 5): sidecars read at start and whenever they
// change on disk, anchored against each document's current text, shifted while the analyst
// types, and written atomically (merged by annotation id when the file changed meanwhile) on
// every change. A sidecar that cannot be read safely makes its document's annotations read-only.
import * as vscode from 'vscode';
import { AnchorText } from '../../core/anchoring';
import type { LiveAnnotation } from '../../core/tagging/liveAnnotations';
import { LoadState } from '../../core/base/loadState';
import { addTagged, removeKeeping, replaceCodeInModel, retarget, updateSeen, type NewTag } from '../../core/sidecars/annotationChanges';
import type { Annotation, AnnotationPatch } from '../../core/sidecars/annotationValue';
import { newAnnotationId } from '../../core/sidecars/annotationValue';
import { SIDECAR_SUFFIX } from '../../core/base/ports';
import { SidecarReadOnlyError, type SidecarModel } from '../../core/sidecars/sidecarModel';
import { mayUseCode } from '../../core/codebook/codeChoices';
import { createDiagnostics } from '../../vscode/diagnostics';
import type { OutputLog } from '../../vscode/outputLog';
import { reportLoadFailure } from './loadFailure';
import { displayPath, yieldToHost } from '../../vscode/workspaceFiles';
import type { Corpus } from '../corpus/corpus';
import type { Annotations, RemovedAnnotation } from './annotations';
import { reanchorLatest, refreshPlaces, replacesWholeText } from './documentAnchoring';
import { DocumentState, documentOfSidecar, sidecarUriOf } from './documentState';
import { moveSidecarFile } from './sidecarRename';
import { readSidecar, writeSidecar, type SidecarSyncContext } from './sidecarSync';

const timestamp = (): string => new Date().toISOString();

export class AnnotationService implements Annotations, vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  /** A document id after its annotations changed (places, statuses, content); undefined after a reload of all. */
  readonly onDidChange = this.changed.event;
  readonly problems = createDiagnostics('sidecars');
  private reading: Promise<void> = Promise.resolve();
  /** The sidecars being read and anchored (all at start and after a rebuild; one after a change on disk). */
  readonly loading = new LoadState('the annotations');
  private readonly sync: SidecarSyncContext;

  constructor(
    private readonly corpus: Corpus,
    private readonly log: OutputLog,
  ) {
    this.sync = { problems: this.problems, log };
  }

  /** Settles when the last full load has finished. */
  get loaded(): Promise<void> {
    return this.reading;
  }

  /** Documents whose sidecar exists (or existed when last read), in corpus order; a document
   * deleted on disk stays while its sidecar exists (its annotations orphaned, none lost). */
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
      .sort((a, b) => a.end! - a.start! - (b.end! - b.start!));
  }

  /** Reads every corpus document's sidecar and anchors it (yielding between documents). */
  loadAll(): Promise<void> {
    const end = this.loading.begin();
    this.reading = this.reading
      .then(() => this.readAll())
      .catch((err) => {
        reportLoadFailure(this.log, 'Loading annotations failed', err);
      })
      .finally(() => end(true));
    return this.reading;
  }

  private async readAll(): Promise<void> {
    // Only documents that have a sidecar (found where the corpus's documents are looked for, so
    // a sidecar hidden from the explorer by files.exclude still counts), those whose document is
    // gone (deleted, or renamed outside the editor) included; a document without one needs no
    // read (a corpus of 10,000 texts has a few annotated).
    const uris = new Map<string, vscode.Uri>();
    for (const sidecar of await this.corpus.findFiles(`**/*${SIDECAR_SUFFIX}`)) {
      const uri = documentOfSidecar(sidecar);
      if (uri && (this.corpus.index.document(uri.toString()) || this.corpus.isCorpusDocument(uri))) uris.set(uri.toString(), uri);
    }
    for (const [id, state] of this.states) if (!uris.has(id)) uris.set(id, state.documentUri);
    for (const uri of uris.values()) {
      const state = this.ensure(uri);
      await state.serial(() => readSidecar(state, this.sync, true));
      if (!state.model && !this.corpus.index.document(state.id)) {
        this.states.delete(state.id);
        this.problems.delete(state.sidecarUri);
      }
      await yieldToHost();
    }
    this.changed.fire(undefined);
  }

  /** Re-reads one document's sidecar (after a change on disk) and re-anchors it. */
  async reload(documentUri: vscode.Uri): Promise<void> {
    if (!this.corpus.isCorpusDocument(documentUri)) return;
    const state = this.ensure(documentUri);
    if (await this.loading.track(() => state.serial(() => readSidecar(state, this.sync)))) this.changed.fire(state.id);
  }

  /**
   * Re-anchors a document against its current text (opened, changed or deleted on disk, reloaded
   * in the editor). Latest wins (see `reanchorLatest`).
   */
  async reanchor(documentUri: vscode.Uri): Promise<void> {
    const state = this.state(documentUri);
    if (state?.model) await reanchorLatest(state, () => this.changed.fire(state.id));
  }

  /**
   * Shifts the live places by an editor change; true when any place moved (the caller re-anchors
   * edited ones after a pause). A change the places cannot follow (the line ends switched, the
   * whole text replaced: a reload from disk) re-anchors the document instead.
   */
  shift(document: vscode.TextDocument, changes: readonly vscode.TextDocumentContentChangeEvent[]): boolean {
    const state = this.state(document.uri);
    if (!state?.model) return false;
    const eolSwitched = state.eol !== undefined && document.eol !== state.eol;
    if (changes.length === 0 && !eolSwitched) return false;
    state.textVersion = document.version;
    const touched = state.live.shift(changes);
    if (eolSwitched || replacesWholeText(document, changes)) {
      state.placesCurrent = false;
      this.reanchor(document.uri).catch((err) => {
        this.log.error(`Could not anchor ${displayPath(document.uri)}`, err);
      });
      if (touched) this.changed.fire(state.id);
      return false;
    }
    if (touched) this.changed.fire(state.id);
    return touched;
  }

  /** Re-anchors the annotations whose quoted text was edited (after typing pauses), gradually. */
  refreshEdited(document: vscode.TextDocument): void {
    const state = this.state(document.uri);
    if (!state?.model || !state.placesCurrent || !state.live.all.some((a) => a.edited)) return;
    refreshPlaces(state).then(
      (done) => {
        if (done) this.changed.fire(state.id);
      },
      (err) => {
        this.log.error(`Could not anchor ${displayPath(document.uri)}`, err);
      },
    );
  }

  /** Records moved places and changed statuses after the document was saved. */
  async persistPlaces(document: vscode.TextDocument): Promise<void> {
    const state = this.state(document.uri);
    if (!state?.model || state.readOnly || state.model.annotations.length === 0) return;
    if (await refreshPlaces(state)) {
      const text = AnchorText.of(document.getText());
      if (state.live.persistPatches(text).length === 0 && state.model.topFields.documentHash === text.hash) return;
    }
    await this.edit(state, () => undefined);
  }

  /** `tag.expectedText`, when given, must still be the text at the offsets when the write happens
   * (the analyst may type while it waits its turn); otherwise nothing is written. */
  async add(document: vscode.TextDocument, rawStart: number, rawEnd: number, tag: NewTag): Promise<string> {
    const id = newAnnotationId();
    await this.edit(this.ensure(document.uri), (model, text) => addTagged(model, text, rawStart, rawEnd, tag, id, timestamp()));
    return id;
  }

  /** `seen`, when given, is the annotation as the analyst saw it: if its codes or note changed on
   * disk since (another window, a git pull), nothing is written rather than overwriting them. */
  async update(documentUri: vscode.Uri, id: string, patch: AnnotationPatch, seen?: Pick<Annotation, 'codes' | 'note'>): Promise<void> {
    await this.edit(this.known(documentUri), (model) => updateSeen(model, id, patch, seen, timestamp()));
  }

  async remove(documentUri: vscode.Uri, id: string): Promise<RemovedAnnotation> {
    return this.edit(this.known(documentUri), (model) => ({ documentUri, id, ...removeKeeping(model, id) }));
  }

  /** Puts a removed annotation back, as it was (comments and unknown keys included). */
  async restore(removed: RemovedAnnotation): Promise<void> {
    await this.edit(this.ensure(removed.documentUri), (model) => {
      if (!model.get(removed.id)) model.addItemText(removed.itemText, removed.indent);
    });
  }

  /** The analyst accepts the proposed place of an annotation needing review: its quote becomes that text. */
  async accept(documentUri: vscode.Uri, id: string, expectedText?: string): Promise<void> {
    const live = this.state(documentUri)?.live.get(id);
    if (live?.start === undefined || live.end === undefined)
      throw new Error('this annotation has no proposed place: re-attach it to a selection instead');
    await this.moveTo(documentUri, id, live.start, live.end, expectedText);
  }

  /** Attaches an annotation to a new place (the analyst's selection); `expectedText` as in `add`. */
  async moveTo(documentUri: vscode.Uri, id: string, rawStart: number, rawEnd: number, expectedText?: string): Promise<void> {
    await this.edit(this.known(documentUri), (model, text) => retarget(model, text, id, rawStart, rawEnd, expectedText, timestamp()));
  }

  /** Replaces code `from` by `to` in every sidecar (a renamed or merged code). Refused, with
   * nothing written, while any sidecar that uses it is read-only. Returns the annotations changed. */
  async replaceCode(from: string, to: string): Promise<number> {
    const users = this.documents().filter((s) => s.model!.annotations.some((a) => a.codes.includes(from)));
    // A read-only sidecar may not even parse: its raw text decides whether it may use the code.
    const blocked = this.documents().find((s) => s.readOnly && mayUseCode(s.model!.baseText, from));
    if (blocked) throw new SidecarReadOnlyError(displayPath(blocked.sidecarUri), blocked.diagnostics);
    let changed = 0;
    const now = timestamp();
    for (const state of users) changed += await this.edit(state, (model) => replaceCodeInModel(model, from, to, now));
    return changed;
  }

  /** A renamed document takes its sidecar along (never over an existing one); a renamed folder
   * takes its documents' sidecars along by itself, and everything is read again. */
  async moveSidecar(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    const old = this.ensure(oldUri);
    const moved = await old.serial(() => moveSidecarFile(oldUri, newUri, this.log));
    if (!moved) {
      const folder = `${oldUri.toString()}/`;
      if ([...this.states.keys()].some((id) => id.startsWith(folder))) await this.loadAll();
      return;
    }
    this.states.delete(old.id);
    this.problems.delete(old.sidecarUri);
    const state = this.ensure(newUri);
    await state.serial(() => readSidecar(state, this.sync));
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

  /** Changes a sidecar and writes it (see `writeSidecar`), one change at a time per document. */
  private edit<R>(state: DocumentState, change: (model: SidecarModel, text: AnchorText) => R): Promise<R> {
    return state.serial(async () => {
      const result = await writeSidecar(state, this.sync, change);
      this.changed.fire(state.id);
      return result;
    });
  }
}
