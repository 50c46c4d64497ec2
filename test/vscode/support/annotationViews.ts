// The annotation views as the tests read them: children through the views' own providers (as the
// workbench asks for them), test documents written into the workspace and removed afterwards,
// and sidecars read from disk.
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../../src/policyAnnotatorApi';
import type { CodeNode, CodesTreeNode } from '../../../src/features/annotationTrees/treeNodes';
import { loadSidecar } from '../../../src/core/sidecars/sidecarLoad';
import type { SidecarModel } from '../../../src/core/sidecars/sidecarModel';
import { extensionApi, workspaceUri } from './extensionApi';
import { labelOf } from './trees';
import { waitFor } from './waitFor';

export interface Shown<N> {
  node: N;
  item: vscode.TreeItem;
}

export async function childrenOf<N>(provider: vscode.TreeDataProvider<N>, node?: N): Promise<Array<Shown<N>>> {
  const nodes = (await provider.getChildren(node)) ?? [];
  return Promise.all(nodes.map(async (n) => ({ node: n, item: await provider.getTreeItem(n) })));
}

export { labelOf };

export function descriptionOf(item: vscode.TreeItem): string {
  return typeof item.description === 'string' ? item.description : '';
}

export function tooltipOf(item: vscode.TreeItem): string {
  return item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip ?? '');
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function readText(relative: string): Promise<string | undefined> {
  return vscode.workspace.fs.readFile(workspaceUri(relative)).then(
    (b) => decoder.decode(b),
    () => undefined,
  );
}

export async function writeText(relative: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceUri(relative), encoder.encode(text));
}

export async function readSidecar(document: string): Promise<SidecarModel> {
  const text = await readText(`${document}.annotations.yaml`);
  if (text === undefined) throw new Error(`${document} has no sidecar`);
  return loadSidecar(text, `${document}.annotations.yaml`);
}

/** Writes a corpus document and waits until it is indexed. */
export async function writeDocument(api: PolicyAnnotatorApi, name: string, text: string): Promise<vscode.Uri> {
  await writeText(name, text);
  const uri = workspaceUri(name);
  await waitFor(() => api.corpus.index.document(uri.toString()) !== undefined, 15_000, `${name} indexed`);
  return uri;
}

/** Deletes test documents and their sidecars (and the editors showing them). */
export async function removeDocuments(names: readonly string[]): Promise<void> {
  // A test's unsaved edit is reverted first: closing its editor would save it (the web workbench
  // saves after a delay by default), and a save landing after the delete brings the file back.
  const ours = new Set(names.map((n) => workspaceUri(n).toString()));
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || !ours.has(document.uri.toString())) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const name of names.flatMap((n) => [`${n}.annotations.yaml`, n])) {
    await vscode.workspace.fs.delete(workspaceUri(name)).then(undefined, () => undefined);
  }
  // Gone from the index too before the next test counts the corpus (the watcher's event comes later).
  const api = await extensionApi();
  await waitFor(
    () => names.every((n) => api.corpus.index.document(workspaceUri(n).toString()) === undefined),
    30_000,
    `${names.join(', ')} left the index`,
  );
}

/** Adds an annotation on the first occurrence of `quote` in a document. */
export async function annotate(api: PolicyAnnotatorApi, name: string, quote: string, codes: string[], note?: string): Promise<string> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  const start = document.getText().indexOf(quote);
  if (start < 0) throw new Error(`'${quote}' is not in ${name}`);
  return api.annotations.annotations.add(document, start, start + quote.length, { codes, note, author: 'tester' });
}

/** The code's node, found by walking the Codes view from its roots. */
export async function findCode(api: PolicyAnnotatorApi, codeId: string): Promise<Shown<CodeNode> | undefined> {
  const provider = api.annotationTrees.codes.provider;
  const queue: Array<Shown<CodesTreeNode>> = await childrenOf(provider);
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (next.node.kind === 'code' && next.node.codeId === codeId) return next as Shown<CodeNode>;
    if (next.node.kind !== 'annotation') queue.push(...(await childrenOf(provider, next.node)));
  }
  return undefined;
}

/** The annotations listed under a code, only those of the given documents. */
export async function segmentsOf(
  api: PolicyAnnotatorApi,
  codeId: string,
  documents: readonly vscode.Uri[],
): Promise<Array<Shown<CodesTreeNode>>> {
  const code = await findCode(api, codeId);
  if (!code) return [];
  const ids = new Set(documents.map((d) => d.toString()));
  return (await childrenOf(api.annotationTrees.codes.provider, code.node)).filter(
    (s) => s.node.kind === 'annotation' && ids.has(s.node.documentUri),
  );
}
