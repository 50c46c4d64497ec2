// What both catalog commands check first: a trusted workspace, a selection in a document, and a
// catalog to write to (or the offer to create one).
import * as vscode from 'vscode';
import { nameFromSelection } from '../../core/catalog/edit/entitySlug';
import { iconSafe } from '../../core/text/iconSafe';
import { plainMessage } from '../../core/text/plainMessage';
import { displayPath } from '../../vscode/workspaceFiles';
import type { Corpus } from '../../services/corpus/corpus';
import { COMMANDS } from '../../vscode/commandIds';
import type { Prompts } from './prompts';

/** False (after telling the user) in Restricted Mode: the catalog is never written there. */
export function workspaceTrusted(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(
    'Policy Annotator does not change the entity catalog in Restricted Mode. Trust this workspace to add entities and aliases.',
  );
  return false;
}

/** Answers given to a command (scripts, tests); a context menu passes the document URI instead. */
export function commandArgs<T extends object>(raw: unknown): Partial<T> {
  return raw !== null && typeof raw === 'object' && !(raw instanceof vscode.Uri) ? (raw as Partial<T>) : {};
}

/** What both commands check first: trust, a catalog, then the text (given, or the selection). */
export function startEdit(corpus: Corpus, given: string | undefined): string | undefined {
  if (!workspaceTrusted() || !hasCatalog(corpus)) return undefined;
  return given ?? selectedName();
}

/** The selection of the active editor, cleaned into a name; undefined (after saying so) if none. */
export function selectedName(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  const name = editor ? nameFromSelection(editor.document.getText(editor.selection)) : '';
  if (name !== '') return name;
  void vscode.window.showInformationMessage('Select a name in a document first, then run the command again.');
  return undefined;
}

/** False (after offering to create one) when the workspace has no catalog file. */
export function hasCatalog(corpus: Corpus): boolean {
  if (corpus.catalogFiles.length > 0) return true;
  const create = 'Create entities.yaml';
  void vscode.window
    .showWarningMessage('This workspace has no entity catalog yet: create entities.yaml first, then add entities to it.', create)
    .then((choice) => {
      if (choice === create) void vscode.commands.executeCommand(COMMANDS.createCatalog);
    });
  return false;
}

/** The catalog file to write: the one given, the only one, or the user's pick. */
export async function chooseCatalog(
  corpus: Corpus,
  prompts: Prompts,
  given: unknown,
  step: { step: number; totalSteps: number },
): Promise<vscode.Uri | undefined> {
  const files = corpus.catalogFiles;
  if (typeof given === 'string') {
    const uri = files.find((u) => u.toString() === given || displayPath(u) === given);
    if (!uri) throw new Error(plainMessage(`'${given}' is not an entity catalog of this workspace`));
    return uri;
  }
  if (files.length === 1) return files[0];
  const items = files.map((uri) => ({ label: iconSafe(displayPath(uri)), uri }));
  return (await prompts.pick(items, 'Catalog file to add the entity to', { title: 'Add Entity: catalog', ...step }))?.uri;
}
