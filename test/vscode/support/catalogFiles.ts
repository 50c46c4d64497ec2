// The sample catalog and documents as the catalog-editing tests use them: read a file, select a
// word, count an entity's mentions in the index, and put the catalog back as it was.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { withoutAutoSave } from './autoSave';
import { layeredCatalog } from '../../unit/helpers/sampleCatalog';
import { COMMANDS } from '../../../src/vscode/commandIds';
import type { PolicyAnnotatorApi } from '../../../src/policyAnnotatorApi';
import { extensionApi, workspaceUri } from './extensionApi';
import { waitFor } from './waitFor';

export const CATALOG = 'entities.yaml';
export const KAUSIKAN = '2016-kausikan-fulfilling-the-potential-of-asean-russia-relations.txt';
const decoder = new TextDecoder();
export const encoder = new TextEncoder();

export async function readText(relative: string): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(workspaceUri(relative)));
}

/** Opens a document with the first occurrence of `word` selected. */
export async function select(relative: string, word: string): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(workspaceUri(relative));
  const offset = editor.document.getText().indexOf(word);
  assert.ok(offset >= 0, `${word} is in ${relative}`);
  editor.selection = new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset + word.length));
  return editor;
}

export function mentionsOf(api: PolicyAnnotatorApi, id: string, document?: string): number {
  const index = api.corpus.index;
  const e = index.entityIndex(id);
  if (e < 0) return 0;
  if (document === undefined) return index.mentionCountOf(e);
  const indexed = index.document(workspaceUri(document).toString());
  return indexed ? [...Array(indexed.mentions.length).keys()].filter((i) => indexed.mentions.entity(i) === e).length : 0;
}

/** Puts the catalog back as it was (closing any editor of it unsaved) and waits for the index. */
export async function restore(api: PolicyAnnotatorApi, original: string): Promise<void> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === workspaceUri(CATALOG).toString());
  if (open?.isDirty) {
    await vscode.window.showTextDocument(open);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.workspace.fs.writeFile(workspaceUri(CATALOG), encoder.encode(original));
  await waitFor(async () => (await readText(CATALOG)) === original && !open?.isDirty, 10_000, 'catalog restored');
  await vscode.commands.executeCommand(COMMANDS.reindex);
  const expected = layeredCatalog(original, CATALOG);
  const ids = (entities: ReadonlyArray<{ id: string }>): string => entities.map((e) => e.id).join();
  await waitFor(
    () =>
      ids(api.corpus.catalog.entities) === ids(expected.entities) && api.corpus.catalog.diagnostics.length === expected.diagnostics.length,
    15_000,
    'index rebuilt from the restored catalog',
  );
}

/** The suite's hooks: the API and the catalog's text before, put back after every test. */
export function catalogRestoredAfterEach(): { api: () => PolicyAnnotatorApi; original: () => string } {
  let api: PolicyAnnotatorApi | undefined;
  let original = '';
  before(async () => {
    api = await extensionApi();
    original = await readText(CATALOG);
  });
  afterEach(async () => {
    if (api) await restore(api, original);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
  return {
    api: () => {
      if (!api) throw new Error('the extension API is not ready');
      return api;
    },
    original: () => original,
  };
}

/**
 * Runs `body` with the catalog open holding an unsaved note of the analyst, auto-save off (the web
 * workbench saves after a delay by default); `cleanup` runs before auto-save is set back.
 */
export async function withUnsavedCatalog(
  body: (catalog: vscode.TextEditor) => Promise<void>,
  cleanup?: () => Promise<void>,
): Promise<void> {
  await withoutAutoSave(async () => {
    const catalog = await vscode.window.showTextDocument(workspaceUri(CATALOG));
    await catalog.edit((b) => b.insert(new vscode.Position(0, 0), '# an unsaved note of the analyst\n'));
    await body(catalog);
  }, cleanup);
}
