// Entity highlights in a real editor: at the index's mention ranges, coloured by the entity's
// type, none outside corpus documents, live while typing, and switched by the command and settings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/vscode/commandIds';
import { appliedKeys, indexedKeys, styleAt, total, waitForPaint } from './support/decorationRanges';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { waitFor } from './support/waitFor';

const DOCUMENT = '2016-kausikan-fulfilling-the-potential-of-asean-russia-relations.txt';

/** The range of the first whole-word match of `pattern` in the editor's text. */
function firstMatch(editor: vscode.TextEditor, pattern: RegExp): vscode.Range {
  const m = pattern.exec(editor.document.getText());
  assert.ok(m, `${pattern} occurs in the document`);
  return new vscode.Range(editor.document.positionAt(m.index), editor.document.positionAt(m.index + m[0].length));
}

async function openDocument(): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(workspaceUri(DOCUMENT), { viewColumn: vscode.ViewColumn.One });
}

describe('decorations: entity highlights', () => {
  it('highlights every mention of a corpus document at its index range, in the colour of its type', async () => {
    const api = await extensionApi();
    const editor = await openDocument();
    await waitForPaint(api, editor, true, 'document opened');
    const applied = appliedKeys(api, editor);
    const expected = indexedKeys(api, editor);
    assert.ok(total(expected) > 100, `the document has mentions: ${total(expected)}`);
    assert.deepEqual(applied, expected, 'one range per mention, in its style, nothing else');
    const asean = firstMatch(editor, /\bAsean\b/);
    const russia = firstMatch(editor, /\bRussia\b(?!n)/);
    assert.equal(styleAt(applied, asean), 'bloc', 'ASEAN: an institution of type organisation');
    assert.equal(styleAt(applied, russia), 'state', 'Russia: an actor of type state');
    const putin = firstMatch(editor, /\bVladimir Putin\b/);
    assert.equal(styleAt(applied, putin), 'person');
  });

  it('leaves files that are not corpus documents alone, even when they name entities', async () => {
    const api = await extensionApi();
    const catalog = await vscode.window.showTextDocument(workspaceUri('entities.yaml'), { viewColumn: vscode.ViewColumn.Two });
    const untitled = await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument({ content: 'ASEAN met Russia and Vladimir Putin.\n', language: 'plaintext' }),
      { viewColumn: vscode.ViewColumn.Three },
    );
    try {
      for (const editor of [catalog, untitled]) {
        assert.match(editor.document.getText(), /\bASEAN\b/);
        await waitForPaint(api, editor, true, vscode.workspace.asRelativePath(editor.document.uri));
        assert.equal(total(appliedKeys(api, editor)), 0, `${editor.document.uri.toString()} has no highlights`);
      }
    } finally {
      await vscode.window.showTextDocument(untitled.document, untitled.viewColumn);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.window.showTextDocument(catalog.document, catalog.viewColumn);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  it('highlights a mention typed into the document, without rebuilding the index, and drops it on undo', async () => {
    const api = await extensionApi();
    const editor = await openDocument();
    const report = api.corpus.lastReport;
    const line = firstMatch(editor, /^The most important thing/m).start.line;
    const typed = new vscode.Range(line, 0, line, 'Vietnam'.length);
    try {
      await waitForPaint(api, editor, true, 'before typing');
      assert.equal(styleAt(appliedKeys(api, editor), typed), undefined);
      const before = total(appliedKeys(api, editor));
      for (const [k, ch] of [...'Vietnam '].entries()) {
        await editor.edit((e) => e.insert(new vscode.Position(line, k), ch), { undoStopBefore: k === 0, undoStopAfter: false });
      }
      await waitForPaint(api, editor, true, 'after typing');
      assert.equal(editor.document.getText(typed), 'Vietnam');
      assert.equal(styleAt(appliedKeys(api, editor), typed), 'state', 'the new mention is highlighted as a state');
      assert.equal(total(appliedKeys(api, editor)), before + 1);
      assert.deepEqual(appliedKeys(api, editor), indexedKeys(api, editor), 'the mentions after it moved along');
      assert.equal(api.corpus.lastReport, report, 'no rebuild of the corpus: only this document was re-scanned');

      await vscode.commands.executeCommand('undo');
      await waitFor(() => !editor.document.getText().includes('Vietnam The most'), 5_000, 'undo removed the text');
      await waitForPaint(api, editor, true, 'after undo');
      assert.equal(styleAt(appliedKeys(api, editor), typed), undefined, 'the highlight went with the text');
      assert.deepEqual(appliedKeys(api, editor), indexedKeys(api, editor));
    } finally {
      await vscode.window.showTextDocument(editor.document, editor.viewColumn);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('turns highlights off and on with the toggle command, in the user settings', async () => {
    const api = await extensionApi();
    const editor = await openDocument();
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('policyAnnotator');
    try {
      await waitForPaint(api, editor, true, 'highlights on');
      const count = total(appliedKeys(api, editor));
      assert.ok(count > 0);
      await vscode.commands.executeCommand(COMMANDS.toggleHighlights);
      await waitForPaint(api, editor, false, 'toggled off');
      assert.equal(config().inspect('highlights.enabled')?.globalValue, false, 'written to the user settings');
      assert.equal(total(appliedKeys(api, editor)), 0);
      assert.equal(api.decorations.renderOptions('state'), undefined, 'no decoration types while off');
      await vscode.commands.executeCommand(COMMANDS.toggleHighlights);
      await waitForPaint(api, editor, true, 'toggled on');
      assert.equal(total(appliedKeys(api, editor)), count);
    } finally {
      await config().update('highlights.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('follows the setting where the workspace decides it, and the toggle writes there', async () => {
    const api = await extensionApi();
    const editor = await openDocument();
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('policyAnnotator');
    const settingsFile = workspaceUri('.vscode/settings.json');
    const hadSettingsFile = await vscode.workspace.fs.stat(settingsFile).then(
      () => true,
      () => false,
    );
    try {
      await config().update('highlights.enabled', false, vscode.ConfigurationTarget.Workspace);
      await waitForPaint(api, editor, false, 'workspace setting off');
      assert.equal(total(appliedKeys(api, editor)), 0);
      await vscode.commands.executeCommand(COMMANDS.toggleHighlights);
      await waitForPaint(api, editor, true, 'toggled on in the workspace');
      assert.equal(config().inspect('highlights.enabled')?.workspaceValue, true);
      assert.equal(config().inspect('highlights.enabled')?.globalValue, undefined, 'user settings untouched');
      assert.deepEqual(appliedKeys(api, editor), indexedKeys(api, editor));
    } finally {
      await config().update('highlights.enabled', undefined, vscode.ConfigurationTarget.Workspace);
      if (!hadSettingsFile) await vscode.workspace.fs.delete(workspaceUri('.vscode'), { recursive: true });
    }
  });

  it('marks mentions in the overview ruler unless the ruler setting is off', async () => {
    const api = await extensionApi();
    const editor = await openDocument();
    const config = vscode.workspace.getConfiguration('policyAnnotator');
    const rulerColour = (): string | undefined =>
      (api.decorations.renderOptions('state')?.overviewRulerColor as vscode.ThemeColor | undefined)?.id;
    try {
      await waitForPaint(api, editor, true, 'ruler on');
      assert.equal(rulerColour(), 'policyAnnotator.stateMentionOverviewRuler');
      assert.equal(api.decorations.applied(editor)?.ruler, true);
      await config.update('highlights.overviewRuler', false, vscode.ConfigurationTarget.Global);
      await waitFor(() => api.decorations.applied(editor)?.ruler === false, 10_000, 'repainted without ruler marks');
      assert.equal(rulerColour(), undefined, 'decoration types without an overview-ruler colour');
      assert.deepEqual(appliedKeys(api, editor), indexedKeys(api, editor), 'the highlights themselves stay');
    } finally {
      await config.update('highlights.overviewRuler', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => api.decorations.applied(editor)?.ruler === true, 10_000, 'ruler marks back');
    assert.equal(rulerColour(), 'policyAnnotator.stateMentionOverviewRuler');
  });
});
