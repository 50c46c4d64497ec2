// An entity with more mentions than a list shows at once: Show All Mentions lists the first page
// and a "N more" item that lists the next; the trees show a page of documents and of mentions with
// a "N more…" item that shows the next page when clicked. The fixture (written into the test
// workspace's copy, then deleted): a long CRLF document mentioning ASEAN 1,250 times, and 205
// short notes mentioning it once.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/policyAnnotatorApi';
import type { MentionPick } from '../../src/features/navigation/mentionQuickPick';
import { MENTION_PAGE } from '../../src/features/navigation/showMentions';
import { COMMANDS } from '../../src/vscode/commandIds';
import { TREE_PAGES } from '../../src/features/entityTrees/entityTreeProvider';
import type { DocumentNode, MentionNode, MoreNode, TreeNode } from '../../src/features/entityTrees/treeModel';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { mentionRanges } from './support/mentionRanges';
import { children, labelOf, type Shown } from './support/trees';
import { indexAtRest } from './support/indexAtRest';
import { waitFor } from './support/waitFor';

const FOLDER = 'many-mentions';
const LONG = `${FOLDER}/long-report.txt`;
const LONG_MENTIONS = 1_250;
const NOTES = 205;
const ACCEPT = 'workbench.action.acceptSelectedQuickOpenItem';

function longReport(): string {
  const lines: string[] = [];
  for (let k = 1; k <= LONG_MENTIONS; k++)
    lines.push(k % 10 === 0 ? `Paragraph ${k}: the ASEAN Regional\r\n  Forum and ASEAN met.` : `Paragraph ${k}: ASEAN met.`);
  return lines.join('\r\n\r\n');
}

/** Every mention of an entity as the editor places them (documents opened), documents in id order. */
async function editorMentions(api: PolicyAnnotatorApi, id: string): Promise<vscode.Location[]> {
  const { index } = api.corpus;
  const out: vscode.Location[] = [];
  for (const { document } of index.documentsOf(index.entityIndex(id)).sort((a, b) => (a.document < b.document ? -1 : 1))) {
    const opened = await vscode.workspace.openTextDocument(vscode.Uri.parse(document));
    out.push(...mentionRanges(api, opened, id).map((r) => new vscode.Location(opened.uri, r)));
  }
  return out;
}

const key = (l: vscode.Location): string =>
  `${l.uri.toString()}#${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`;

const isMore = (n: TreeNode): n is MoreNode => typeof n !== 'string' && n.kind === 'more';

