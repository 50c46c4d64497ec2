// Applies a catalog edit from the core to the catalog's document: the text edited is the editor's
// (unsaved changes included), the change is one undoable WorkspaceEdit, the file is saved when it
// had no unsaved changes of the user's, and the index is rebuilt once so new mentions show (the
// watcher sees that the saved text is the one indexed and does not rebuild again).
import * as vscode from 'vscode';
import { formatEditError, type CatalogEditError, type CatalogEditResult } from '../../core/catalog/edit/catalogEdit';
import type { Entity } from '../../core/catalog/catalogTypes';
import { plainMessage } from '../../core/text/plainMessage';
import type { OutputLog } from '../../vscode/outputLog';
import { openAt } from '../../vscode/openAt';
import { displayPath } from '../../vscode/workspaceFiles';
import type { Corpus } from '../../services/corpus/corpus';
import { COMMANDS } from '../../vscode/commandIds';
import { offsetRange } from '../../vscode/offsetRange';

const REBUILD_WAIT_MS = 30_000;

export type CatalogEdit = (text: string, file: string, others: readonly Entity[]) => CatalogEditResult;

export interface WriteOutcome {
  result: CatalogEditResult;
  /** False when the catalog had unsaved changes: the edit is in the editor, not yet on disk. */
  saved: boolean;
  /** True when the index held the change before the command returned (false: it timed out). */
  indexed: boolean;
}

/**
 * Waits for the rebuild, then until the index holds the change: a rebuild started meanwhile (a
 * settings change, another catalog's save) supersedes ours, and then it is that one that brings it.
 */
async function rebuildUntil(corpus: Corpus, rebuilt: Thenable<unknown>, holds: () => boolean): Promise<boolean> {
  await rebuilt;
  const deadline = Date.now() + REBUILD_WAIT_MS;
  while (!holds() && Date.now() < deadline) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        listener.dispose();
        resolve();
      }, deadline - Date.now());
      const listener = corpus.onDidChange((id) => {
        if (id !== undefined) return;
        clearTimeout(timer);
        listener.dispose();
        resolve();
      });
    });
  }
  return holds();
}

/** One edit at a time per catalog file: each reads the text the one before it left. */
const queues = new Map<string, Promise<unknown>>();

function serialised<T>(key: string, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(task, task);
  const tail = run.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return run;
}

export function writeCatalog(corpus: Corpus, uri: vscode.Uri, edit: CatalogEdit, indexed: (e: Entity) => boolean): Promise<WriteOutcome> {
  return serialised(uri.toString(), () => writeNow(corpus, uri, edit, indexed));
}

async function writeNow(corpus: Corpus, uri: vscode.Uri, edit: CatalogEdit, indexed: (e: Entity) => boolean): Promise<WriteOutcome> {
  const document = await vscode.workspace.openTextDocument(uri);
  const file = displayPath(uri);
  const hadUnsavedChanges = document.isDirty;
  // Entities of the other catalog files: ids and spellings must stay unique across all of them.
  const others = corpus.catalog.entities.filter((e) => e.location.file !== file);
  // No await from reading the text to sending the edit; the edit carries the document's version,
  // so VS Code refuses it (false) if the user's typing got in first.
  const result = edit(document.getText(), file, others);
  if (!result.ok) return { result, saved: false, indexed: false };
  const change = new vscode.WorkspaceEdit();
  for (const s of result.splices) {
    change.replace(uri, offsetRange(document, s.offset, s.offset + s.length), s.text);
  }
  if (!(await vscode.workspace.applyEdit(change))) {
    throw new Error(plainMessage(`${file} changed while it was being edited; nothing was written, please try again`));
  }
  // One rebuild, started before the save: it reads the editor's text (so new mentions show even
  // without a save), and the save's events then find that text indexed and start no other.
  const rebuilt = vscode.commands.executeCommand(COMMANDS.reindex);
  const saved = !hadUnsavedChanges && (await document.save());
  const { entityId } = result;
  const held = await rebuildUntil(corpus, rebuilt, () => {
    const entity = corpus.catalog.byId.get(entityId);
    return entity !== undefined && indexed(entity);
  });
  return { result, saved, indexed: held };
}

/** Opens a catalog file at a line and column (1-based), e.g. where an edit was refused. */
export async function revealInCatalog(corpus: Corpus, file: string, line: number, column: number): Promise<void> {
  const uri = corpus.catalogUri(file);
  if (!uri) return;
  const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
  await openAt(uri, new vscode.Range(position, position));
}

/** Shows (and logs) why an edit was refused, with a button to the place in the catalog. */
export function showRefusal(corpus: Corpus, log: OutputLog, what: string, error: CatalogEditError): void {
  // Names, ids and paths come from the catalog: no link in them may become clickable.
  const message = plainMessage(`${what}: ${formatEditError(error)}`);
  log.warn(message);
  void vscode.window.showErrorMessage(message, 'Open Catalog').then((choice) => {
    if (choice) void revealInCatalog(corpus, error.file, error.line, error.column);
  });
}
