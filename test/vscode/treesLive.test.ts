// The entity trees follow the work without a reload: typing in a document, saving entities.yaml,
// and the setting for entities no document mentions (dimmed or hidden).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SECTION, SETTINGS } from '../../src/vscode/settings';
import { layeredCatalog } from '../unit/helpers/sampleCatalog';
import { scanDocument } from '../../src/core/matcher/documentScanner';
import { compileMatcher } from '../../src/core/matcher/mentionMatcher';
import type { PolicyAnnotatorApi } from '../../src/policyAnnotatorApi';
import { UNMENTIONED_SCHEME } from '../../src/features/entityTrees/unmentionedDecorations';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { documents, entityItem, shownEntities, waitForCount } from './support/trees';
import { waitFor } from './support/waitFor';

const DOCUMENT = '2024-oh-russia-asean-cooperation-in-an-interpolar-world.txt';

async function replaceAll(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, document.validateRange(new vscode.Range(0, 0, document.lineCount, 0)), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
  const saved = await document.save();
  assert.ok(
    saved,
    `${document.uri.path} saved (dirty: ${document.isDirty}, on disk: ${(await vscode.workspace.fs.stat(document.uri)).mtime})`,
  );
}

/** Mentions of one entity across the workspace's documents, found by the core with this catalog. */
async function expectedCount(catalogText: string, entityId: string): Promise<number> {
  const matcher = compileMatcher(layeredCatalog(catalogText));
  const entity = matcher.entities.findIndex((e) => e.id === entityId);
  let total = 0;
  for (const uri of await vscode.workspace.findFiles('**/*.{txt,md}')) {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    total += [...scanDocument(matcher, text).mentions].filter((m) => m.entity === entity).length;
  }
  return total;
}

describe('entity trees: live updates', () => {
  let api: PolicyAnnotatorApi;
  before(async () => {
    api = await extensionApi();
  });
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('follows a mention typed in a document, and its revert', async () => {
    const { actors } = api.trees;
    const before = api.corpus.index.mentionCountOf(api.corpus.index.entityIndex('russia'));
    const editor = await vscode.window.showTextDocument(workspaceUri(DOCUMENT));
    const docCount = async (): Promise<number | undefined> =>
      (await documents(actors, 'russia')).find((d) => d.node.uri.toString() === editor.document.uri.toString())?.node.count;
    const inDocument = await docCount();
    assert.ok(inDocument !== undefined && inDocument > 0);
    try {
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Russia and '));
      await waitForCount(actors, 'russia', before + 1, 'Russia counts the typed mention');
      assert.equal(await docCount(), inDocument + 1, 'and so does its document');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await waitForCount(actors, 'russia', before, 'back after the revert');
  });

  it('follows an alias added to entities.yaml and saved', async () => {
    const { actors } = api.trees;
    const catalog = await vscode.workspace.openTextDocument(workspaceUri('entities.yaml'));
    const original = catalog.getText();
    const before = api.corpus.index.mentionCountOf(api.corpus.index.entityIndex('russia'));
    const at = original.indexOf('      - Kremlin\n', original.indexOf('  - id: russia\n'));
    assert.ok(at > 0, 'Russia has the alias Kremlin');
    const edited = original.slice(0, at) + '      - Sochi\n' + original.slice(at);
    const expected = await expectedCount(edited, 'russia');
    assert.ok(expected > before, `Sochi is in the corpus (${before} -> ${expected})`);
    try {
      await vscode.window.showTextDocument(catalog);
      await replaceAll(catalog, edited);
      await waitForCount(actors, 'russia', expected, 'Russia counts its new alias once the catalog is saved');
    } finally {
      await replaceAll(catalog, original);
    }
    await waitForCount(actors, 'russia', before, 'back once the catalog is restored');
  });

  it('dims entities no document mentions, or hides them, as the setting says', async () => {
    const { index } = api.corpus;
    const unmentioned = index.entities.find((_, i) => index.mentionCountOf(i) === 0);
    assert.ok(unmentioned, 'the sample catalog has an entity the corpus never mentions');
    const tree = unmentioned.kind === 'actor' ? api.trees.actors : api.trees.institutions;
    const config = vscode.workspace.getConfiguration(SECTION);
    assert.equal(config.get(SETTINGS.treesUnmentionedEntities.key), 'dim');
    const item = await entityItem(tree, unmentioned.id);
    assert.ok(item, `${unmentioned.id} is shown`);
    assert.equal(item.description, '0');
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.None);
    assert.equal(item.resourceUri?.scheme, UNMENTIONED_SCHEME);
    const decoration = api.trees.decorations.provideFileDecoration(item.resourceUri);
    assert.equal((decoration?.color as vscode.ThemeColor | undefined)?.id, 'disabledForeground', 'greyed out');
    assert.equal((await entityItem(api.trees.actors, 'russia'))?.resourceUri, undefined, 'a mentioned entity is not dimmed');
    const all = await shownEntities(tree);
    try {
      await config.update(SETTINGS.treesUnmentionedEntities.key, 'hide', vscode.ConfigurationTarget.Global);
      await waitFor(async () => !(await shownEntities(tree)).includes(unmentioned.id), 10_000, `${unmentioned.id} hidden`);
      const shown = await shownEntities(tree);
      assert.deepEqual(
        shown,
        all.filter((id) => index.mentionCountOf(index.entityIndex(id)) > 0),
        'only the unmentioned ones left',
      );
      await vscode.commands.executeCommand('policyAnnotator.revealInTree', unmentioned.id);
      assert.notEqual(tree.view.selection[0], unmentioned.id, 'a hidden entity is not revealed');
    } finally {
      await config.update(SETTINGS.treesUnmentionedEntities.key, undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(async () => (await shownEntities(tree)).includes(unmentioned.id), 10_000, `${unmentioned.id} shown again`);
  });
});
