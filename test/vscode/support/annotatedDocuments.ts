// Test documents for the annotation features: a new corpus document per test (VS Code may keep a
// closed document's text for a while, so names are never reused), sidecars written by hand (as
// another window or a git pull would), an extra codebook in its own folder, and what the passage
// decorations last applied.
import * as vscode from 'vscode';
import type { TextTarget } from '../../../src/core/anchoring/anchorTypes';
import type { AppliedAnnotationDecorations } from '../../../src/features/annotationDecorations/annotationPainter';
import type { PolicyAnnotatorApi } from '../../../src/policyAnnotatorApi';
import { extensionApi, workspaceUri } from './extensionApi';
import { waitFor } from './waitFor';

const encoder = new TextEncoder();

export const writeText = (uri: vscode.Uri, text: string): Thenable<void> => vscode.workspace.fs.writeFile(uri, encoder.encode(text));

export const sidecarOf = (uri: vscode.Uri): vscode.Uri => uri.with({ path: `${uri.path}.annotations.yaml` });

/** Writes a new corpus document and waits until it is indexed. */
export async function newDocument(api: PolicyAnnotatorApi, relative: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(relative);
  await writeText(uri, text);
  await waitFor(() => api.corpus.index.document(uri.toString()) !== undefined, 15_000, `${relative} indexed`);
  return uri;
}

/** Reverts the document if a test left it changed, closes every editor and deletes the document,
 * its sidecar and any folder given (missing ones ignored). */
export async function removeDocument(uri: vscode.Uri, ...folders: vscode.Uri[]): Promise<void> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) {
    await vscode.window.showTextDocument(open);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const target of [sidecarOf(uri), uri, ...folders])
    await vscode.workspace.fs.delete(target, { recursive: true }).then(undefined, () => undefined);
}

/** A sidecar as another window would write it, with these annotations. */
export function sidecarText(
  document: string,
  annotations: ReadonlyArray<{ id: string; codes: string[]; target: TextTarget; note?: string }>,
): string {
  const items = annotations.map((a) =>
    [
      `  - id: ${JSON.stringify(a.id)}`,
      `    codes: ${JSON.stringify(a.codes)}`,
      ...(a.note === undefined ? [] : [`    note: ${JSON.stringify(a.note)}`]),
      `    target: { ${Object.entries(a.target)
        .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
        .join(', ')} }`,
    ].join('\n'),
  );
  return `version: 1\ndocument: ${JSON.stringify(document)}\nannotations:\n${items.join('\n')}\n`;
}

/** Writes a codebook into `folder` (it merges with the workspace's) and waits until `codeIds` are known. */
export async function extraCodebook(api: PolicyAnnotatorApi, folder: vscode.Uri, yaml: string, codeIds: readonly string[]): Promise<void> {
  await vscode.workspace.fs.createDirectory(folder);
  await writeText(vscode.Uri.joinPath(folder, 'codebook.yaml'), yaml);
  await waitFor(() => codeIds.every((id) => api.annotations.codebook.code(id) !== undefined), 15_000, `codes ${codeIds.join(', ')} loaded`);
}

/** Deletes the extra codebook, then its folder, and waits until its codes are gone. (The file
 * first: the watcher reports a deleted folder, not the files it held, so the codebook would not
 * be re-read.) */
export async function dropCodebook(api: PolicyAnnotatorApi, folder: vscode.Uri, codeIds: readonly string[]): Promise<void> {
  await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, 'codebook.yaml')).then(undefined, () => undefined);
  await waitFor(
    () => codeIds.every((id) => api.annotations.codebook.code(id) === undefined),
    15_000,
    `codes ${codeIds.join(', ')} forgotten`,
  );
  await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
}

/** The editor range of an annotation's live place (undefined when it has none). */
export function liveRange(api: PolicyAnnotatorApi, document: vscode.TextDocument, id: string): vscode.Range | undefined {
  const live = api.annotations.annotations.state(document.uri)?.live.get(id);
  if (live?.start === undefined || live.end === undefined) return undefined;
  return new vscode.Range(document.positionAt(live.start), document.positionAt(live.end));
}

/** Waits until the passage decorations of the editor's current text satisfy `ok`, and returns them. */
export async function waitForPassages(
  api: PolicyAnnotatorApi,
  editor: vscode.TextEditor,
  ok: (applied: AppliedAnnotationDecorations) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<AppliedAnnotationDecorations> {
  let last: AppliedAnnotationDecorations | undefined;
  await waitFor(
    () => {
      last = api.annotationDecorations.applied(editor);
      return last?.version === editor.document.version && ok(last);
    },
    timeoutMs,
    `${what}: passage decorations of version ${editor.document.version} (last: ${JSON.stringify(last?.places.slice(0, 5).map((p) => [p.id, p.look, p.color]))}, ${last?.places.length} places)`,
  );
  return last!;
}

export const rangeText = (r: vscode.Range): string => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** A document of three paragraphs, with a passage to tag in the second. */
export const SAMPLE_TEXT =
  'First paragraph about ASEAN.\n\nRussia seeks partners in Southeast Asia, and ASEAN hedges.\n\nA closing line.\n';
export const SAMPLE_PASSAGE = 'Russia seeks partners in Southeast Asia';

export interface DocumentPerTest {
  api(): PolicyAnnotatorApi;
  /** This test's document and its file name (`<prefix>-<n>.txt`, never reused). */
  doc(): vscode.Uri;
  name(): string;
}

/** The hooks of a suite that works on a new corpus document holding `text` in every test. */
export function documentPerTest(prefix: string, text = SAMPLE_TEXT): DocumentPerTest {
  let api: PolicyAnnotatorApi | undefined;
  let doc: vscode.Uri | undefined;
  let name = '';
  let run = 0;
  before(async () => {
    api = await extensionApi();
    await api.annotations.ready;
  });
  beforeEach(async () => {
    name = `${prefix}-${++run}.txt`;
    doc = await newDocument(api!, name, text);
  });
  afterEach(async () => {
    if (doc) await removeDocument(doc);
  });
  const must = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('outside a test');
    return value;
  };
  return { api: () => must(api), doc: () => must(doc), name: () => name };
}
