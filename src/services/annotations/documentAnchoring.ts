// Anchoring one document's annotations against the text the editor works on: the open
// document's (unsaved edits included) or the file's. Gradual: the search yields to the host
// between slices of work, so a long one (many orphans in a large document) never freezes the
// editor; places that still hold for the text are kept without a search.
import * as vscode from 'vscode';
import type { AnchorText } from '../../core/anchoring';
import { readWorkspaceText, yieldToHost } from '../../vscode/workspaceFiles';
import type { DocumentState } from './documentState';

export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const id = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === id);
}

/** The text annotations are anchored against; undefined when the document is gone. */
export async function documentText(uri: vscode.Uri): Promise<string | undefined> {
  const open = openDocument(uri);
  return open ? open.getText() : readWorkspaceText(uri).catch(() => undefined);
}

/** True when the live places are those of `text` (the document's current text). */
export function placesHold(state: DocumentState, text: AnchorText): boolean {
  return openDocument(state.documentUri) ? state.placesCurrent : state.live.isAnchoredOn(text);
}

/**
 * Re-anchors a document's annotations against its current text (or `text`, read by the caller
 * from the same source). False when a newer run superseded this one (the places are then the
 * previous ones, still shifted by every change).
 */
export async function anchorDocument(state: DocumentState, text?: string): Promise<boolean> {
  const annotations = state.model?.annotations ?? [];
  const open = openDocument(state.documentUri);
  const current = text ?? (open ? open.getText() : await documentText(state.documentUri));
  if (current === undefined || annotations.length === 0) {
    // No annotations, or the document is gone: every annotation is kept, orphaned.
    state.live.anchor('', undefined, annotations);
    state.placesCurrent = false;
    return true;
  }
  const reuse = open !== undefined && state.placesCurrent && state.eol === open.eol;
  if (open) {
    state.eol = open.eol;
    state.textVersion = open.version;
  }
  state.placesCurrent = false;
  const hash = state.model?.topFields.documentHash;
  const done = await state.live.anchorGradually(current, typeof hash === 'string' ? hash : undefined, annotations, {
    pause: yieldToHost,
    current: reuse,
  });
  if (!done) return false;
  state.placesCurrent = open !== undefined && !open.isClosed && open.eol === state.eol;
  // Quotes edited while the search ran: re-anchor them now, against the text as it stands.
  await refreshPlaces(state);
  return true;
}

/**
 * Re-anchors the quotes edited in an open document (gradually). True when the live places are
 * then those of the document's current text, every edited quote re-anchored.
 */
export async function refreshPlaces(state: DocumentState): Promise<boolean> {
  // One at a time: a refresh under way is not restarted (its results follow the changes made
  // meanwhile, and what those changes touched is refreshed next).
  while (state.refreshing) await state.refreshing;
  const open = openDocument(state.documentUri);
  if (!open) return !state.live.all.some((a) => a.edited);
  if (!state.placesCurrent) return false;
  const run = state.live.refreshGradually(open.getText(), { pause: yieldToHost });
  state.refreshing = run;
  try {
    return (await run) && state.placesCurrent;
  } finally {
    state.refreshing = undefined;
  }
}

/**
 * Re-anchors a document, latest wins: a request joins one still waiting in the queue; one that
 * finds a re-anchoring running on the same text joins it, and one that finds it running on an
 * older text makes it give up (the queued one then reads the newer text). `onDone` runs when a
 * re-anchoring completed.
 */
export async function reanchorLatest(state: DocumentState, onDone: () => void): Promise<void> {
  if (state.queuedReanchor) return state.queuedReanchor;
  if (state.reanchorRun) {
    const running = state.reanchorRun;
    const text = await documentText(state.documentUri);
    if (state.reanchorRun === running && text === running.text) {
      await running.done;
      return;
    }
    if (state.queuedReanchor) return state.queuedReanchor;
    if (state.reanchorRun === running) state.live.cancel();
  }
  const queued = state.serial(async () => {
    state.queuedReanchor = undefined;
    const text = await documentText(state.documentUri);
    const run = anchorDocument(state, text);
    state.reanchorRun = { text, done: run };
    try {
      if (await run) onDone();
    } finally {
      state.reanchorRun = undefined;
    }
  });
  state.queuedReanchor = queued;
  return queued;
}

/** True when one change replaced the whole text (a reload from disk, select-all and paste): the
 * places it collapsed say nothing about where the passages are now. */
export function replacesWholeText(document: vscode.TextDocument, changes: readonly vscode.TextDocumentContentChangeEvent[]): boolean {
  if (changes.length !== 1 || changes[0].rangeOffset !== 0 || changes[0].text.length === 0) return false;
  const end = document.lineAt(document.lineCount - 1).range.end;
  return changes[0].text.length === document.offsetAt(end);
}
