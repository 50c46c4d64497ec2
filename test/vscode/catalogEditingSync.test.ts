// Catalog editing keeps the index in step: concurrent edits of one catalog both land, one edit
// costs one rebuild (the save's own events find the text indexed), an alias typed with spaces is
// found in the index, and an edit into an unsaved buffer leaves the index when the buffer is reverted.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { loadCatalog } from '../../src/core/catalog/catalogLoader';
import type { WriteOutcome } from '../../src/features/catalogEditing/catalogWriter';
import { COMMANDS } from '../../src/vscode/commandIds';
import type { PolicyAnnotatorApi } from '../../src/policyAnnotatorApi';
import { CATALOG, catalogRestoredAfterEach, KAUSIKAN, mentionsOf, readText, withUnsavedCatalog } from './support/catalogFiles';
import { workspaceUri } from './support/extensionApi';
import { waitFor } from './support/waitFor';

const addEntity = (args: object): Thenable<WriteOutcome | undefined> =>
  vscode.commands.executeCommand(COMMANDS.addEntityFromSelection, args);

/** Counts the full rebuilds started while `body` runs (the real service, its method wrapped). */
async function countRebuilds(api: PolicyAnnotatorApi, body: (count: () => number) => Promise<void>): Promise<void> {
  const corpus = api.corpus;
  const real = corpus.rebuild;
  let started = 0;
  corpus.rebuild = function (...args) {
    started++;
    return real.apply(this, args);
  };
  try {
    await body(() => started);
  } finally {
    corpus.rebuild = real;
  }
}

describe('catalog editing: index in step', function () {
  this.timeout(90_000);
  const suite = catalogRestoredAfterEach();

  it('lands two edits started together, one after the other, both intact', async () => {
    const api = suite.api();
    const [first, second] = await Promise.all([
      addEntity({ name: 'TikTok', kind: 'actor', type: 'organisation' }),
      addEntity({ name: 'Instagram', kind: 'actor', type: 'organisation' }),
    ]);
    const why = (o: WriteOutcome | undefined): unknown => (o === undefined || o.result.ok ? o?.result.ok : o.result.error);
    assert.ok(first?.result.ok && second?.result.ok, JSON.stringify([why(first), why(second)]));
    const text = await readText(CATALOG);
    const catalog = loadCatalog(text, CATALOG);
    assert.deepEqual([catalog.byId.get('tiktok')?.name, catalog.byId.get('instagram')?.name], ['TikTok', 'Instagram']);
    assert.equal(catalog.diagnostics.length, loadCatalog(suite.original(), CATALOG).diagnostics.length, 'no damage');
    assert.equal(catalog.entities.length, loadCatalog(suite.original(), CATALOG).entities.length + 2);
    assert.equal(mentionsOf(api, 'tiktok', KAUSIKAN), 1);
    assert.equal(mentionsOf(api, 'instagram', KAUSIKAN), 1);
  });

  it('rebuilds the index once for one edit, not again when the save is seen', async () => {
    const api = suite.api();
    const saves = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(workspaceUri('.'), CATALOG));
    let seen = 0;
    const listener = saves.onDidChange(() => seen++);
    try {
      await countRebuilds(api, async (started) => {
        const outcome = await addEntity({ name: 'TikTok', kind: 'actor', type: 'organisation' });
        assert.ok(outcome?.result.ok, 'added');
        assert.equal(outcome.saved, true);
        assert.equal(mentionsOf(api, 'tiktok', KAUSIKAN), 1, 'indexed');
        // The extension's watcher was made before ours and hears the save first; a rebuild it
        // asked for would start within its 200 ms debounce, so a few seconds more is ample.
        await waitFor(() => seen > 0, 15_000, 'the save reached the file watchers');
        await assert.rejects(
          waitFor(() => started() > 1, 3_000, 'no second rebuild'),
          /no second rebuild/,
        );
        assert.equal(started(), 1);
        assert.ok(api.corpus.hasCatalogText(workspaceUri(CATALOG), await readText(CATALOG)), 'the saved text is the one indexed');
      });
    } finally {
      listener.dispose();
      saves.dispose();
    }
  });

  it('finds an alias given with spaces around it in the index at once', async () => {
    const api = suite.api();
    const outcome = await vscode.commands.executeCommand<WriteOutcome | undefined>(COMMANDS.addAliasFromSelection, {
      entity: 'russia',
      alias: ' Rossiya ',
    });
    assert.ok(outcome?.result.ok, JSON.stringify(outcome?.result));
    assert.equal(outcome.indexed, true, 'the index holds it when the command returns');
    assert.ok(api.corpus.catalog.byId.get('russia')?.aliases.some((a) => a.text === 'Rossiya'));
    assert.ok((await readText(CATALOG)).includes('Rossiya\n'), 'stored trimmed');
  });

  it('drops an entity added to an unsaved catalog buffer when the buffer is reverted', async () => {
    const api = suite.api();
    await withUnsavedCatalog(async (catalog) => {
      const outcome = await addEntity({ name: 'Instagram', kind: 'actor', type: 'organisation' });
      assert.ok(outcome?.result.ok && !outcome.saved);
      assert.equal(mentionsOf(api, 'instagram', KAUSIKAN), 1, 'indexed from the unsaved buffer');
      await vscode.window.showTextDocument(catalog.document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await waitFor(() => !catalog.document.isDirty, 10_000, 'buffer reverted');
      await waitFor(() => !api.corpus.catalog.byId.has('instagram'), 15_000, 'the reverted entity leaves the index');
      assert.equal(mentionsOf(api, 'instagram', KAUSIKAN), 0);
    });
  });
});
