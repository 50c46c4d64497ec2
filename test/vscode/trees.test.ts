// The Actors and Institutions trees in a real VS Code: contents against the index, documents and
// mentions, click-through, sort, filter, reveal and focus.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SECTION, SETTINGS } from '../../src/vscode/settings';
import { typeGroupLabel } from '../../src/core/presentation/entityTypes';
import { COMMANDS } from '../../src/vscode/commandIds';
import { VIEWS } from '../../src/vscode/viewIds';
import type { PolicyAnnotatorApi } from '../../src/policyAnnotatorApi';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { documents, entityItem, groups, labelOf, mentions, shownEntities } from './support/trees';
import { indexAtRest } from './support/indexAtRest';
import { waitFor } from './support/waitFor';

const DOCUMENT = '2024-bordachev-russia-has-redefined-its-asia-strategy.txt';

async function sortSetting(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration(SECTION).update(SETTINGS.treesSortBy.key, value, vscode.ConfigurationTarget.Global);
}

describe('entity trees', () => {
  let api: PolicyAnnotatorApi;

  before(async () => {
    api = await extensionApi();
    await sortSetting(undefined);
    await waitFor(() => api.trees.state.sortBy === 'count', 5_000, 'default order: by count');
  });

  afterEach(async () => {
    api.trees.state.setFilter('');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('groups each kind by type with readable labels and the index counts', async () => {
    const { index } = api.corpus;
    for (const [tree, kind] of [
      [api.trees.actors, 'actor'],
      [api.trees.institutions, 'institution'],
    ] as const) {
      const expected = new Map<string, string[]>();
      for (const e of index.entities.filter((x) => x.kind === kind))
        expected.set(typeGroupLabel(e.type), [...(expected.get(typeGroupLabel(e.type)) ?? []), e.id]);
      const shown = await groups(tree);
      assert.deepEqual(new Set(shown.map((g) => labelOf(g.item))), new Set(expected.keys()), `${kind} groups`);
      for (const g of shown) {
        const ids = expected.get(labelOf(g.item)) ?? [];
        assert.deepEqual([...g.node.children].sort(), [...ids].sort(), `entities under ${labelOf(g.item)}`);
        assert.equal(g.item.description, String(ids.length), `${labelOf(g.item)} shows its number of entities`);
      }
    }
    const labels = (await groups(api.trees.actors)).map((g) => labelOf(g.item));
    assert.deepEqual(labels.slice(0, 2), ['States', 'People']);
    assert.ok((await groups(api.trees.institutions)).some((g) => labelOf(g.item) === 'Bodies'));
    const russia = index.entityIndex('russia');
    const item = await entityItem(api.trees.actors, 'russia');
    assert.ok(item && index.mentionCountOf(russia) > 50);
    assert.equal(labelOf(item), 'Russia');
    assert.equal(item.description, String(index.mentionCountOf(russia)));
    assert.equal(item.contextValue, 'entity');
    assert.match(String(item.tooltip), /^Russia\nActor · State · id russia\nTranscontinental state/);
    assert.match(
      String(item.tooltip),
      new RegExp(`${index.mentionCountOf(russia).toLocaleString('en')} mentions in ${index.documentCountOf(russia)} documents$`),
    );
  });

  it('expands an entity to its documents, and a document to its mentions with their lines', async () => {
    const { index } = api.corpus;
    const russia = index.entityIndex('russia');
    const docs = await documents(api.trees.actors, 'russia');
    assert.deepEqual(
      docs.map((d) => d.node.documentId).sort(),
      index
        .documentsOf(russia)
        .map((d) => d.document)
        .sort(),
    );
    assert.equal(
      docs.reduce((n, d) => n + d.node.count, 0),
      index.mentionCountOf(russia),
    );
    for (let k = 1; k < docs.length; k++) assert.ok(docs[k - 1].node.count >= docs[k].node.count, 'most mentions first');
    const doc = docs.find((d) => labelOf(d.item) === DOCUMENT);
    assert.ok(doc, `${DOCUMENT} is listed: ${docs.map((d) => labelOf(d.item)).join(', ')}`);
    assert.equal(doc.item.description, String(doc.node.count));
    const text = await vscode.workspace.openTextDocument(doc.node.uri);
    const shown = await mentions(api.trees.actors, doc.node);
    assert.equal(shown.length, doc.node.count);
    const spellings = new Set(index.entities[russia].spellings.map((s) => s.text));
    for (const { node, item } of shown) {
      const label = item.label as vscode.TreeItemLabel;
      const line = node.location.range.start.line;
      assert.ok(label.label.startsWith(`line ${line + 1}: `), label.label);
      const [start, end] = label.highlights?.[0] ?? [0, 0];
      const matched = text.getText(node.location.range);
      assert.ok(spellings.has(matched), `the range holds a spelling of Russia: ${matched}`);
      assert.equal(label.label.slice(start, end), matched, 'the highlight is on the mention');
      assert.ok(
        text
          .lineAt(line)
          .text.replace(/\s+/g, ' ')
          .includes(label.label.slice(`line ${line + 1}: `.length).replace(/^…|…$/g, '')),
        'context comes from that line',
      );
    }
  });

  it('opens the document with the mention selected when a mention is clicked', async () => {
    const [doc] = await documents(api.trees.actors, 'russia');
    const shown = await mentions(api.trees.actors, doc.node);
    const { node, item } = shown[shown.length - 1];
    assert.equal(item.command?.command, COMMANDS.openMention);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === doc.node.documentId, 10_000, 'the document opens');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor?.selection.isEqual(node.location.range), `selection ${JSON.stringify(editor?.selection)} is the mention`);
  });

  it('selects the mention where it moved to when the text changed after the item was made', async () => {
    const doc = (await documents(api.trees.actors, 'russia')).find((d) => labelOf(d.item) === DOCUMENT);
    assert.ok(doc);
    const [{ node, item }] = await mentions(api.trees.actors, doc.node);
    const editor = await vscode.window.showTextDocument(doc.node.uri);
    const { start, end } = node.location.range;
    try {
      await editor.edit((e) => e.insert(new vscode.Position(start.line, 0), 'Xyz '));
      await vscode.commands.executeCommand(COMMANDS.openMention, ...(item.command?.arguments ?? []));
      const moved = new vscode.Range(start.translate(0, 4), end.translate(0, 4));
      await waitFor(
        () => vscode.window.activeTextEditor?.selection.isEqual(moved) === true,
        10_000,
        `selection on the moved mention: ${JSON.stringify(vscode.window.activeTextEditor?.selection)}`,
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('sorts by name and by count with its commands and setting', async () => {
    const order = async (): Promise<string[]> =>
      (await groups(api.trees.actors))[0].node.children.map((id) => api.corpus.catalog.byId.get(id)?.name ?? id);
    try {
      await vscode.commands.executeCommand(COMMANDS.sortTreesByName);
      await waitFor(() => api.trees.state.sortBy === 'name', 10_000, 'sort setting follows the command');
      assert.equal(vscode.workspace.getConfiguration(SECTION).get(SETTINGS.treesSortBy.key), 'name');
      const byName = await order();
      assert.deepEqual(
        byName,
        [...byName].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })),
      );
      await vscode.commands.executeCommand(COMMANDS.sortTreesByCount);
      await waitFor(() => api.trees.state.sortBy === 'count', 10_000, 'back to count');
      const [states] = await groups(api.trees.actors);
      const counts = states.node.children.map((id) => api.corpus.index.mentionCountOf(api.corpus.index.entityIndex(id)));
      for (let k = 1; k < counts.length; k++) assert.ok(counts[k - 1] >= counts[k], `by count: ${counts.join(',')}`);
      assert.equal(states.node.children[0], 'russia', 'Russia is the most mentioned state');
    } finally {
      await sortSetting(undefined);
    }
  });

  it('filters on name, id or alias ignoring case and accents, shows the filter, and clears it', async () => {
    const { actors, institutions, state } = api.trees;
    const all = await shownEntities(actors);
    await vscode.commands.executeCommand(COMMANDS.filterTrees, 'MOSCOW');
    const expected = api.corpus.index.entities.filter(
      (e) => e.kind === 'actor' && [e.name, e.id, ...e.aliases.map((a) => a.text)].some((s) => s.toLowerCase().includes('moscow')),
    );
    assert.deepEqual((await shownEntities(actors)).sort(), expected.map((e) => e.id).sort());
    assert.ok(
      expected.some((e) => e.id === 'russia'),
      'Russia, by its alias Moscow',
    );
    assert.equal(actors.view.description, 'filter: MOSCOW');
    assert.ok(
      (await groups(actors)).every((g) => g.item.collapsibleState === vscode.TreeItemCollapsibleState.Expanded),
      'groups open while filtering',
    );
    await vscode.commands.executeCommand(COMMANDS.filterTrees, 'turkiye');
    assert.deepEqual(await shownEntities(actors), ['turkey'], 'the alias Türkiye, accents ignored');
    assert.deepEqual(await shownEntities(institutions), []);
    assert.match(institutions.view.message ?? '', /No institution matches "turkiye"/);
    // Without an argument the command asks, pre-filled with the current filter: accepting keeps it.
    let answered = false;
    void vscode.commands.executeCommand(COMMANDS.filterTrees).then(() => {
      answered = true;
    });
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return answered;
      },
      10_000,
      'the input box was shown and accepted',
    );
    assert.equal(state.filter, 'turkiye', 'the input box showed the current filter');
    await vscode.commands.executeCommand(COMMANDS.clearTreeFilter);
    assert.equal(state.filter, '');
    assert.deepEqual(await shownEntities(actors), all);
    assert.equal(actors.view.description, undefined);
  });

  it('reveals the entity under the cursor in its tree, and focuses the trees', async () => {
    const { actors, institutions } = api.trees;
    await indexAtRest(api); // a refresh of the tree during the reveal could drop the expansion it waits for
    const editor = await vscode.window.showTextDocument(workspaceUri('2024-oh-russia-asean-cooperation-in-an-interpolar-world.txt'));
    const indexed = api.corpus.fresh(editor.document);
    assert.ok(indexed);
    const asean = api.corpus.index.entityIndex('asean');
    const i = [...indexed.mentions].findIndex((m) => m.entity === asean);
    assert.ok(i >= 0, 'the document mentions ASEAN');
    const inside = editor.document.positionAt(indexed.mentions.start(i) + 1);
    editor.selection = new vscode.Selection(inside, inside);
    // ASEAN collapsed first (an earlier test may have left it open, and the view keeps that state
    // across refreshes): the reveal must then expand it, which the expand event shows.
    await vscode.commands.executeCommand(`${VIEWS.institutions}.focus`);
    await vscode.commands.executeCommand(`workbench.actions.treeView.${VIEWS.institutions}.collapseAll`);
    await vscode.window.showTextDocument(editor.document);
    editor.selection = new vscode.Selection(inside, inside);
    api.trees.state.setFilter('russia'); // a filter that hides ASEAN gives way to the reveal
    const expanded: unknown[] = [];
    const listening = institutions.view.onDidExpandElement((e) => expanded.push(e.element));
    try {
      await vscode.commands.executeCommand(COMMANDS.revealInTree);
      await waitFor(
        () => institutions.view.selection[0] === 'asean',
        10_000,
        `ASEAN selected in Institutions: ${JSON.stringify(institutions.view.selection)}`,
      );
      await waitFor(() => expanded.includes('asean'), 10_000, 'ASEAN expanded to its documents');
    } finally {
      listening.dispose();
    }
    assert.ok(institutions.view.visible, 'the Institutions view is shown');
    assert.equal(api.trees.state.filter, '');
    await vscode.commands.executeCommand(COMMANDS.revealInTree, 'russia');
    await waitFor(() => actors.view.selection[0] === 'russia', 10_000, 'Russia selected in Actors by id');
    // On no mention: a message, no selection change, no error.
    const errors = api.log.lines().length;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand(COMMANDS.revealInTree);
    assert.equal(actors.view.selection[0], 'russia');
    assert.equal(
      api.log
        .lines()
        .slice(errors)
        .filter((l) => l.includes('[error]')).length,
      0,
    );
    await vscode.commands.executeCommand('workbench.view.explorer');
    await waitFor(() => !actors.view.visible, 10_000, 'the explorer replaced the trees');
    await vscode.commands.executeCommand(COMMANDS.focusTrees);
    await waitFor(() => actors.view.visible, 10_000, 'Focus Entity Trees shows the Actors view');
  });
});
