// A normal start leaves the extension host's log clean: after activation, indexing, and a corpus
// document opened and hovered as a reader would, the host has logged no warning or error that the
// extension caused (a setting read without its scope, a bundled library probing `navigator`).
// Runs right after activation.test.ts (files run in name order), before other tests stir things up.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, extensionApi, workspaceUri } from './support/extensionApi';
import { extensionProblems, hostLogFiles, logEntries, settledText } from './support/hostLog';
import { cardsAt, offsetOfMention } from './support/hovers';
import { waitFor } from './support/waitFor';

const DOCUMENT = '2016-kausikan-fulfilling-the-potential-of-asean-russia-relations.txt';

describe('activation: the extension host log', function () {
  this.timeout(60_000);
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('holds no warning or error of the extension after activation, indexing, opening and hovering a document', async () => {
    const api = await extensionApi();
    await api.readiness.loaded(['index', 'codebook', 'annotations']);
    const editor = await vscode.window.showTextDocument(workspaceUri(DOCUMENT));
    const doc = editor.document;
    await waitFor(() => doc.languageId === 'policy-text', 10_000, 'the document opened as Policy Text');
    const { start } = offsetOfMention(api, doc, api.corpus.index.entityIndex('asean'));
    assert.equal((await cardsAt(doc, doc.positionAt(start + 1))).length, 1, 'the hover card shows');

    const files = hostLogFiles(api.logUri.fsPath);
    assert.ok(files.length > 0, `an extension host log next to ${api.logUri.fsPath}`);
    const entries = logEntries(await settledText(files));
    assert.ok(
      entries.some((e) => e.text.includes(`_doActivateExtension ${EXTENSION_ID}`)),
      `the log read (${files.join(', ')}) is this run's: it records the extension's activation`,
    );
    const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '';
    assert.ok(extensionPath !== '');
    const problems = extensionProblems(entries, EXTENSION_ID, extensionPath);
    assert.equal(problems.length, 0, `the host logged for the extension:\n${problems.map((p) => p.text).join('\n')}`);
  });
});
