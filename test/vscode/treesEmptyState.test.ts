// The trees without a catalog: the world catalog fills them; with it turned off they show their
// empty state, and "Create Entity Catalog" writes a commented starter catalog (built on the world
// catalog) where the setting looks, opens it, and the trees fill from it; it never overwrites.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SECTION, SETTINGS } from '../../src/vscode/settings';
import { loadCatalog } from '../../src/core/catalog/catalogLoader';
import { CATALOG_TEMPLATE } from '../../src/core/catalog/edit/catalogTemplate';
import { COMMANDS } from '../../src/vscode/commandIds';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { groups, shownEntities } from './support/trees';
import { waitFor } from './support/waitFor';

const FOLDER = 'starter-catalog';
const FILE = `${FOLDER}/people.yaml`;

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('entity trees: empty state', () => {
  it('creates a starter catalog where the catalogFiles setting looks, and never overwrites it', async () => {
    const api = await extensionApi();
    const config = vscode.workspace.getConfiguration(SECTION);
    const entities = api.corpus.catalog.entities.length;
    const target = workspaceUri(FILE);
    try {
      await config.update(SETTINGS.catalogFiles.key, `${FOLDER}/**/people.yaml`, vscode.ConfigurationTarget.Workspace);
      await waitFor(
        () => api.corpus.catalogFiles.length === 0 && api.corpus.catalog.byId.has('germany'),
        15_000,
        'no catalog file: the world catalog is used',
      );
      await waitFor(async () => (await shownEntities(api.trees.actors)).includes('russia'), 10_000, 'the trees show the world catalog');
      await config.update(SETTINGS.worldCatalog.key, false, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.corpus.catalogFiles.length === 0 && api.corpus.catalog.entities.length === 0, 15_000, 'no catalog at all');
      await waitFor(async () => (await groups(api.trees.actors)).length === 0, 10_000, 'the Actors tree is empty (its welcome view shows)');
      assert.equal(api.trees.actors.view.message, undefined, 'no message over the welcome view');

      await vscode.commands.executeCommand(COMMANDS.createCatalog);
      const text = await readText(target);
      assert.equal(text, CATALOG_TEMPLATE);
      assert.deepEqual(loadCatalog(text, FILE).diagnostics, [], 'a catalog the loader accepts');
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString(), 'opened');
      await waitFor(
        () => api.corpus.catalogFiles.length === 1 && api.corpus.catalog.byId.get('france')?.location.file === FILE,
        15_000,
        'the new catalog is loaded',
      );
      assert.ok(api.corpus.catalog.byId.has('germany'), 'over the world catalog it extends');
      await waitFor(async () => (await shownEntities(api.trees.actors)).includes('france'), 10_000, 'the trees show its entities');
      assert.ok((await shownEntities(api.trees.institutions)).includes('united-nations'));

      const mine = '# my own catalog\nentities: []\n';
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(mine));
      await vscode.commands.executeCommand(COMMANDS.createCatalog);
      assert.equal(await readText(target), mine, 'an existing file is left as it is');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true, useTrash: false }).then(undefined, () => undefined);
      await config.update(SETTINGS.catalogFiles.key, undefined, vscode.ConfigurationTarget.Workspace);
      await config.update(SETTINGS.worldCatalog.key, undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => api.corpus.catalog.entities.length === entities, 15_000, 'the workspace catalog is back');
    await waitFor(async () => (await shownEntities(api.trees.actors)).includes('russia'), 10_000, 'the trees show it again');
  });
});
