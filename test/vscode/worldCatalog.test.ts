// The shipped world catalog in the editor: the sample's catalog extends it, a world entity's
// declaration opens read-only (never the shipped file), and no catalog edit ever writes into it.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { builtInCatalogPath } from '../../src/cli/builtInCatalogFiles';
import { COMMANDS } from '../../src/vscode/commandIds';
import { extensionApi } from './support/extensionApi';
import { CATALOG, KAUSIKAN, readText, select } from './support/catalogFiles';

describe('world catalog in the editor', function () {
  this.timeout(60_000);
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('lays the sample catalog over it: the sample keeps its entries, the world adds its own', async () => {
    const api = await extensionApi();
    const catalog = api.corpus.catalog;
    assert.equal(catalog.byId.get('russia')?.location.file, CATALOG, "the sample's own entry, extended");
    assert.ok(catalog.byId.get('russia')?.aliases.some((a) => a.text === 'Russian Federation'));
    assert.equal(catalog.byId.get('germany')?.location.file, 'world catalog (built in)', 'a world entity the sample lacks');
    assert.equal(catalog.byId.get('germany')?.iso, 'DEU');
    assert.equal(api.corpus.lastReport?.builtIn.join(), 'world');
  });

  it('opens a world entity read-only, from the shipped catalog', async () => {
    await vscode.commands.executeCommand(COMMANDS.openEntityDefinition, 'germany');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.scheme, 'policy-annotator-catalog', 'a read-only document, not the shipped file');
    assert.match(editor!.document.lineAt(editor!.selection.active.line).text, /id: germany/);
  });

  it('refuses to add an alias to a world entity, and leaves the shipped file as it was', async () => {
    const api = await extensionApi();
    const shipped = readFileSync(builtInCatalogPath('world'), 'utf8');
    const sample = await readText(CATALOG);
    await select(KAUSIKAN, 'Telegram');
    const outcome = await vscode.commands.executeCommand(COMMANDS.addAliasFromSelection, { entity: 'germany' });
    assert.equal(outcome, undefined, 'refused (with a message naming the built-in catalog)');
    assert.equal(readFileSync(builtInCatalogPath('world'), 'utf8'), shipped, 'the shipped catalog is untouched');
    assert.equal(await readText(CATALOG), sample, 'and so is the workspace catalog');
    assert.ok(!api.corpus.catalog.byId.get('germany')?.aliases.some((a) => a.text === 'Telegram'));
  });
});
