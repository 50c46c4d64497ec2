// The Analysis panel in the editor: the command opens one panel beside the text, its model counts
// the sample corpus as the core does, a filter narrows it (and one that does not parse is said,
// not silently ignored), and a cell's units open in the editor with the pair selected.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { buildPanelModel, type PanelModel } from '../../src/core/analysis/panelModel';
import { COMMANDS } from '../../src/vscode/commandIds';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { indexAtRest } from './support/indexAtRest';
import { waitFor } from './support/waitFor';

describe('analysis panel', function () {
  this.timeout(60_000);

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens one panel whose model counts the corpus as the core does, narrowed by a filter', async () => {
    const api = await extensionApi();
    await vscode.commands.executeCommand(COMMANDS.openAnalysis);
    await vscode.commands.executeCommand(COMMANDS.openAnalysis);
    const panel = api.analysis.panel;
    assert.ok(panel, 'the panel is open');
    assert.equal(panel.panel.visible, true);
    await waitFor(() => panel.lastModel !== undefined, 20_000, 'the webview asked for the model');
    const model = panel.lastModel as PanelModel;
    assert.equal(model.documents, api.corpus.index.documentCount);
    assert.equal(model.entities[0].id, 'russia', 'the most mentioned entity leads');
    assert.equal(model.entities[0].mentions, api.corpus.index.mentionCountOf(api.corpus.index.entityIndex('russia')));
    const again = buildPanelModel(
      [...api.corpus.index.documentIds()].map((id) => ({
        id,
        mentions: api.corpus.index.document(id)!.mentions,
        day: api.corpus.index.document(id)!.date?.day,
        attributes: new Map<string, string>(),
      })),
      api.corpus.index.entities,
      model.options,
    );
    assert.deepEqual(model.pairs, again.pairs, 'the same pairs as the core computes from the index');

    await panel.receive({ type: 'options', options: { unit: 'paragraph', top: 10, where: 'year>=2024' } });
    const narrowed = panel.lastModel as PanelModel;
    assert.ok(
      narrowed.documents > 0 && narrowed.documents < model.documents,
      `${narrowed.documents} of ${model.documents} documents are dated 2024 or later`,
    );
    assert.equal(narrowed.entities.length, 10);
    assert.ok(narrowed.years.every((y) => y.year >= 2024));

    await panel.receive({ type: 'options', options: { unit: 'document', top: 10, where: 'path=2018-*' } });
    assert.equal(panel.lastModel?.documents, 1, "paths are the workspace's own (2018-lukin-asian-organizations.md)");

    await panel.receive({ type: 'options', options: { unit: 'paragraph', top: 10, where: 'year>=' } });
    assert.match(panel.lastModel?.filterError ?? '', /column 7: expected a value/, 'a filter that does not parse is said');
  });

  it("filters by a field of a document's own front matter", async () => {
    const api = await extensionApi();
    const uri = workspaceUri('analysis-memo.md');
    await vscode.workspace.fs.writeFile(
      uri,
      new TextEncoder().encode('---\ngenre: memo\ndate: 2023-02-01\n---\nRussia and ASEAN met; Russia and China too.\n'),
    );
    try {
      await waitFor(() => api.corpus.document(uri) !== undefined, 15_000, 'the memo is indexed');
      await vscode.commands.executeCommand(COMMANDS.openAnalysis);
      const panel = api.analysis.panel;
      assert.ok(panel);
      await panel.receive({ type: 'options', options: { unit: 'sentence', top: 5, where: 'genre=memo' } });
      const model = panel.lastModel as PanelModel;
      assert.equal(model.documents, 1, 'only the memo says genre: memo');
      assert.deepEqual(
        model.years.map((y) => y.year),
        [2023],
      );
      assert.deepEqual(model.entities.map((e) => e.id).slice(0, 1), ['russia']);
    } finally {
      await vscode.workspace.fs.delete(uri);
      await waitFor(() => api.corpus.document(uri) === undefined, 15_000, 'the memo left the index');
      await indexAtRest(api);
    }
  });

  it('opens the units behind a cell with the pair selected', async () => {
    const api = await extensionApi();
    await vscode.commands.executeCommand(COMMANDS.openAnalysis);
    const panel = api.analysis.panel;
    assert.ok(panel);
    await panel.receive({ type: 'options', options: { unit: 'sentence', top: 25, where: '' } });
    const opened = panel.receive({ type: 'openPair', a: 'russia', b: 'asean' });
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return vscode.window.activeTextEditor !== undefined && !vscode.window.activeTextEditor.selection.isEmpty;
      },
      15_000,
      'a unit is chosen and opened',
    );
    await opened;
    const editor = vscode.window.activeTextEditor as vscode.TextEditor;
    const index = api.corpus.index;
    const mentions = index.document(editor.document.uri.toString())?.mentions;
    assert.ok(mentions, 'a corpus document opened');
    const pair = new Set([index.entityIndex('russia'), index.entityIndex('asean')]);
    const start = editor.document.offsetAt(editor.selection.start);
    const end = editor.document.offsetAt(editor.selection.end);
    const at: number[] = [];
    for (let i = 0; i < mentions.length; i++)
      if (pair.has(mentions.entity(i)) && mentions.start(i) >= start && mentions.end(i) <= end) at.push(mentions.entity(i));
    assert.equal(new Set(at).size, 2, `both are mentioned in the selection: ${editor.document.getText(editor.selection).slice(0, 120)}`);
    assert.ok(
      [...Array(mentions.length).keys()].some((i) => mentions.start(i) === start && pair.has(mentions.entity(i))),
      'the selection starts at a mention of either',
    );
  });
});
