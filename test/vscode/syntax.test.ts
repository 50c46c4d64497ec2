// The Policy Text language in the real editor: corpus .txt documents open in it (and keep their
// index entry through the switch), other .txt files and Markdown stay as they are, and the setting
// switches documents back to plain text without losing unsaved edits from the index.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SECTION, SETTINGS } from '../../src/vscode/settings';
import type { PolicyAnnotatorApi } from '../../src/policyAnnotatorApi';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { waitFor } from './support/waitFor';

const DOCUMENT = 'syntax-test.txt';
const OUTSIDE = 'out/syntax-note.txt';
const MARKDOWN = '2018-lukin-asian-organizations.md';
const TEXT = 'Russia met ASEAN (Kulik, 2013: 6) on 12 March 2024.\n';
const encoder = new TextEncoder();

function mentions(api: PolicyAnnotatorApi, relative: string): number | undefined {
  return api.corpus.index.document(workspaceUri(relative).toString())?.mentions.length;
}

/** Lets the file watcher finish what a document close started (it stats the file first). */
async function watcherSettled(uri: vscode.Uri): Promise<void> {
  for (let i = 0; i < 2; i++) await vscode.workspace.fs.stat(uri);
}

/**
 * Opens a new corpus document and waits until the feature has switched it: any switch it asked for
 * before (of another document) has happened by then.
 */
async function probeSwitch(): Promise<void> {
  const probe = workspaceUri('probe-syntax.txt');
  await vscode.workspace.fs.writeFile(probe, encoder.encode(TEXT));
  try {
    const document = await vscode.workspace.openTextDocument(probe);
    await waitFor(() => document.languageId === 'policy-text', 10_000, 'the probe document switched');
  } finally {
    await vscode.workspace.fs.delete(probe);
  }
}

async function setLanguageSetting(value: boolean | undefined): Promise<void> {
  await vscode.workspace.getConfiguration(SECTION).update(SETTINGS.syntaxPolicyTextLanguage.key, value, vscode.ConfigurationTarget.Global);
}

describe('syntax: the Policy Text language', function () {
  this.timeout(60_000);
  let api: PolicyAnnotatorApi;

  before(async () => {
    api = await extensionApi();
    await vscode.workspace.fs.writeFile(workspaceUri(DOCUMENT), encoder.encode(TEXT));
    await vscode.workspace.fs.writeFile(workspaceUri(OUTSIDE), encoder.encode(TEXT));
    await waitFor(() => mentions(api, DOCUMENT) === 2, 15_000, `${DOCUMENT} indexed with its two mentions`);
  });

  after(async () => {
    await setLanguageSetting(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri(DOCUMENT));
    await vscode.workspace.fs.delete(workspaceUri('out'), { recursive: true });
  });

  it('is contributed as a language that claims no file', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('policy-text'));
    const untitled = await vscode.workspace.openTextDocument({ content: TEXT });
    assert.equal(untitled.languageId, 'plaintext');
    // Like plain text, it does not box curly quotes and non-breaking spaces as suspicious.
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'policy-text' });
    assert.equal(editor.get('unicodeHighlight.ambiguousCharacters'), false);
  });

  it('opens a corpus .txt as Policy Text, keeps .md as Markdown and its index entry through the switch', async () => {
    const uri = workspaceUri(DOCUMENT);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await waitFor(() => document.languageId === 'policy-text', 10_000, `${DOCUMENT} switched, still ${document.languageId}`);
    await watcherSettled(uri);
    assert.equal(mentions(api, DOCUMENT), 2, 'the index entry is intact after the switch');
    assert.equal(api.corpus.fresh(document)?.mentions.length, 2);
    const markdown = await vscode.workspace.openTextDocument(workspaceUri(MARKDOWN));
    assert.equal(markdown.languageId, 'markdown');
  });

  it('leaves a .txt outside the corpus as plain text', async () => {
    const outside = await vscode.workspace.openTextDocument(workspaceUri(OUTSIDE));
    assert.equal(api.corpus.isCorpusDocument(outside.uri), false, 'out/ is excluded from the corpus');
    await probeSwitch();
    assert.equal(outside.languageId, 'plaintext');
  });

  it('switches back to plain text when the setting is turned off, keeping unsaved edits in the index', async () => {
    const uri = workspaceUri(DOCUMENT);
    const editor = await vscode.window.showTextDocument(uri);
    const document = editor.document;
    await waitFor(() => document.languageId === 'policy-text', 10_000, 'Policy Text first');
    try {
      await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'China too.\n'));
      await waitFor(() => mentions(api, DOCUMENT) === 3, 10_000, 'the unsaved mention is indexed');
      await setLanguageSetting(false);
      await waitFor(() => document.languageId === 'plaintext', 10_000, `switched back, still ${document.languageId}`);
      await watcherSettled(uri);
      assert.ok(document.isDirty);
      assert.equal(mentions(api, DOCUMENT), 3, 'the unsaved edit is still what the index holds');
      await setLanguageSetting(true);
      await waitFor(() => document.languageId === 'policy-text', 10_000, 'on again: Policy Text again');
    } finally {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('leaves a document the user set to plain text by hand as it is', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri(DOCUMENT));
    await waitFor(() => document.languageId === 'policy-text', 10_000, 'Policy Text first');
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    // A settings change re-checks every open document; the user's choice must survive it.
    const changed = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidChangeConfiguration(() => {
        listener.dispose();
        resolve();
      });
    });
    await vscode.workspace.getConfiguration(SECTION).update(SETTINGS.treesSortBy.key, 'name', vscode.ConfigurationTarget.Global);
    try {
      await changed;
      await probeSwitch();
      assert.equal(document.languageId, 'plaintext');
    } finally {
      await vscode.workspace.getConfiguration(SECTION).update(SETTINGS.treesSortBy.key, undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
