// Growing the catalog from the text: the two commands driven through their real prompts, the
// catalog file checked afterwards (comments kept, the change loaded), the index lit up at once,
// an unsaved catalog buffer honoured, and a broken catalog refused untouched.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { loadCatalog } from '../../src/core/catalog/catalogLoader';
import type { WriteOutcome } from '../../src/features/catalogEditing/catalogWriter';
import { COMMANDS } from '../../src/vscode/commandIds';
import type { PolicyAnnotatorApi } from '../../src/policyAnnotatorApi';
import {
  CATALOG,
  catalogRestoredAfterEach,
  encoder,
  KAUSIKAN,
  mentionsOf,
  readText,
  restore,
  select,
  withUnsavedCatalog,
} from './support/catalogFiles';
import { workspaceUri } from './support/extensionApi';
import { choose, enter, PromptQueue } from './support/quickInput';
import { waitFor } from './support/waitFor';

const NEW_DOCUMENT = 'catalog-editing-test.txt';

describe('catalog editing', function () {
  this.timeout(60_000);
  const suite = catalogRestoredAfterEach();
  let api: PolicyAnnotatorApi;
  let original: string;
  beforeEach(() => {
    api = suite.api();
    original = suite.original();
  });

  it('adds the selection as a new entity through the real name, kind and type prompts, and lights it up', async () => {
    assert.equal(mentionsOf(api, 'tiktok'), 0, 'not catalogued yet');
    await select(KAUSIKAN, 'TikTok');
    const prompts = new PromptQueue(api.catalogPrompts);
    try {
      const run = vscode.commands.executeCommand<WriteOutcome | undefined>(COMMANDS.addEntityFromSelection);
      await enter(await prompts.next(/name/));
      await choose(await prompts.next(/kind/), 'actor');
      await choose(await prompts.next(/type/), 'organisation');
      const outcome = await run;
      assert.ok(outcome?.result.ok, JSON.stringify(outcome?.result));
      assert.equal(outcome.saved, true);
    } finally {
      prompts.dispose();
    }
    const text = await readText(CATALOG);
    assert.ok(text.startsWith(original.slice(0, original.indexOf('entities:'))), 'the header comments are still there');
    assert.equal(text.split('# ───').length, original.split('# ───').length, 'every section comment is still there');
    const tiktok = loadCatalog(text, CATALOG).byId.get('tiktok');
    assert.deepEqual([tiktok?.name, tiktok?.kind, tiktok?.type], ['TikTok', 'actor', 'organisation']);
    assert.equal(mentionsOf(api, 'tiktok', KAUSIKAN), 1, 'the new entity has its mention in the index at once');
  });

  it('adds the selection as an alias of the entity the real pick list offers first', async () => {
    await vscode.workspace.fs.writeFile(workspaceUri(NEW_DOCUMENT), encoder.encode('Members of the Discussion Club met in Kazan.\n'));
    try {
      await waitFor(() => api.corpus.index.document(workspaceUri(NEW_DOCUMENT).toString()) !== undefined, 10_000, 'new document indexed');
      await select(NEW_DOCUMENT, 'Discussion Club');
      const prompts = new PromptQueue(api.catalogPrompts);
      try {
        const run = vscode.commands.executeCommand<WriteOutcome | undefined>(COMMANDS.addAliasFromSelection);
        const pick = await prompts.next(/Alias/);
        await waitFor(() => (pick.widget as vscode.QuickPick<vscode.QuickPickItem>).activeItems.length > 0, 15_000, 'pick list rendered');
        const first = (pick.widget as vscode.QuickPick<vscode.QuickPickItem>).activeItems[0];
        assert.equal(first.label, 'Valdai Discussion Club', 'the entity whose name contains the selection comes first');
        await choose(pick, 'Valdai Discussion Club');
        assert.ok((await run)?.result.ok);
      } finally {
        prompts.dispose();
      }
      const text = await readText(CATALOG);
      assert.ok(text.includes('    aliases:\n      - Valdai Club\n      - Discussion Club\n'), 'appended to the block list');
      assert.equal(text.replace('      - Discussion Club\n', ''), original, 'nothing else changed');
      assert.equal(mentionsOf(api, 'valdai-discussion-club', NEW_DOCUMENT), 1, 'the alias is matched at once');
    } finally {
      await vscode.workspace.fs.delete(workspaceUri(NEW_DOCUMENT));
    }
  });

  it("writes into an unsaved catalog buffer without saving the user's changes, and indexes it", async () => {
    await withUnsavedCatalog(
      async (catalog) => {
        await select(KAUSIKAN, 'Instagram');
        const outcome = await vscode.commands.executeCommand<WriteOutcome | undefined>(COMMANDS.addEntityFromSelection, {
          name: 'Instagram',
          kind: 'actor',
          type: 'organisation',
        });
        assert.ok(outcome?.result.ok);
        assert.equal(outcome.saved, false);
        const buffer = catalog.document.getText();
        assert.ok(
          buffer.startsWith('# an unsaved note of the analyst\n') && buffer.includes('  - id: instagram\n'),
          'both changes in the editor',
        );
        assert.ok(catalog.document.isDirty, 'still unsaved');
        assert.equal(await readText(CATALOG), original, 'nothing written to disk');
        assert.equal(mentionsOf(api, 'instagram', KAUSIKAN), 1, 'indexed from the editor text');
        await vscode.window.showTextDocument(catalog.document);
        await vscode.commands.executeCommand('undo');
        await waitFor(() => !catalog.document.getText().includes('id: instagram'), 5_000, 'one undo takes the entity out');
        assert.ok(catalog.document.getText().startsWith('# an unsaved note'), "and leaves the analyst's note");
      },
      () => restore(api, original),
    );
  });

  it('refuses to edit a broken catalog, names the line, and leaves it untouched', async () => {
    const broken = `${original}  - id: broken\n    name: "unterminated\n`;
    await vscode.workspace.fs.writeFile(workspaceUri(CATALOG), encoder.encode(broken));
    await waitFor(async () => (await readText(CATALOG)) === broken, 5_000, 'broken catalog written');
    await waitFor(() => api.corpus.catalog.diagnostics.some((d) => d.code === 'yaml-syntax'), 15_000, 'the index sees the broken catalog');
    assert.ok(api.corpus.catalog.byId.has('russia'), 'and keeps its sound part');
    await select(KAUSIKAN, 'Telegram');
    const outcome = await vscode.commands.executeCommand<WriteOutcome | undefined>(COMMANDS.addAliasFromSelection, { entity: 'russia' });
    assert.ok(outcome && !outcome.result.ok, 'refused');
    const line = broken.split('\n').indexOf('  - id: broken') + 1;
    assert.equal(outcome.result.error.file, CATALOG);
    assert.ok(outcome.result.error.line >= line, `error at line ${outcome.result.error.line}, the break is at ${line}`);
    assert.equal(await readText(CATALOG), broken, 'the file is untouched');
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === workspaceUri(CATALOG).toString());
    assert.ok(!doc?.isDirty, 'no pending edit either');
  });
});
