// Opening a document at a place (every "go to" of the extension): the place selected, worked out
// from the document's text when asked, in the active editor, as a preview tab or not as asked.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openAt } from '../../src/vscode/openAt';
import { workspaceUri } from './support/extensionApi';

const DOCUMENT = '2016-kausikan-fulfilling-the-potential-of-asean-russia-relations.txt';

describe('openAt', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a document by its URI with a range worked out from its text selected, in a preview tab when asked', async () => {
    const uri = workspaceUri(DOCUMENT);
    let seen: vscode.TextDocument | undefined;
    const editor = await openAt(
      uri,
      (document) => {
        seen = document;
        const start = document.getText().indexOf('Russia');
        assert.ok(start > 0);
        return new vscode.Range(document.positionAt(start), document.positionAt(start + 'Russia'.length));
      },
      { preview: true },
    );
    assert.equal(seen?.uri.toString(), uri.toString(), 'the place is worked out on the opened document');
    assert.equal(vscode.window.activeTextEditor, editor);
    assert.equal(editor.document.getText(editor.selection), 'Russia');
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.isPreview, true);
    assert.ok(
      editor.visibleRanges.some((r) => r.contains(editor.selection)),
      'the place is in view',
    );
  });

  it('opens an open document at a range, pinned when asked', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri(DOCUMENT));
    const last = document.lineAt(document.lineCount - 1).range;
    const editor = await openAt(document, last, { preview: false });
    assert.equal(editor.document, document);
    assert.ok(editor.selection.isEqual(last));
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.isPreview, false);
    assert.ok(
      editor.visibleRanges.some((r) => r.contains(last.start)),
      'the last line is in view',
    );
  });
});
