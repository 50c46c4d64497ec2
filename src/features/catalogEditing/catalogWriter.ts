// Applies a catalog edit from the core to the catalog's document: the text edited is the editor's
// (unsaved changes included), the change is one undoable WorkspaceEdit, the file is saved when it
// had no unsaved changes of the user's, and the index is rebuilt at once so new mentions show.
import * as vscode from 'vscode';
import { formatEditError, type CatalogEditError, type CatalogEditResult } from '../../core/catalogEdit';
import type { Entity } from '../../core/catalogTypes';
import type { OutputLog } from '../../vscode/outputLog';
import { displayPath } from '../../vscode/workspaceFiles';
import type { CorpusService } from '../corpus/corpusService';
import { COMMANDS } from '../shared/commandIds';

const REBUILD_WAIT_MS = 30_000;

export type CatalogEdit = (text: string, file: string, others: readonly Entity[]) => CatalogEditResult;

export interface WriteOutcome {
  result: CatalogEditResult;
  /** False when the catalog had unsaved changes: the edit is in the editor, not yet on disk. */
  saved: boolean;
}

/**
 * Rebuilds the index and waits until it holds the change: a rebuild started by the file watcher
 * (after the save) supersedes ours, and then it is that one that brings the change in.
 */
async function rebuildUntil(corpus: CorpusService, holds: () => boolean): Promise<void> {
  await vscode.commands.executeCommand(COMMANDS.reindex);
  const deadline = Date.now() + REBUILD_WAIT_MS;
  while (!holds() && Date.now() < deadline) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => { listener.dispose(); resolve(); }, deadline - Date.now());
      const listener = corpus.onDidChange((id) => {
        if (id !== undefined) return;
        clearTimeout(timer);
        listener.dispose();
        resolve();
      });
    });
  }
}

export async function writeCatalog(corpus: CorpusService, uri: vscode.Uri, edit: CatalogEdit, indexed: (e: Entity) => boolean): Promise<WriteOutcome> {
  const document = await vscode.workspace.openTextDocument(uri);
  const file = displayPath(uri);
  const hadUnsavedChanges = document.isDirty;
  // Entities of the other catalog files: ids and spellings must stay unique across all of them.
  const others = corpus.catalog.entities.filter((e) => e.location.file !== file);
  const version = document.version;
  const result = edit(document.getText(), file, others);
  if (!result.ok) return { result, saved: false };
  const change = new vscode.WorkspaceEdit();
  for (const s of result.splices) {
    change.replace(uri, new vscode.Range(document.positionAt(s.offset), document.positionAt(s.offset + s.length)), s.text);
  }
  if (document.version !== version || !(await vscode.workspace.applyEdit(change))) {
    throw new Error(`${file} changed while it was being edited; nothing was written, please try again`);
  }
  const saved = !hadUnsavedChanges && (await document.save());
  // The rebuild reads the catalog's editor text, so new mentions show even before a save.
  const { entityId } = result;
  await rebuildUntil(corpus, () => {
    const entity = corpus.catalog.byId.get(entityId);
    return entity !== undefined && indexed(entity);
  });
  return { result, saved };
}

/** Opens a catalog file at a line and column (1-based), e.g. where an edit was refused. */
export async function revealInCatalog(corpus: CorpusService, file: string, line: number, column: number): Promise<void> {
  const uri = corpus.catalogUri(file);
  if (!uri) return;
  const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position) });
}

/** Shows (and logs) why an edit was refused, with a button to the place in the catalog. */
export function showRefusal(corpus: CorpusService, log: OutputLog, what: string, error: CatalogEditError): void {
  const message = `${what}: ${formatEditError(error)}`;
  log.warn(message);
  void vscode.window.showErrorMessage(message, 'Open Catalog').then((choice) => {
    if (choice) void revealInCatalog(corpus, error.file, error.line, error.column);
  });
}
