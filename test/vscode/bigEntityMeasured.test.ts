// The entity the workspace mentions most: Find All References, Show All Mentions and the trees,
// with how long each takes and how much the extension host grows (figures for the README, never
// asserted: the machine is shared). On the test corpus it is small; on a large folder it is the
// issue-12 measurement:
//   npm run -s test:vscode -- --workspace <folder> --grep "most mentioned entity" --timeout 1200
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/policyAnnotatorApi';
import type { MentionPick } from '../../src/features/navigation/mentionQuickPick';
import { EntityReferenceProvider } from '../../src/features/navigation/referenceProvider';
import { COMMANDS } from '../../src/vscode/commandIds';
import type { DocumentNode, TreeNode } from '../../src/features/entityTrees/treeModel';
import { extensionApi } from './support/extensionApi';
import { print } from './support/measure';
import { indexAtRest } from './support/indexAtRest';

const mb = (bytes: number): string => (bytes / 1e6).toFixed(0);
const ms = (t0: number): string => `${(performance.now() - t0).toFixed(0)} ms`;
const locationKey = (l: vscode.Location): string => `${l.uri.toString()}#${l.range.start.line}:${l.range.start.character}`;

describe('the most mentioned entity (measured)', function () {
  this.timeout(900_000);
  let api: PolicyAnnotatorApi;
  let top = 0;
  let document: vscode.TextDocument;
  let at: vscode.Position;

  before(async () => {
    // A folder without a catalog activates the extension when a text opens, as an analyst would.
    const [anyText] = await vscode.workspace.findFiles('**/*.{txt,md}', undefined, 1);
    if (anyText) await vscode.workspace.openTextDocument(anyText);
    api = await extensionApi();
    await indexAtRest(api, 2_000);
    // The provider counts open documents as the editor holds them (another test may have left one
    // with unsaved text): so do the expected figures.
    for (const open of vscode.workspace.textDocuments) api.corpus.fresh(open);
    const { index } = api.corpus;
    for (let e = 1; e < index.entities.length; e++) if (index.mentionCountOf(e) > index.mentionCountOf(top)) top = e;
    const [most] = index.documentsOf(top);
    assert.ok(most, 'the workspace mentions some entity');
    document = await vscode.workspace.openTextDocument(vscode.Uri.parse(most.document));
    const indexed = api.corpus.fresh(document);
    assert.ok(indexed);
    let first = 0;
    while (indexed.mentions.entity(first) !== top) first++;
    at = document.positionAt(indexed.mentions.start(first));
    print(
      `${index.entities[top].name}: ${index.mentionCountOf(top).toLocaleString('en')} mentions in ${index.documentCountOf(top).toLocaleString('en')} documents ` +
        `(index: ${index.documentCount.toLocaleString('en')} documents, ${index.mentionCount.toLocaleString('en')} mentions, ${mb(index.memoryBytes)} MB)`,
    );
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Find All References: every mention, from the provider and through the editor', async () => {
    const total = api.corpus.index.mentionCountOf(top);
    const provider = new EntityReferenceProvider(api.corpus, api.readiness);
    const token = new vscode.CancellationTokenSource().token;
    for (let run = 1; run <= 3; run++) {
      const before = process.memoryUsage();
      let t0 = performance.now();
      const direct = await provider.provideReferences(document, at, { includeDeclaration: false }, token);
      const providerMs = ms(t0);
      const peak = process.memoryUsage();
      t0 = performance.now();
      const viaEditor = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, at);
      const editorMs = ms(t0);
      const after = process.memoryUsage();
      assert.equal(direct?.length, total, 'one location per mention');
      // Through the editor, other extensions may add theirs (Markdown's, on a heading).
      const keys = new Set(viaEditor.map(locationKey));
      assert.ok(
        direct?.every((l) => keys.has(locationKey(l))),
        'every mention, through the editor',
      );
      assert.ok(viaEditor.length > total, 'and the declaration');
      print(
        `run ${run}: provider ${providerMs} (heap +${mb(peak.heapUsed - before.heapUsed)} MB, rss +${mb(peak.rss - before.rss)} MB); ` +
          `vscode.executeReferenceProvider ${editorMs} (heap +${mb(after.heapUsed - before.heapUsed)} MB, rss +${mb(after.rss - before.rss)} MB, rss ${mb(after.rss)} MB)`,
      );
    }
    // What the editor's round trip costs by itself: the same locations from a provider that has them ready.
    const ready = (await provider.provideReferences(document, at, { includeDeclaration: true }, token)) ?? [];
    const probe = await vscode.workspace.openTextDocument({ content: 'probe' });
    const registration = vscode.languages.registerReferenceProvider(
      { scheme: 'untitled' },
      { provideReferences: (d) => (d === probe ? ready : undefined) },
    );
    try {
      const t0 = performance.now();
      const echoed = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider',
        probe.uri,
        new vscode.Position(0, 0),
      );
      assert.equal(echoed.length, ready.length);
      print(`the editor's round trip alone (the same ${ready.length.toLocaleString('en')} locations, ready): ${ms(t0)}`);
    } finally {
      registration.dispose();
    }
  });

  it('Show All Mentions: the first page of the quick pick', async () => {
    const id = api.corpus.index.entities[top].id;
    for (let run = 1; run <= 2; run++) {
      const before = process.memoryUsage();
      const t0 = performance.now();
      const shown = new Promise<MentionPick>((resolve) => {
        const d = api.navigation.onDidShowMentionPick((p) => {
          d.dispose();
          resolve(p);
        });
      });
      const result = vscode.commands.executeCommand(COMMANDS.showMentions, id);
      const pick = await shown;
      const shownMs = ms(t0);
      const after = process.memoryUsage();
      assert.ok(pick.items.length > 0);
      print(
        `run ${run}: quick pick shown with ${pick.items.length.toLocaleString('en')} items in ${shownMs} (heap +${mb(after.heapUsed - before.heapUsed)} MB); last: ${pick.items.at(-1)?.label}`,
      );
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await result;
    }
  });

  it('the trees: the documents of the entity, and the mentions of its biggest document', async () => {
    const { entities } = api.corpus.index;
    const tree = entities[top].kind === 'actor' ? api.trees.actors : api.trees.institutions;
    const items = async (node: TreeNode): Promise<TreeNode[]> => {
      const children = await tree.provider.getChildren(node);
      for (const child of children) tree.provider.getTreeItem(child);
      return children;
    };
    await tree.provider.getChildren();
    for (let run = 1; run <= 2; run++) {
      let t0 = performance.now();
      const docs = await items(entities[top].id);
      const docsMs = ms(t0);
      const [biggest] = docs as DocumentNode[];
      t0 = performance.now();
      const mentions = await items(biggest);
      print(
        `run ${run}: documents level ${docs.length} items in ${docsMs}; mentions of ${biggest.count.toLocaleString('en')} in its biggest document: ${mentions.length} items in ${ms(t0)}`,
      );
    }
  });
});
