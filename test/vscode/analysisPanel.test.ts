// The Analysis panel in the editor: the command opens one panel beside the text, its model counts
// the sample corpus as the core does, a filter narrows it (and one that does not parse is said,
// not silently ignored), codes are counted from the sidecars' placed passages, a cell's units open
// in the editor with the pair selected, and the concordance lists, opens and tags its lines.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { sortConcordance } from '../../src/core/analysis/concordance';
import { sentenceSpan } from '../../src/core/analysis/sentenceSpan';
import { buildPanelModel, DEFAULT_PANEL_OPTIONS, type PanelModel, type PanelOptions } from '../../src/core/analysis/panelModel';
import { createTarget, documentHash } from '../../src/core/anchoring';
import { loadSidecar, newSidecarText } from '../../src/core/sidecars/sidecarLoad';
import { COMMANDS } from '../../src/vscode/commandIds';
import { AnnotatedFile } from './support/annotatedFiles';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { indexAtRest } from './support/indexAtRest';
import { waitFor } from './support/waitFor';

const options = (o: Partial<PanelOptions>): PanelOptions => ({ ...DEFAULT_PANEL_OPTIONS, ...o });

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
    assert.equal(model.rows[0].id, 'russia', 'the most mentioned entity leads');
    assert.equal(model.rows[0].count, api.corpus.index.mentionCountOf(api.corpus.index.entityIndex('russia')));
    const again = buildPanelModel(
      [...api.corpus.index.documentIds()].map((id) => ({
        id,
        mentions: api.corpus.index.document(id)!.mentions,
        day: api.corpus.index.document(id)!.date?.day,
        attributes: new Map<string, string>(),
        words: api.corpus.index.document(id)!.words,
        passages: [],
      })),
      { entities: api.corpus.index.entities, codes: [] },
      model.options,
    );
    assert.deepEqual(model.pairs, again.pairs, 'the same pairs as the core computes from the index');

    await panel.receive({ type: 'options', options: options({ unit: 'paragraph', top: 10, where: 'year>=2024' }) });
    const narrowed = panel.lastModel as PanelModel;
    assert.ok(
      narrowed.documents > 0 && narrowed.documents < model.documents,
      `${narrowed.documents} of ${model.documents} documents are dated 2024 or later`,
    );
    assert.equal(narrowed.rows.length, 10);
    assert.ok(narrowed.groups.every((y) => Number(y.group) >= 2024));
    assert.ok(
      narrowed.groups.every((g) => g.words > 0),
      'each year has the words of its documents (for rates per 10,000 words)',
    );

    await panel.receive({ type: 'options', options: options({ unit: 'document', top: 10, where: 'path=2018-*' }) });
    assert.equal(panel.lastModel?.documents, 1, "paths are the workspace's own (2018-lukin-asian-organizations.md)");

    await panel.receive({ type: 'options', options: options({ unit: 'paragraph', top: 10, where: 'year>=' }) });
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
      await panel.receive({ type: 'options', options: options({ top: 5, where: 'genre=memo' }) });
      const model = panel.lastModel as PanelModel;
      assert.equal(model.documents, 1, 'only the memo says genre: memo');
      assert.deepEqual(
        model.groups.map((y) => [y.group, y.words]),
        [['2023', 8]],
        'its year, and the words after its front matter',
      );
      assert.deepEqual(model.rows.map((e) => e.id).slice(0, 1), ['russia']);
      await panel.receive({ type: 'options', options: options({ top: 5, groupBy: 'genre' }) });
      assert.ok(
        panel.lastModel?.groups.some((g) => g.group === 'memo' && g.documents === 1),
        'grouped by a front matter field',
      );
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
    await panel.receive({ type: 'options', options: options({}) });
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

  it("counts codes from the sidecars' placed passages, with each other and with the entities inside them", async () => {
    const api = await extensionApi();
    const file = new AnnotatedFile('analysis-coded');
    const text = 'Russia and ASEAN agreed. China objected.\n';
    const sidecar = loadSidecar(newSidecarText(`${file.name}.annotations.yaml`, documentHash(text)), 'sidecar');
    const tag = (id: string, quote: string, codes: string[]): void => {
      const at = text.indexOf(quote);
      sidecar.add({ id, codes, target: createTarget(text, at, at + quote.length), status: 'anchored' });
    };
    tag('a0', 'Russia and ASEAN agreed.', ['hedging', 'russia-pivot-to-east']);
    tag('a1', 'China objected.', ['hedging']);
    try {
      await file.writeSidecar(sidecar.toText());
      await file.create(api, text);
      await waitFor(
        () => api.annotations.annotations.state(file.uri)?.live.all.filter((l) => l.start !== undefined).length === 2,
        15_000,
        'both placed',
      );
      await vscode.commands.executeCommand(COMMANDS.openAnalysis);
      const panel = api.analysis.panel;
      assert.ok(panel);
      const only = `path=${file.name}`;
      await waitFor(
        async () => {
          await panel.receive({ type: 'options', options: options({ of: 'codes', unit: 'passage', where: only }) });
          return panel.lastModel?.rows.length === 2;
        },
        15_000,
        'the passages are counted',
      );
      const codes = panel.lastModel as PanelModel;
      assert.deepEqual(
        codes.rows.map((r) => [r.id, r.count]),
        [
          ['hedging', 2],
          ['russia-pivot-to-east', 1],
        ],
      );
      assert.deepEqual(
        codes.pairs.map((p) => [p.nA, p.nB, p.nAB]),
        [[2, 1, 1]],
      );
      assert.notEqual(codes.rows[0].name, 'hedging', 'codes are named from the codebook');
      await panel.receive({ type: 'options', options: options({ of: 'codes-entities', unit: 'passage', where: only }) });
      const withEntities = panel.lastModel as PanelModel;
      assert.deepEqual(withEntities.cols.map((c) => c.id).sort(), ['asean', 'china', 'russia']);
      const hedgingChina = withEntities.pairs.find((p) => withEntities.rows[p.a].id === 'hedging' && withEntities.cols[p.b].id === 'china');
      assert.deepEqual([hedgingChina?.nA, hedgingChina?.nB, hedgingChina?.nAB], [2, 1, 1]);

      await panel.receive({ type: 'concordance', request: { target: { kind: 'code', value: 'hedging' }, width: 20, sort: 'document' } });
      assert.deepEqual(
        panel.lastConcordance?.lines.map((l) => l.match),
        ['Russia and ASEAN agreed.', 'China objected.'],
        `a code's concordance lines are its passages: ${JSON.stringify(panel.lastConcordance?.lines.map((l) => [l.document, l.start]))} of ${JSON.stringify([...api.corpus.index.documentIds()].filter((id) => id.includes('analysis-coded')))}`,
      );
    } finally {
      await file.delete();
      await indexAtRest(api);
    }
  });

  it('lists concordance lines of an entity or a phrase, says what is wrong with a request, and opens and tags a line', async () => {
    const api = await extensionApi();
    await vscode.commands.executeCommand(COMMANDS.openAnalysis);
    const panel = api.analysis.panel;
    assert.ok(panel);
    await panel.receive({ type: 'options', options: options({}) });
    await panel.receive({ type: 'concordance', request: { target: { kind: 'entity', value: 'russia' }, width: 30, sort: 'right1' } });
    const reply = panel.lastConcordance;
    assert.ok(reply && !reply.error);
    assert.equal(reply.total, api.corpus.index.mentionCountOf(api.corpus.index.entityIndex('russia')), 'a line per mention');
    assert.deepEqual(reply.lines, sortConcordance(reply.lines, 'right1'), 'sorted by the first word to the right');
    assert.ok(reply.lines.every((l) => [...l.left].length <= 30 && [...l.right].length <= 30));

    await panel.receive({
      type: 'concordance',
      request: { target: { kind: 'text', value: 'Russia and ASEAN' }, width: 30, sort: 'document' },
    });
    assert.ok((panel.lastConcordance?.total ?? 0) > 0);
    assert.ok(panel.lastConcordance?.lines.every((l) => l.match.replace(/\s+/g, ' ').toLowerCase() === 'russia and asean'));

    await panel.receive({ type: 'concordance', request: { target: { kind: 'entity', value: 'atlantis' }, width: 30, sort: 'document' } });
    assert.match(panel.lastConcordance?.error ?? '', /No entity 'atlantis'/);
    await panel.receive({ type: 'concordance', request: { target: { kind: 'code', value: 'no-such-code' }, width: 30, sort: 'document' } });
    assert.match(panel.lastConcordance?.error ?? '', /No passage is coded 'no-such-code'/);

    // Tag a line: its sentence is selected and Tag Selection asks for codes.
    const line = reply.lines[0];
    const tagging = panel.receive({ type: 'openLine', document: line.document, start: line.start, end: line.end, tag: true });
    await waitFor(
      () => {
        const editor = vscode.window.activeTextEditor;
        return editor !== undefined && !editor.selection.isEmpty && editor.document.offsetAt(editor.selection.start) <= line.start;
      },
      15_000,
      'the sentence is selected',
    );
    const editor = vscode.window.activeTextEditor as vscode.TextEditor;
    const span = sentenceSpan(editor.document.getText(), line.start, line.end);
    assert.deepEqual(
      [editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)],
      [span.start, span.end],
      'the sentence around the match is selected',
    );
    // Tag Selection's codes pick is open: dismissing it ends the tagging.
    let done = false;
    void tagging.then(() => (done = true));
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        return done;
      },
      15_000,
      'Tag Selection asked for codes and was dismissed',
    );
    await tagging;
  });

  it('counts again after the corpus changed: at once when shown, when it shows again when hidden', async () => {
    const api = await extensionApi();
    await vscode.commands.executeCommand(COMMANDS.openAnalysis);
    const panel = api.analysis.panel;
    assert.ok(panel);
    // A new panel's page asks for the model once it has loaded.
    await waitFor(() => panel.lastModel !== undefined, 20_000, 'the webview asked for the model');
    await panel.receive({ type: 'options', options: options({}) });
    const before = (panel.lastModel as PanelModel).documents;
    const file = new AnnotatedFile('analysis-hidden');
    try {
      // Hidden behind a text in its column, the panel does not count.
      await vscode.window.showTextDocument(workspaceUri('codebook.yaml'), { viewColumn: panel.panel.viewColumn });
      await waitFor(() => !panel.panel.visible, 10_000, 'the panel is hidden');
      const sent = panel.lastModel;
      await file.create(api, 'Russia and ASEAN.\n');
      await indexAtRest(api);
      await new Promise((resolve) => setTimeout(resolve, 800));
      assert.equal(panel.lastModel, sent, 'no count while hidden');
      panel.panel.reveal();
      await waitFor(() => panel.lastModel?.documents === before + 1, 10_000, 'counted when shown again');
      // Shown, it counts half a second after a change.
      await file.delete();
      await waitFor(() => panel.lastModel?.documents === before, 10_000, 'counted after the document left');
    } finally {
      await file.delete();
      await indexAtRest(api);
    }
  });
});
