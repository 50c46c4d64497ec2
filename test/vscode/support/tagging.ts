// What the tagging tests share: a fresh document per test (deleted after, with its sidecar), the
// queue of the prompts shown, the
// sidecar read from disk, the codebook put back as it was, and the multi-select code pick
// answered through the real widget (items checked, then the workbench's own accept command).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { loadSidecar } from '../../../src/core/sidecars/sidecarLoad';
import type { SidecarModel } from '../../../src/core/sidecars/sidecarModel';
import type { PolicyAnnotatorApi } from '../../../src/policyAnnotatorApi';
import type { ShownPrompt } from '../../../src/features/catalogEditing/prompts';
import type { CodeItem } from '../../../src/features/tagging/codePicker';
import { extensionApi, workspaceUri } from './extensionApi';
import { PromptQueue, settled } from './quickInput';
import { waitFor } from './waitFor';

export const TEXT = [
  'Opening paragraph about ASEAN and its partners.',
  '',
  'Russia seeks partners in Southeast Asia, and ASEAN hedges between China and the West.',
  '',
  'A closing line.',
  '',
].join('\n');
export const SENTENCE = 'Russia seeks partners in Southeast Asia, and ASEAN hedges between China and the West.';
export const CODEBOOK = 'codebook.yaml';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export async function readFile(relative: string): Promise<string | undefined> {
  return vscode.workspace.fs.readFile(workspaceUri(relative)).then(
    (b) => decoder.decode(b),
    () => undefined,
  );
}

export async function writeFile(relative: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceUri(relative), encoder.encode(text));
}

/** A new corpus document per test (VS Code may keep a closed document's text a while), removed after with its sidecar. */
export function taggingSuite(prefix: string): {
  api: () => PolicyAnnotatorApi;
  prompts: () => PromptQueue;
  doc: () => string;
  sidecar: () => Promise<SidecarModel | undefined>;
} {
  let api: PolicyAnnotatorApi | undefined;
  let prompts: PromptQueue | undefined;
  let doc = '';
  let run = 0;
  before(async () => {
    api = await extensionApi();
    await api.annotations.ready;
  });
  beforeEach(async () => {
    doc = `${prefix}-${++run}.txt`;
    await writeFile(doc, TEXT);
    await waitFor(() => api!.corpus.index.document(workspaceUri(doc).toString()) !== undefined, 10_000, 'document indexed');
    await api!.tagging.recent.clear();
    prompts = new PromptQueue(api!.tagging.prompts);
  });
  afterEach(async () => {
    prompts?.dispose();
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    for (const dirty of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(dirty);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of [doc, `${doc}.annotations.yaml`])
      await vscode.workspace.fs.delete(workspaceUri(name)).then(undefined, () => undefined);
  });
  return {
    api: () => api!,
    prompts: () => prompts!,
    doc: () => doc,
    sidecar: async () => {
      const text = await readFile(`${doc}.annotations.yaml`);
      return text === undefined ? undefined : loadSidecar(text, 'sidecar');
    },
  };
}

/** Opens the document with `passage` (its `occurrence`-th copy) selected; the offsets of the selection. */
export async function selectPassage(
  relative: string,
  passage: string,
  occurrence = 0,
): Promise<{ editor: vscode.TextEditor; start: number; end: number }> {
  const editor = await vscode.window.showTextDocument(workspaceUri(relative));
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = editor.document.getText().indexOf(passage, start + 1);
  assert.ok(start >= 0, `"${passage}" is in ${relative}`);
  const end = start + passage.length;
  editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
  return { editor, start, end };
}

export function pickOf(prompt: ShownPrompt): vscode.QuickPick<CodeItem> {
  const widget = prompt.widget;
  if (!('items' in widget)) throw new Error(`"${widget.title}" is not a pick list`);
  return widget as vscode.QuickPick<CodeItem>;
}

/** The labels of a pick's items, separators as `[label]`. */
export function labels(prompt: ShownPrompt): string[] {
  return pickOf(prompt).items.map((i) => (i.kind === vscode.QuickPickItemKind.Separator ? `[${i.label}]` : i.label));
}

/** Checks exactly the items with these labels (every one must exist), then accepts the pick. */
export async function checkAndAccept(prompt: ShownPrompt, wanted: readonly string[]): Promise<void> {
  const pick = pickOf(prompt);
  const items = wanted.map((label) => {
    const item = pick.items.find((i) => i.label === label && i.kind !== vscode.QuickPickItemKind.Separator);
    if (!item) throw new Error(`"${label}" is not in "${pick.title}"`);
    return item;
  });
  pick.selectedItems = items;
  // The extension host sends a widget's changes to the workbench on its next turn (a 0 ms timer);
  // accepting before that turn would accept the old selection. Let that turn pass first.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await settled(prompt);
}

/** Types into a pick's filter. */
export function typeInPick(prompt: ShownPrompt, text: string): void {
  pickOf(prompt).value = text;
}

/** Puts the codebook back as it was and waits until the codebook service has read it. */
export async function restoreCodebook(api: PolicyAnnotatorApi, original: string, gone: readonly string[]): Promise<void> {
  if ((await readFile(CODEBOOK)) !== original) await writeFile(CODEBOOK, original);
  await api.annotations.codebook.load();
  await waitFor(() => gone.every((id) => api.annotations.codebook.code(id) === undefined), 10_000, 'codebook restored');
}

/** Reads the codebook before the suite and puts it back after every test; the text it had. */
export function codebookRestoredAfterEach(api: () => PolicyAnnotatorApi, added: readonly string[]): () => string {
  let original = '';
  before(async () => {
    original = (await readFile(CODEBOOK))!;
  });
  afterEach(() => restoreCodebook(api(), original, added));
  return () => original;
}
