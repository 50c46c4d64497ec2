// Navigation commands in the real editor: next / previous mention, Show All Mentions (peek and
// quick pick), Open Entity in Catalog.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/vscode/commandIds';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { entity, mentionRanges } from './support/mentionRanges';
import { waitFor } from './support/waitFor';

const DOCUMENT = '2024-bordachev-russia-has-redefined-its-asia-strategy.txt';

function at(editor: vscode.TextEditor, range: vscode.Range): boolean {
  return editor.selection.start.isEqual(range.start) && editor.selection.end.isEqual(range.end);
}

function describeSelection(): string {
  const e = vscode.window.activeTextEditor;
  return e
    ? `${vscode.workspace.asRelativePath(e.document.uri)} ${e.selection.start.line}:${e.selection.start.character}-${e.selection.end.line}:${e.selection.end.character}`
    : 'no editor';
}

describe('navigation: next and previous mention', () => {
  it('moves between mentions of the entity under the cursor, wrapping around', async () => {
    const api = await extensionApi();
    const editor = await vscode.window.showTextDocument(workspaceUri(DOCUMENT));
    const china = mentionRanges(api, editor.document, 'china');
    const all = mentionRanges(api, editor.document);
    assert.ok(china.length > 3 && china.length < all.length, 'other entities lie between its mentions');
    editor.selection = new vscode.Selection(china[0].start.translate(0, 2), china[0].start.translate(0, 2));
    await vscode.commands.executeCommand(COMMANDS.nextMention);
    assert.ok(at(editor, china[1]), `next: second mention of China, not ${describeSelection()}`);
    await vscode.commands.executeCommand(COMMANDS.nextMention);
    assert.ok(at(editor, china[2]), 'next again: the third');
    await vscode.commands.executeCommand(COMMANDS.previousMention);
    assert.ok(at(editor, china[1]), 'previous: back to the second');
    editor.selection = new vscode.Selection(china[china.length - 1].end, china[china.length - 1].end);
    await vscode.commands.executeCommand(COMMANDS.nextMention);
    assert.ok(at(editor, china[0]), 'from the last (cursor touching its end), next wraps to the first');
    await vscode.commands.executeCommand(COMMANDS.previousMention);
    assert.ok(at(editor, china[china.length - 1]), 'and previous wraps back to the last');
  });

  it('from a cursor outside any mention, goes to the nearest mention of any entity', async () => {
    const api = await extensionApi();
    const editor = await vscode.window.showTextDocument(workspaceUri(DOCUMENT));
    const all = mentionRanges(api, editor.document);
    const gap = all.findIndex((r, i) => i > 0 && r.start.line > all[i - 1].end.line + 1);
    const between = new vscode.Position(all[gap].start.line - 1, 0);
    editor.selection = new vscode.Selection(between, between);
    await vscode.commands.executeCommand(COMMANDS.nextMention);
    assert.ok(at(editor, all[gap]), `next: the first mention after the cursor, not ${describeSelection()}`);
    editor.selection = new vscode.Selection(between, between);
    await vscode.commands.executeCommand(COMMANDS.previousMention);
    assert.ok(at(editor, all[gap - 1]), 'previous: the last mention before it');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(all[all.length - 1].end.isBefore(end), 'the document does not end on a mention');
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand(COMMANDS.previousMention);
    assert.ok(at(editor, all[all.length - 1]), 'previous from the end: the last mention');
    await waitFor(() => editor.visibleRanges.some((r) => r.contains(all[all.length - 1])), 5_000, 'the last mention is revealed');
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand(COMMANDS.nextMention);
    assert.ok(at(editor, all[0]), `next from the end wraps to the first mention, not ${describeSelection()}`);
    await waitFor(() => editor.visibleRanges.some((r) => r.contains(all[0])), 5_000, 'the first mention is revealed');
  });
});

