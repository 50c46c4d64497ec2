// The index built at activation: its report in the output channel, the status bar of the active
// document, catalog errors in the Problems panel, and live updates while typing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { layeredCatalog } from '../unit/helpers/sampleCatalog';
import { scanDocument } from '../../src/core/matcher/documentScanner';
import { compileMatcher } from '../../src/core/matcher/mentionMatcher';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { waitFor } from './support/waitFor';

const DOCUMENT = '2024-bordachev-russia-has-redefined-its-asia-strategy.txt';
const decoder = new TextDecoder();

async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

/** What the core finds in a workspace file with the workspace catalog: the expected figures. */
async function expectedMentions(relative: string): Promise<{ mentions: number; entities: number }> {
  const catalog = layeredCatalog(await readText(workspaceUri('entities.yaml')));
  const found = scanDocument(compileMatcher(catalog), await readText(workspaceUri(relative))).mentions;
  return { mentions: found.length, entities: new Set([...found].map((m) => m.entity)).size };
}

describe('corpus index in the editor', () => {
  it('indexes every corpus document at activation and reports it in the output channel', async () => {
    const api = await extensionApi();
    const docs = await vscode.workspace.findFiles('**/*.{txt,md}');
    let total = 0;
    for (const d of docs) total += (await expectedMentions(vscode.workspace.asRelativePath(d))).mentions;
    const report = api.corpus.lastReport;
    assert.ok(report, 'a report was made');
    assert.equal(report.documents, docs.length);
    assert.equal(report.mentions, total);
    assert.equal(report.entities, api.corpus.catalog.entities.length);
    assert.ok(report.entities > 100, 'the sample catalog was loaded');
    const line = api.log.lines().find((l) => l.includes(`Indexed ${docs.length} documents: ${total} mentions`));
    assert.ok(line, `output channel reports the index: ${api.log.lines().join('\n')}`);
  });

  it('runs its palette commands: Rebuild Index makes a fresh report, Show Log opens the channel', async () => {
    const api = await extensionApi();
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['policyAnnotator.reindex', 'policyAnnotator.showLog']) assert.ok(commands.includes(id), `${id} is registered`);
    const previous = api.corpus.lastReport;
    const logged = api.log.lines().length;
    await vscode.commands.executeCommand('policyAnnotator.reindex');
    assert.notEqual(api.corpus.lastReport, previous, 'a new report object');
    assert.equal(api.corpus.lastReport?.mentions, previous?.mentions, 'same corpus, same count');
    assert.ok(api.log.lines().length > logged, 'the rebuild is logged');
    await vscode.commands.executeCommand('policyAnnotator.showLog');
  });

  it('shows the mention count of the active document in the status bar', async () => {
    const api = await extensionApi();
    await vscode.window.showTextDocument(workspaceUri(DOCUMENT));
    const expected = await expectedMentions(DOCUMENT);
    assert.ok(expected.mentions > 10);
    const text = `${expected.mentions} mentions · ${expected.entities} entities`;
    await waitFor(() => api.statusBar.text.includes(text), 5_000, `status bar shows "${text}", not "${api.statusBar.text}"`);
  });

  it('updates the document and the status bar while the analyst types', async () => {
    const api = await extensionApi();
    const editor = await vscode.window.showTextDocument(workspaceUri(DOCUMENT));
    const before = api.corpus.document(editor.document.uri)?.mentions.length ?? 0;
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'ASEAN and Russia. '));
    await waitFor(() => api.corpus.document(editor.document.uri)?.mentions.length === before + 2, 5_000, 'index follows the edit');
    await waitFor(() => api.statusBar.text.includes(`${before + 2} mentions`), 5_000, `status bar follows the edit: ${api.statusBar.text}`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => api.corpus.document(editor.document.uri)?.mentions.length === before, 5_000, 'index follows the revert');
  });

  it('indexes a document created outside the editor and forgets it when its folder is deleted', async () => {
    const api = await extensionApi();
    const folder = workspaceUri('new-folder');
    const doc = vscode.Uri.joinPath(folder, 'note.txt');
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(doc, new TextEncoder().encode('ASEAN met Russia.\n'));
    await waitFor(() => api.corpus.document(doc)?.mentions.length === 2, 10_000, 'new document indexed');
    await vscode.workspace.fs.delete(folder, { recursive: true });
    await waitFor(() => api.corpus.document(doc) === undefined, 10_000, 'document under the deleted folder dropped');
  });

  it('does not bring back a document deleted on disk while its editor is still open', async () => {
    const api = await extensionApi();
    const doc = workspaceUri('deleted-while-open.txt');
    await vscode.workspace.fs.writeFile(doc, new TextEncoder().encode('ASEAN met Russia.\n'));
    await waitFor(() => api.corpus.document(doc)?.mentions.length === 2, 10_000, 'new document indexed');
    const editor = await vscode.window.showTextDocument(doc);
    try {
      await vscode.workspace.fs.delete(doc);
      await waitFor(() => api.corpus.document(doc) === undefined, 10_000, 'deleted document dropped');
      // Providers still run on the loaded document: a hover and the Outline must not re-index it.
      await vscode.commands.executeCommand('vscode.executeHoverProvider', doc, new vscode.Position(0, 1));
      await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc);
      assert.equal(api.corpus.fresh(editor.document), undefined);
      assert.equal(api.corpus.document(doc), undefined, 'still out of the index');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('shows a catalog error in the Problems panel at its line, and keeps the rest working', async () => {
    const api = await extensionApi();
    const catalogUri = workspaceUri('entities.yaml');
    const original = await readText(catalogUri);
    const duplicate = '\n  - id: russia\n    name: Russland\n    kind: actor\n    type: state\n';
    const broken = original + duplicate;
    const expectedLine = broken.slice(0, broken.lastIndexOf('- id: russia')).split('\n').length;
    try {
      await vscode.workspace.fs.writeFile(catalogUri, new TextEncoder().encode(broken));
      await waitFor(
        () => vscode.languages.getDiagnostics(catalogUri).some((d) => d.code === 'duplicate-id'),
        10_000,
        'duplicate id reported',
      );
      const d = vscode.languages.getDiagnostics(catalogUri).find((x) => x.code === 'duplicate-id');
      assert.ok(d);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(d.range.start.line + 1, expectedLine, `diagnostic on the duplicate's line: ${d.message}`);
      assert.match(d.message, /^duplicate entity id 'russia' \(first declared at entities\.yaml:\d+\)/);
      assert.ok((api.corpus.lastReport?.mentions ?? 0) > 100, 'the sound part of the catalog still matches');
    } finally {
      await vscode.workspace.fs.writeFile(catalogUri, new TextEncoder().encode(original));
    }
    await waitFor(() => vscode.languages.getDiagnostics(catalogUri).length === 0, 10_000, 'diagnostics cleared once fixed');
  });
});
