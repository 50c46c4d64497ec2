// One document's sidecar and the disk: read (absent: no annotations; a file that cannot be read
// safely makes them read-only, with its problems in the Problems panel) and written after a
// change, atomically, merged by annotation id when the file changed meanwhile (ARCHITECTURE.md, Writing safely).
// Callers run these one at a time per document (`DocumentState.serial`).
import * as vscode from 'vscode';
import { AnchorText } from '../../core/anchoring';
import { plainMessage } from '../../core/text/plainMessage';
import { saveSidecar } from '../../core/sidecars/saveSidecar';
import { loadSidecar, newSidecar } from '../../core/sidecars/sidecarLoad';
import { SidecarModel, SidecarReadOnlyError } from '../../core/sidecars/sidecarModel';
import { sameVersion } from '../../core/sidecars/writePlan';
import { NotUtf8Error } from '../../core/base/ports';
import type { OutputLog } from '../../vscode/outputLog';
import { storedFile, type StoredFile } from '../../vscode/sidecarStore';
import { displayPath, readWorkspaceText } from '../../vscode/workspaceFiles';
import { anchorDocument, documentText, placesHold, refreshPlaces } from './documentAnchoring';
import type { DocumentState } from './documentState';
import { publishSidecarDiagnostics } from './sidecarDiagnostics';

export interface SidecarSyncContext {
  problems: vscode.DiagnosticCollection;
  log: OutputLog;
}

/**
 * Reads the sidecar from disk and anchors it when it changed (or always: `anchorAnyway`); true
 * when it changed. A file that cannot be read (permissions, a transient error) changes nothing:
 * the annotations shown stay as they were.
 */
export async function readSidecar(state: DocumentState, ctx: SidecarSyncContext, anchorAnyway = false): Promise<boolean> {
  const file = storedFile(state.sidecarUri);
  let disk: Awaited<ReturnType<StoredFile['store']['read']>>;
  try {
    disk = file ? await file.store.read(file.path) : undefined;
  } catch (err) {
    ctx.log.error(`Could not read ${displayPath(state.sidecarUri)}`, err);
    if (!(err instanceof NotUtf8Error) || !file) return false;
    // Shown as a located problem; read-only (no annotations can be taken from it), never written.
    const diagnostic = {
      file: file.display,
      line: err.line,
      column: err.column,
      severity: 'error' as const,
      code: 'not-utf8',
      message: `not valid UTF-8 text: save the file as UTF-8 (it is never rewritten until then)`,
    };
    state.model = new SidecarModel({ file: file.display, text: '', diagnostics: [diagnostic], entries: [], top: {} });
    state.version = undefined;
    publishSidecarDiagnostics(ctx.problems, state);
    await anchorDocument(state);
    return true;
  }
  const unchanged = disk
    ? state.model !== undefined && state.version !== undefined && sameVersion(disk.version, state.version)
    : state.model === undefined;
  if (unchanged) {
    // our own write, no change, or still none
    if (anchorAnyway && state.model) await anchorDocument(state);
    return false;
  }
  if (!disk) ctx.log.info(`${displayPath(state.sidecarUri)} was deleted on disk; its document has no annotations now`);
  state.model = disk ? loadSidecar(disk.text, file!.display) : undefined;
  state.version = disk?.version;
  publishSidecarDiagnostics(ctx.problems, state);
  await anchorDocument(state);
  return true;
}

/**
 * Changes a sidecar and writes it: the change is made on a fresh copy of what is on disk (so a
 * failed write leaves nothing half-applied in memory), with moved places and statuses recorded
 * alongside (only when the live places are those of the current text), then saved atomically.
 */
export async function writeSidecar<R>(
  state: DocumentState,
  ctx: SidecarSyncContext,
  change: (model: SidecarModel, text: AnchorText) => R,
): Promise<R> {
  const file = sidecarFile(state);
  await readSidecar(state, ctx); // catch up with the disk first (a change or deletion the watcher has not reported yet)
  if (state.readOnly) throw new SidecarReadOnlyError(file.display, state.diagnostics);
  const raw = await readWorkspaceText(state.documentUri);
  const text = AnchorText.of(raw);
  if (state.model && !placesHold(state, text)) await anchorDocument(state, raw);
  const model = state.model ? loadSidecar(state.model.baseText, file.display) : newSidecar(file.path, text.hash);
  let current = text;
  if (placesHold(state, text) && (await refreshPlaces(state))) {
    // The places are those of the text as it stands now (the analyst may have typed meanwhile).
    current = AnchorText.of((await documentText(state.documentUri)) ?? raw);
    for (const { id, patch } of state.live.persistPatches(current)) if (model.get(id)) model.update(id, patch);
    model.setTop('documentHash', current.hash);
  }
  // The analyst's change comes last: a status or target it sets wins over the recorded places.
  const result = change(model, current);
  const outcome = await saveSidecar(file.store, file.path, model, state.version);
  if (!outcome.ok) {
    const first = outcome.diagnostics.find((d) => d.severity === 'error');
    throw new Error(
      `${outcome.reason}${first ? ` (${first.file}:${first.line}:${first.column}: ${first.message})` : ''}. Nothing was written.`,
    );
  }
  state.model = loadSidecar(outcome.text, file.display);
  state.version = outcome.version;
  publishSidecarDiagnostics(ctx.problems, state);
  if (outcome.conflicts.length > 0) reportConflicts(ctx.log, file, outcome.conflicts.length);
  await anchorDocument(state);
  return result;
}

function sidecarFile(state: DocumentState): StoredFile {
  const file = storedFile(state.sidecarUri);
  if (!file)
    throw new Error(
      `annotations of ${displayPath(state.documentUri)} cannot be saved: only files in a local workspace folder can be annotated`,
    );
  return file;
}

function reportConflicts(log: OutputLog, file: StoredFile, count: number): void {
  const message = `${file.display} was changed elsewhere at the same time: ${count} annotation${count === 1 ? '' : 's'} changed in both places; both versions were kept and marked needs-review.`;
  log.warn(message);
  void vscode.window.showWarningMessage(plainMessage(message));
}
