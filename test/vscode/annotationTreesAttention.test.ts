// The Needs Attention view in the real editor: an annotation whose quote was deleted on disk is
// orphaned, one whose quote was reworded in the editor needs review; each is listed with its
// status, the view shows a badge, and accepting the proposed place (after confirming), re-attaching
// to a selection and deleting each take it out of the view.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/vscode/commandIds';
import type { AnnotationTrees } from '../../src/features/annotationTrees/activateAnnotationTrees';
import type { AttentionTreeNode } from '../../src/features/annotationTrees/treeNodes';
import type { PolicyAnnotatorApi } from '../../src/policyAnnotatorApi';
import { extensionApi } from './support/extensionApi';
import {
  annotate,
  childrenOf,
  descriptionOf,
  labelOf,
  readSidecar,
  removeDocuments,
  writeDocument,
  writeText,
  type Shown,
} from './support/annotationViews';
import { choose, PromptQueue } from './support/quickInput';
import { waitFor } from './support/waitFor';

const TEXT = 'An opening line.\n\nRussia seeks partners in Southeast Asia, and ASEAN hedges.\n\nA closing line about energy.\n';
const PASSAGE = 'Russia seeks partners in Southeast Asia';
const REWORDED = 'Russia wants partners in Southeast Asia';

let run = 0;

/** The annotations the view lists for one document (none when the document is not listed). */
async function listed(trees: AnnotationTrees, uri: vscode.Uri): Promise<Array<Shown<AttentionTreeNode>>> {
  const provider = trees.needsAttention.provider;
  const documentNode = (await childrenOf(provider)).find((d) => d.node.kind === 'document' && d.node.documentUri === uri.toString());
  return documentNode ? childrenOf(provider, documentNode.node) : [];
}

async function waitListed(trees: AnnotationTrees, uri: vscode.Uri, count: number, what: string): Promise<Array<Shown<AttentionTreeNode>>> {
  let shown: Array<Shown<AttentionTreeNode>> = [];
  await waitFor(async () => (shown = await listed(trees, uri)).length === count, 20_000, what);
  return shown;
}

