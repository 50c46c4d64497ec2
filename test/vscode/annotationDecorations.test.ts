// Tagged passages in a real editor: drawn at their live places in their first code's colour (one
// decoration type per colour and look), nested ones told apart, in every editor of the document,
// alongside the entity highlights, following typing, and switched off and on by the command.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ANNOTATION_COLOR_IDS } from '../../src/core/presentation/annotationColors';
import { COMMANDS } from '../../src/vscode/commandIds';
import { workspaceUri } from './support/extensionApi';
import { documentPerTest, liveRange, rangeText, SAMPLE_PASSAGE, waitForPassages } from './support/annotatedDocuments';
import { waitFor } from './support/waitFor';

const svgOf = (uri: unknown): string => {
  assert.ok(uri instanceof vscode.Uri && uri.scheme === 'data', `a data: URI: ${String(uri)}`);
  return atob(uri.toString(true).slice(uri.toString(true).indexOf(',') + 1));
};

describe('annotation decorations', function () {
  this.timeout(90_000);
  const fixture = documentPerTest('annotation-decorations');

  async function tag(document: vscode.TextDocument, quote: string, codes: string[], from = 0): Promise<string> {
    const start = document.getText().indexOf(quote, from);
    assert.ok(start >= 0, quote);
    return fixture.api().annotations.annotations.add(document, start, start + quote.length, { codes, author: 'tester' });
  }

  it("draws every live place in its first code's colour, nested passages apart, one type per colour and look", async () => {
    const editor = await vscode.window.showTextDocument(fixture.doc(), { viewColumn: vscode.ViewColumn.One });
    const outer = await tag(editor.document, SAMPLE_PASSAGE, ['hedging-balancing', 'sanctions']);
    const inner = await tag(editor.document, 'Southeast Asia', ['sanctions']);
    const uncoded = await tag(editor.document, 'ASEAN hedges', ['no-such-code']);
    const applied = await waitForPassages(fixture.api(), editor, (a) => a.places.length === 3, 'three passages');
    const expected = [
      [outer, '#305bc0', 'plain'],
      [inner, '#9e6a4c', 'nested'],
      [uncoded, undefined, 'plain'],
    ].map(([id, color, look]) => [id, rangeText(liveRange(fixture.api(), editor.document, id!)!), color, look]);
    assert.deepEqual(
      applied.places.map((p) => [p.id, rangeText(p.range), p.color, p.look]),
      expected,
      'at the live places, in document order',
    );
    assert.equal(fixture.api().annotations.codebook.code('hedging-balancing')?.color, '#305bc0', "the colour is the codebook's");
    assert.deepEqual(
      [...applied.ranges.keys()],
      ['#305bc0/plain', '#9e6a4c/nested', 'default/plain'],
      'one decoration type per colour and look',
    );
    assert.equal(applied.ruler, true);

    const plain = fixture.api().annotationDecorations.renderOptions('#305bc0/plain');
    assert.deepEqual(
      [plain?.borderColor, plain?.borderStyle, plain?.borderWidth, plain?.backgroundColor, plain?.overviewRulerLane],
      ['#305bc0', 'solid', '0 0 2px 0', '#305bc01a', vscode.OverviewRulerLane.Left],
    );
    assert.ok(svgOf(plain?.gutterIconPath).includes('fill="#305bc0"'), "a gutter bar in the code's colour");
    const nested = fixture.api().annotationDecorations.renderOptions('#9e6a4c/nested');
    assert.deepEqual([nested?.borderStyle, nested?.borderWidth], ['double', '0 0 4px 0'], 'nested: a double underline');
    const fallback = fixture.api().annotationDecorations.renderOptions('default/plain');
    assert.ok(fallback?.borderColor instanceof vscode.ThemeColor && fallback.backgroundColor instanceof vscode.ThemeColor);
    assert.equal((fallback.borderColor as vscode.ThemeColor).id, ANNOTATION_COLOR_IDS.line);

    // The entity highlights stay, in their own style and ruler lane.
    const mentions = fixture.api().decorations.applied(editor);
    assert.ok(mentions && [...mentions.ranges.values()].some((r) => r.length > 0), 'entity highlights in the same editor');
    assert.equal(fixture.api().decorations.renderOptions('state')?.overviewRulerLane, vscode.OverviewRulerLane.Center);

    // A second editor of the document gets the same passages.
    const side = await vscode.window.showTextDocument(editor.document, { viewColumn: vscode.ViewColumn.Two });
    const beside = await waitForPassages(fixture.api(), side, (a) => a.places.length === 3, 'second editor');
    assert.deepEqual(
      beside.places.map((p) => [p.id, rangeText(p.range), p.color, p.look]),
      expected,
    );
  });

  it("moves a passage's decoration when text is typed before it, and drops it when it is deleted", async () => {
    const editor = await vscode.window.showTextDocument(fixture.doc());
    const id = await tag(editor.document, SAMPLE_PASSAGE, ['hedging']);
    const before = await waitForPassages(fixture.api(), editor, (a) => a.places.length === 1, 'tagged');
    assert.equal(rangeText(before.places[0].range), '2:0-2:39');
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'A new opening paragraph.\n\n'));
    const after = await waitForPassages(fixture.api(), editor, (a) => a.places.length === 1, 'after typing');
    assert.equal(rangeText(after.places[0].range), '4:0-4:39', 'two lines further down');
    assert.equal(rangeText(after.places[0].range), rangeText(liveRange(fixture.api(), editor.document, id)!), 'at the live place');
    assert.equal(editor.document.getText(after.places[0].range), SAMPLE_PASSAGE);
    await fixture.api().annotations.annotations.remove(fixture.doc(), id);
    const gone = await waitForPassages(fixture.api(), editor, (a) => a.places.length === 0, 'deleted');
    assert.equal(gone.ranges.size, 0);
  });

  it('switches the passages off and on with the toggle command (the setting restored after)', async () => {
    const section = vscode.workspace.getConfiguration('policyAnnotator');
    const saved = section.inspect<boolean>('annotations.highlights')?.globalValue;
    const editor = await vscode.window.showTextDocument(fixture.doc());
    await tag(editor.document, SAMPLE_PASSAGE, ['hedging']);
    await waitForPassages(fixture.api(), editor, (a) => a.enabled && a.places.length === 1, 'on');
    try {
      await vscode.commands.executeCommand(COMMANDS.toggleAnnotationHighlights);
      const off = await waitForPassages(fixture.api(), editor, (a) => !a.enabled, 'toggled off');
      assert.deepEqual(
        [off.places.length, off.ranges.size, fixture.api().annotationDecorations.typeKeys.length],
        [0, 0, 0],
        'nothing drawn, no type left',
      );
      assert.equal(vscode.workspace.getConfiguration('policyAnnotator').get('annotations.highlights'), false);
      await vscode.commands.executeCommand(COMMANDS.toggleAnnotationHighlights);
      const on = await waitForPassages(fixture.api(), editor, (a) => a.enabled && a.places.length === 1, 'toggled on');
      assert.equal(on.places[0].color, '#3177c6');
    } finally {
      await section.update('annotations.highlights', saved, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => fixture.api().annotationDecorations.applied(editor)?.enabled === true, 10_000, 'setting restored');
  });

  it('toggles where the workspace decides the setting: the workspace value is flipped, the user settings untouched', async () => {
    const section = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('policyAnnotator');
    const settingsFile = workspaceUri('.vscode/settings.json');
    const hadSettingsFile = await vscode.workspace.fs.stat(settingsFile).then(
      () => true,
      () => false,
    );
    const editor = await vscode.window.showTextDocument(fixture.doc());
    await tag(editor.document, SAMPLE_PASSAGE, ['hedging']);
    try {
      await section().update('annotations.highlights', false, vscode.ConfigurationTarget.Workspace);
      await waitForPassages(fixture.api(), editor, (a) => !a.enabled, 'workspace setting off');
      await vscode.commands.executeCommand(COMMANDS.toggleAnnotationHighlights);
      await waitForPassages(fixture.api(), editor, (a) => a.enabled && a.places.length === 1, 'toggled on in the workspace');
      assert.equal(section().inspect('annotations.highlights')?.workspaceValue, true);
      assert.equal(section().inspect('annotations.highlights')?.globalValue, undefined, 'user settings untouched');
    } finally {
      await section().update('annotations.highlights', undefined, vscode.ConfigurationTarget.Workspace);
      if (!hadSettingsFile) await vscode.workspace.fs.delete(workspaceUri('.vscode'), { recursive: true });
    }
    await waitFor(() => fixture.api().annotationDecorations.applied(editor)?.enabled === true, 10_000, 'setting restored');
  });

  it('leaves the overview ruler out when its setting is off (restored after)', async () => {
    const section = vscode.workspace.getConfiguration('policyAnnotator');
    const saved = section.inspect<boolean>('annotations.overviewRuler')?.globalValue;
    const editor = await vscode.window.showTextDocument(fixture.doc());
    await tag(editor.document, SAMPLE_PASSAGE, ['hedging']);
    try {
      await section.update('annotations.overviewRuler', false, vscode.ConfigurationTarget.Global);
      const applied = await waitForPassages(fixture.api(), editor, (a) => !a.ruler && a.places.length === 1, 'ruler off');
      const options = fixture.api().annotationDecorations.renderOptions(applied.places[0].color + '/plain');
      assert.ok(options, 'the type exists');
      assert.equal(options.overviewRulerColor, undefined);
      assert.equal(options.borderColor, '#3177c6', 'still underlined');
    } finally {
      await section.update('annotations.overviewRuler', saved, vscode.ConfigurationTarget.Global);
    }
    await waitForPassages(fixture.api(), editor, (a) => a.ruler, 'ruler back');
  });
});
