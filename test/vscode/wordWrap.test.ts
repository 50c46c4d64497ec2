// Policy texts are long paragraphs: corpus documents (opened as Policy Text) wrap by default,
// other plain text does not, and the user's own setting for the language wins.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { waitFor } from './support/waitFor';

const DOCUMENT = '2024-bordachev-russia-has-redefined-its-asia-strategy.txt';

function wordWrap(scope: vscode.ConfigurationScope): string | undefined {
  return vscode.workspace.getConfiguration('editor', scope).get<string>('wordWrap');
}

describe('word wrap of corpus documents', function () {
  this.timeout(30_000);
  let document: vscode.TextDocument;

  before(async () => {
    await extensionApi();
    document = (await vscode.window.showTextDocument(workspaceUri(DOCUMENT))).document;
    await waitFor(() => document.languageId === 'policy-text', 10_000, `${DOCUMENT} opened as Policy Text, still ${document.languageId}`);
  });

  after(async () => {
    await vscode.workspace
      .getConfiguration('editor', { languageId: 'policy-text' })
      .update('wordWrap', undefined, vscode.ConfigurationTarget.Global, true);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it("is on for a corpus document, from the extension's default for Policy Text", () => {
    assert.equal(wordWrap(document), 'on');
    assert.equal(vscode.workspace.getConfiguration('editor', document).inspect('wordWrap')?.defaultLanguageValue, 'on');
  });

  it('leaves other plain text as the editor has it', async () => {
    const untitled = await vscode.workspace.openTextDocument({ content: 'a note\n' });
    assert.equal(untitled.languageId, 'plaintext');
    assert.equal(wordWrap(untitled), vscode.workspace.getConfiguration('editor').inspect('wordWrap')?.defaultValue);
    assert.notEqual(wordWrap(untitled), 'on');
  });

  it("gives way to the user's setting for the language", async () => {
    await vscode.workspace
      .getConfiguration('editor', { languageId: 'policy-text' })
      .update('wordWrap', 'off', vscode.ConfigurationTarget.Global, true);
    await waitFor(
      () => wordWrap(document) === 'off',
      5_000,
      () => `the user's "off" applies, still ${wordWrap(document)}`,
    );
    await vscode.workspace
      .getConfiguration('editor', { languageId: 'policy-text' })
      .update('wordWrap', undefined, vscode.ConfigurationTarget.Global, true);
    await waitFor(
      () => wordWrap(document) === 'on',
      5_000,
      () => `back to the default once the user's value is removed, still ${wordWrap(document)}`,
    );
  });
});
