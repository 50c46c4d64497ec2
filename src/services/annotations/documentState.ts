// One corpus document's annotations in the editor: the sidecar as last read or written (never
// holding unsaved changes: every change is written at once), the version of those bytes, and the
// live places of its annotations in the document's current text.
import * as vscode from 'vscode';
import { LiveAnnotations } from '../../core/tagging/liveAnnotations';
import type { Diagnostic } from '../../core/base/diagnostics';
import { SIDECAR_SUFFIX, sidecarPathFor, type FileVersion } from '../../core/base/ports';
import type { SidecarModel } from '../../core/sidecars/sidecarModel';

export class DocumentState {
  /** The sidecar as on disk; undefined while the document has none. */
  model: SidecarModel | undefined;
  /** Version of the bytes `model` was read from or written as. */
  version: FileVersion | undefined;
  readonly live = new LiveAnnotations();
  /** Editor version of the last text change applied to the live places (undefined: the text on disk). */
  textVersion: number | undefined;
  /** Line ends of the open document when it was last anchored: switching them moves every raw offset. */
  eol: vscode.EndOfLine | undefined;
  /** True while the live places match the open document's text exactly (anchored against it and
   * shifted by every change since); false for a closed document or after a change they missed. */
  placesCurrent = false;
  /** A re-anchoring waiting in the queue (a newer request joins it), and the one running: the
   * text it works on (undefined: the document is gone) and when it is done. */
  queuedReanchor: Promise<void> | undefined;
  reanchorRun: { text: string | undefined; done: Promise<unknown> } | undefined;
  /** The re-anchoring of edited quotes under way, if any. */
  refreshing: Promise<boolean> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly documentUri: vscode.Uri,
    readonly sidecarUri: vscode.Uri,
  ) {}

  get id(): string {
    return this.documentUri.toString();
  }

  /** True when the sidecar could not be read safely: shown, never written, until it is fixed. */
  get readOnly(): boolean {
    return this.model?.readOnly ?? false;
  }

  get diagnostics(): readonly Diagnostic[] {
    return this.model?.diagnostics ?? [];
  }

  /** Runs tasks on this document's sidecar one at a time, in call order; a failure does not block the next. */
  serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

export function sidecarUriOf(documentUri: vscode.Uri): vscode.Uri {
  return documentUri.with({ path: sidecarPathFor(documentUri.path) });
}

/** The document a sidecar belongs to (`report.txt.annotations.yaml` -> `report.txt`). */
export function documentOfSidecar(uri: vscode.Uri): vscode.Uri | undefined {
  return uri.path.endsWith(SIDECAR_SUFFIX) ? uri.with({ path: uri.path.slice(0, -SIDECAR_SUFFIX.length) }) : undefined;
}