describe('an entity with many mentions: capped lists', function () {
  this.timeout(120_000);
  let api: PolicyAnnotatorApi;
  let documentsBefore = 0;

  before(async () => {
    api = await extensionApi();
    const asean = api.corpus.index.entityIndex('asean');
    documentsBefore = api.corpus.index.documentCountOf(asean);
    const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
    await vscode.workspace.fs.writeFile(workspaceUri(LONG), encode(longReport()));
    for (let k = 1; k <= NOTES; k++)
      await vscode.workspace.fs.writeFile(
        workspaceUri(`${FOLDER}/note-${String(k).padStart(3, '0')}.txt`),
        encode(`Note ${k} on ASEAN.\n`),
      );
    await waitFor(
      () => api.corpus.index.documentCountOf(api.corpus.index.entityIndex('asean')) === documentsBefore + NOTES + 1,
      60_000,
      () => `the fixture is indexed (${api.corpus.index.documentCountOf(api.corpus.index.entityIndex('asean'))} documents mention ASEAN)`,
    );
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true });
    await waitFor(
      () => api.corpus.index.documentCountOf(api.corpus.index.entityIndex('asean')) === documentsBefore,
      30_000,
      'the fixture is forgotten',
    );
    await indexAtRest(api); // the watcher's events for 206 deleted files, before the next test's views
  });

  it(`Show All Mentions lists the first ${MENTION_PAGE.toLocaleString('en')} mentions, then the rest from its "more" item`, async () => {
    const expected = await editorMentions(api, 'asean');
    assert.ok(
      expected.length > MENTION_PAGE && expected.length <= 2 * MENTION_PAGE,
      `${expected.length} mentions: more than one page, at most two`,
    );
    const restDocuments = new Set(expected.slice(MENTION_PAGE).map((l) => l.uri.toString())).size;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const shownPick = new Promise<MentionPick>((resolve) => {
      const d = api.navigation.onDidShowMentionPick((p) => {
        d.dispose();
        resolve(p);
      });
    });
    const result = vscode.commands.executeCommand<vscode.Location | undefined>(COMMANDS.showMentions, 'asean');
    const pick = await shownPick;
    const locations = (): vscode.Location[] => pick.items.flatMap((i) => (i as { location?: vscode.Location }).location ?? []);
    const more = (): vscode.QuickPickItem | undefined =>
      pick.items.find((i) => i.kind !== vscode.QuickPickItemKind.Separator && !(i as { location?: vscode.Location }).location);
    try {
      await waitFor(() => pick.activeItems.length > 0, 15_000, 'the pick is rendered');
      assert.equal(pick.title, `ASEAN: ${expected.length.toLocaleString('en')} mentions in ${documentsBefore + NOTES + 1} documents`);
      assert.deepEqual(locations().map(key), expected.slice(0, MENTION_PAGE).map(key), 'the first page, in document order');
      const item = more();
      assert.equal(
        item?.label,
        `$(ellipsis) ${(expected.length - MENTION_PAGE).toLocaleString('en')} more mentions in ${restDocuments} documents`,
      );
      assert.equal(pick.items.at(-1), item, 'the last item');
      assert.equal(item?.alwaysShow, true, 'it stays while the list is filtered');
      // As an analyst would: a filter no listed mention matches leaves the "more" item, then Enter.
      pick.value = 'no mention reads like this';
      await waitFor(() => pick.activeItems[0] === item, 10_000, 'the "more" item is the only one left');
      await vscode.commands.executeCommand(ACCEPT);
      await waitFor(
        () => locations().length === expected.length,
        15_000,
        () => `the next page is listed (${locations().length} listed)`,
      );
      assert.deepEqual(locations().map(key), expected.map(key), 'every mention once, in order');
      assert.equal(more(), undefined, 'nothing more to list');
      const separators = pick.items.filter((i) => i.kind === vscode.QuickPickItemKind.Separator).length;
      assert.equal(
        separators,
        new Set(expected.map((l) => l.uri.toString())).size,
        'one separator per document, none repeated at the page boundary',
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
    assert.equal(await result, undefined, 'dismissed: nothing accepted');
  });

  it(`the trees show ${TREE_PAGES.documents} documents of an entity, and the next page when "more" is clicked`, async () => {
    const tree = api.trees.institutions;
    const total = documentsBefore + NOTES + 1;
    const refreshed: Array<TreeNode | undefined> = [];
    const listener = tree.provider.onDidChangeTreeData((e) => refreshed.push(e));
    try {
      const first = await children<DocumentNode | MoreNode>(tree, 'asean');
      assert.equal(first.length, TREE_PAGES.documents + 1);
      const last = first[first.length - 1];
      assert.ok(isMore(last.node) && !first.slice(0, -1).some((s) => isMore(s.node)), 'a page of documents, then the "more" item');
      assert.equal(labelOf(last.item), `${total - TREE_PAGES.documents} more documents…`);
      assert.equal(last.item.collapsibleState, vscode.TreeItemCollapsibleState.None);
      assert.equal(last.item.command?.command, COMMANDS.showMoreInTree);
      await vscode.commands.executeCommand(last.item.command.command, ...(last.item.command.arguments ?? []));
      assert.ok(refreshed.includes('asean'), 'the entity is refreshed');
      const all = await children<DocumentNode | MoreNode>(tree, 'asean');
      assert.equal(all.length, total, 'every document, and no "more" item');
      assert.ok(!all.some((s) => isMore(s.node)));
      assert.deepEqual(
        all.slice(0, TREE_PAGES.documents).map((s) => s.item.id),
        first.slice(0, -1).map((s) => s.item.id),
        'the first page stays as it was',
      );
      const counts = all.map((s) => (s.node as DocumentNode).count);
      for (let k = 1; k < counts.length; k++) assert.ok(counts[k - 1] >= counts[k], 'most mentions first, across pages');
    } finally {
      listener.dispose();
    }
  });

  it(`the trees show ${TREE_PAGES.mentions} mentions of a document with their lines, and the next page when "more" is clicked`, async () => {
    const tree = api.trees.institutions;
    const docs = await children<DocumentNode | MoreNode>(tree, 'asean');
    const long = docs.find((d) => !isMore(d.node) && d.node.documentId === workspaceUri(LONG).toString()) as
      Shown<DocumentNode> | undefined;
    assert.ok(long, 'the long report is among the documents (it has the most mentions)');
    const document = await vscode.workspace.openTextDocument(long.node.uri);
    const expected = mentionRanges(api, document, 'asean');
    assert.equal(expected.length, long.node.count);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');

    const check = (shown: Array<Shown<MentionNode | MoreNode>>, count: number): void => {
      const mentions = shown.filter((s): s is Shown<MentionNode> => !isMore(s.node));
      assert.equal(mentions.length, count);
      mentions.forEach(({ node, item }, k) => {
        assert.ok(node.location.range.isEqual(expected[k]), `mention ${k} at ${JSON.stringify(node.location.range)}`);
        const label = (item.label as vscode.TreeItemLabel).label;
        assert.ok(label.startsWith(`line ${expected[k].start.line + 1}: `), label);
        assert.ok(label.includes(document.lineAt(expected[k].start.line).text.trim()), `"${label}" shows its line`);
      });
    };
    const first = await children<MentionNode | MoreNode>(tree, long.node);
    check(first, TREE_PAGES.mentions);
    const more = first[first.length - 1];
    assert.ok(isMore(more.node));
    assert.equal(labelOf(more.item), `${(LONG_MENTIONS - TREE_PAGES.mentions).toLocaleString('en')} more mentions…`);
    assert.equal(more.item.description, `show ${TREE_PAGES.mentions} more`);
    await vscode.commands.executeCommand(more.item.command?.command ?? '', ...(more.item.command?.arguments ?? []));
    const second = await children<MentionNode | MoreNode>(tree, long.node);
    check(second, 2 * TREE_PAGES.mentions);
    assert.ok(isMore(second[second.length - 1].node), 'still more after two pages');
  });
});