describe('navigation: show all mentions and open in catalog', () => {
  /** Every mention of an entity across the corpus as the quick pick lists them: by document, then position. */
  async function corpusMentions(id: string): Promise<vscode.Location[]> {
    const api = await extensionApi();
    const e = api.corpus.index.entityIndex(id);
    const out: vscode.Location[] = [];
    for (const { document } of api.corpus.index.documentsOf(e).sort((a, b) => a.document.localeCompare(b.document))) {
      const uri = api.corpus.uriOf(document);
      assert.ok(uri);
      const opened = await vscode.workspace.openTextDocument(uri);
      out.push(...mentionRanges(api, opened, id).map((r) => new vscode.Location(uri, r)));
    }
    return out;
  }

  function isAt(location: vscode.Location): boolean {
    const editor = vscode.window.activeTextEditor;
    return (
      !!editor &&
      editor.document.uri.toString() === location.uri.toString() &&
      editor.selection.isEqual(new vscode.Selection(location.range.start, location.range.end))
    );
  }

  it('with an entity id, previews each mention from a quick pick and opens the one accepted', async () => {
    const expected = await corpusMentions('vladimir-putin');
    assert.ok(new Set(expected.map((l) => l.uri.toString())).size > 1, 'mentions in several documents');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const shown = vscode.commands.executeCommand<vscode.Location | undefined>(COMMANDS.showMentions, 'vladimir-putin');
    await waitFor(() => isAt(expected[0]), 10_000, `the first mention is previewed (now ${describeSelection()})`);
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.isPreview, true, 'in a preview tab, not pinned');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await waitFor(() => isAt(expected[1]), 10_000, `moving down previews the second (now ${describeSelection()})`);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const accepted = await shown;
    assert.ok(
      accepted && accepted.range.isEqual(expected[1].range) && accepted.uri.toString() === expected[1].uri.toString(),
      'resolves with the accepted mention',
    );
    assert.ok(isAt(expected[1]), `the accepted mention is open and selected (${describeSelection()})`);
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.isPreview, false, 'accepted: pinned, as Quick Open does');
  });

  it('goes back to where the analyst was when the quick pick is dismissed', async () => {
    const expected = await corpusMentions('east-asia-summit');
    const editor = await vscode.window.showTextDocument(workspaceUri(DOCUMENT));
    assert.notEqual(expected[0].uri.toString(), editor.document.uri.toString(), 'the first mention is in another document');
    const here = new vscode.Selection(3, 1, 3, 4);
    editor.selection = here;
    const shown = vscode.commands.executeCommand<vscode.Location | undefined>(COMMANDS.showMentions, 'east-asia-summit');
    await waitFor(() => isAt(expected[0]), 10_000, `the first mention is previewed (now ${describeSelection()})`);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await shown, undefined, 'nothing accepted');
    const back = vscode.window.activeTextEditor;
    assert.equal(back?.document.uri.toString(), editor.document.uri.toString(), 'the document it started from');
    assert.ok(back?.selection.isEqual(here), 'with its selection');
  });

  it('from a mention under the cursor, shows every mention in the peek widget', async () => {
    const api = await extensionApi();
    const editor = await vscode.window.showTextDocument(workspaceUri(DOCUMENT));
    const [mention] = mentionRanges(api, editor.document, 'russia');
    editor.selection = new vscode.Selection(mention.end, mention.end);
    const shown = await vscode.commands.executeCommand<vscode.Location[] | undefined>(COMMANDS.showMentions);
    await vscode.commands.executeCommand('closeReferenceSearch');
    const expected = await corpusMentions('russia');
    assert.equal(shown?.length, expected.length, 'every mention of Russia in the widget');
    assert.ok(shown?.every((l, i) => l.uri.toString() === expected[i].uri.toString() && l.range.isEqual(expected[i].range)));
  });

  it('says so, and shows nothing, without an entity', async () => {
    const api = await extensionApi();
    const editor = await vscode.window.showTextDocument(workspaceUri(DOCUMENT));
    const all = mentionRanges(api, editor.document);
    const gap = all.findIndex((r, i) => i > 0 && r.start.line > all[i - 1].end.line + 1);
    editor.selection = new vscode.Selection(all[gap].start.line - 1, 0, all[gap].start.line - 1, 0);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.showMentions), undefined, 'no mention under the cursor');
    assert.equal(await vscode.commands.executeCommand(COMMANDS.showMentions, 'no-such-entity'), undefined, 'unknown id');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString(), 'the editor stays where it was');
  });

  it('opens the catalog at the entity with its id selected', async () => {
    const api = await extensionApi();
    const putin = entity(api, 'vladimir-putin');
    await vscode.commands.executeCommand(COMMANDS.openEntityDefinition, putin.id);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), workspaceUri('entities.yaml').toString());
    assert.equal(editor.selection.start.line, putin.location.line - 1);
    assert.equal(editor.document.getText(editor.selection), 'id: vladimir-putin');
    await waitFor(() => editor.visibleRanges.some((r) => r.contains(editor.selection)), 5_000, 'the entity is revealed');
  });
});