describe('annotation views: Needs Attention', function () {
  this.timeout(120_000);
  let api: PolicyAnnotatorApi;
  let prompts: PromptQueue;
  let name = '';

  before(async () => {
    api = await extensionApi();
    await api.annotations.ready;
  });
  beforeEach(() => {
    name = `trees-attention-${++run}.txt`;
    prompts = new PromptQueue(api.annotationTrees.prompts);
  });
  afterEach(async () => {
    prompts.dispose();
    await removeDocuments([name]);
  });

  it('lists an orphan (quote deleted on disk) with a badge; re-attaching to the selection takes it out', async () => {
    const uri = await writeDocument(api, name, TEXT);
    const id = await annotate(api, name, PASSAGE, ['hedging']);
    await writeText(name, TEXT.replace(`${PASSAGE}, and `, ''));
    const [item] = await waitListed(api.annotationTrees, uri, 1, 'the orphan is listed');
    assert.equal(labelOf(item.item), PASSAGE);
    assert.equal(descriptionOf(item.item), 'orphaned');
    assert.equal(item.item.contextValue, 'annotation', 'no proposed place to accept');
    await waitFor(() => (api.annotationTrees.needsAttention.view.badge?.value ?? 0) >= 1, 10_000, 'the badge counts it');

    await vscode.commands.executeCommand(item.item.command!.command, ...(item.item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString(), 'reveal opened the document');
    assert.equal(editor.selection.active.line, 2, 'near where the quote was');

    // Refused while the selection is empty: nothing changes.
    assert.equal(await vscode.commands.executeCommand(COMMANDS.reattachAnnotation, item.node), false);
    const target = 'ASEAN hedges';
    const start = editor.document.getText().indexOf(target);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + target.length));
    assert.equal(await vscode.commands.executeCommand(COMMANDS.reattachAnnotation, item.node), true);
    assert.equal((await readSidecar(name)).get(id)?.target.exact, target);
    await waitListed(api.annotationTrees, uri, 0, 'the view no longer lists it');
    assert.equal(api.annotations.annotations.state(uri)?.live.get(id)?.status, 'anchored');
  });

  it('lists a reworded passage as needing review; accepting the proposed place asks first, then takes the new text', async () => {
    const uri = await writeDocument(api, name, TEXT);
    const id = await annotate(api, name, PASSAGE, ['hedging']);
    const editor = await vscode.window.showTextDocument(uri);
    const at = editor.document.getText().indexOf('seeks');
    await editor.edit((b) =>
      b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 'seeks'.length)), 'wants'),
    );
    const [item] = await waitListed(api.annotationTrees, uri, 1, 'the reworded annotation is listed');
    assert.match(descriptionOf(item.item), /^needs review · \d+ %$/);
    assert.equal(item.item.contextValue, 'annotation.proposed');

    const cancelled = vscode.commands.executeCommand(COMMANDS.acceptAnnotationPlace, item.node);
    const first = await prompts.next(/Accept Proposed Place/);
    const items = (first.widget as vscode.QuickPick<vscode.QuickPickItem>).items;
    assert.deepEqual(
      items.map((i) => [i.label, i.detail]),
      [
        ['Accept', `“${REWORDED}”`],
        ['Cancel', `“${PASSAGE}”`],
      ],
      'both texts shown',
    );
    await choose(first, 'Cancel');
    assert.equal(await cancelled, false);
    assert.equal((await readSidecar(name)).get(id)?.target.exact, PASSAGE, 'the stored quote is kept');

    const accepted = vscode.commands.executeCommand(COMMANDS.acceptAnnotationPlace, item.node);
    await choose(await prompts.next(/Accept Proposed Place/), 'Accept');
    assert.equal(await accepted, true);
    assert.equal((await readSidecar(name)).get(id)?.target.exact, REWORDED);
    await waitListed(api.annotationTrees, uri, 0, 'the view no longer lists it');
  });

  it('accepts the proposal under the cursor when no annotation is given', async () => {
    const uri = await writeDocument(api, name, TEXT);
    const id = await annotate(api, name, PASSAGE, ['hedging']);
    const editor = await vscode.window.showTextDocument(uri);
    const at = editor.document.getText().indexOf('partners');
    await editor.edit((b) =>
      b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 'partners'.length)), 'friends'),
    );
    await waitListed(api.annotationTrees, uri, 1, 'listed');
    editor.selection = new vscode.Selection(editor.document.positionAt(at + 2), editor.document.positionAt(at + 2));
    const accepted = vscode.commands.executeCommand(COMMANDS.acceptAnnotationPlace);
    await choose(await prompts.next(/Accept Proposed Place/), 'Accept');
    assert.equal(await accepted, true);
    assert.equal((await readSidecar(name)).get(id)?.target.exact, 'Russia seeks friends in Southeast Asia');
  });

  // The recorded live statuses must not overwrite the `anchored` that moveTo/accept set (the write
  // applies the analyst's change last; it used to come first, and the sidecar said orphaned).
  it('records the status anchored in the sidecar when re-attaching or accepting is its first write', async () => {
    const other = name.replace('.txt', '-b.txt');
    try {
      const uri = await writeDocument(api, name, TEXT);
      const orphan = await annotate(api, name, PASSAGE, ['hedging']);
      await writeText(name, TEXT.replace(`${PASSAGE}, and `, ''));
      await waitListed(api.annotationTrees, uri, 1, 'orphan listed');
      const editor = await vscode.window.showTextDocument(uri);
      const start = editor.document.getText().indexOf('ASEAN hedges');
      editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + 12));
      assert.equal(await vscode.commands.executeCommand(COMMANDS.reattachAnnotation, uri.toString(), orphan), true);
      assert.equal((await readSidecar(name)).get(orphan)?.status, 'anchored', 're-attached');

      const otherUri = await writeDocument(api, other, TEXT);
      const reworded = await annotate(api, other, PASSAGE, ['hedging']);
      await writeText(other, TEXT.replace('seeks', 'wants'));
      await waitListed(api.annotationTrees, otherUri, 1, 'reworded listed');
      const accepted = vscode.commands.executeCommand(COMMANDS.acceptAnnotationPlace, otherUri.toString(), reworded);
      await choose(await prompts.next(/Accept Proposed Place/), 'Accept');
      assert.equal(await accepted, true);
      assert.equal((await readSidecar(other)).get(reworded)?.status, 'anchored', 'accepted');
    } finally {
      await removeDocuments([other]);
    }
  });

  it('refuses to re-attach from another document, and deleting an orphan empties the view', async () => {
    const uri = await writeDocument(api, name, TEXT);
    const id = await annotate(api, name, PASSAGE, ['hedging']);
    await writeText(name, 'Everything was rewritten.\n');
    const [item] = await waitListed(api.annotationTrees, uri, 1, 'the orphan is listed');
    const other = await vscode.workspace.openTextDocument({ content: 'another text entirely' });
    const editor = await vscode.window.showTextDocument(other);
    editor.selection = new vscode.Selection(0, 0, 0, 7);
    const before = await readSidecar(name);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.reattachAnnotation, item.node), false, 'refused');
    assert.equal((await readSidecar(name)).baseText, before.baseText, 'sidecar untouched');

    await api.annotations.annotations.remove(uri, id);
    await waitListed(api.annotationTrees, uri, 0, 'the view no longer lists it');
    assert.ok(
      !(await childrenOf(api.annotationTrees.needsAttention.provider)).some((d) => d.node.documentUri === uri.toString()),
      'nor its document',
    );
    const { view } = api.annotationTrees.needsAttention;
    await waitFor(
      () => view.badge === undefined && view.message?.startsWith('Nothing needs attention') === true,
      10_000,
      'no badge, the empty-state message',
    );
  });
});
