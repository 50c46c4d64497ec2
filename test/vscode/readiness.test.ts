// No command acts on a half-loaded workspace (issue 10): a command run while the codebook or the
// index is being read again waits for it, so the codes pick lists the codebook as it is on disk
// (never offering to create a code it has) and an entity added to the catalog is found at once.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addCode } from '../../src/core/codebook/codebookEdit';
import { COMMANDS } from '../../src/vscode/commandIds';
import { workspaceUri } from './support/extensionApi';
import { waitFor } from './support/waitFor';
import { CATALOG, catalogRestoredAfterEach, encoder, readText } from './support/catalogFiles';
import {
  CODEBOOK,
  codebookRestoredAfterEach,
  labels,
  pickOf,
  readFile,
  SENTENCE,
  selectPassage,
  taggingSuite,
  writeFile,
} from './support/tagging';

const PROBE_CODE = { id: 'readiness-probe', name: 'Readiness probe', color: '#2a6f97' };
const PROBE_ENTITY = 'sochi-probe';

describe('readiness: commands wait for what they need', function () {
  this.timeout(60_000);

  describe('the codes pick', () => {
    const suite = taggingSuite('readiness');
    codebookRestoredAfterEach(suite.api, [PROBE_CODE.id]);

    it('lists a code the codebook gained on disk when Tag Selection runs while the codebook is read again', async () => {
      const api = suite.api();
      await selectPassage(suite.doc(), SENTENCE);
      const added = addCode((await readFile(CODEBOOK))!, CODEBOOK, PROBE_CODE);
      assert.ok(added.ok);
      await writeFile(CODEBOOK, added.text);
      // The reload a watcher starts on that change, and at once the analyst's command.
      const reading = api.annotations.codebook.load();
      assert.equal(api.annotations.codebook.loading.busy, true, 'the codebook counts as loading from the moment it is asked for');
      const run = vscode.commands.executeCommand<string[] | undefined>(COMMANDS.tagSelection);
      const pick = await suite.prompts().next(/codes/);
      assert.ok(labels(pick).includes(PROBE_CODE.name), `the new code is listed: ${labels(pick).join(' | ')}`);
      assert.ok(
        pickOf(pick).items.some((i) => i.codeId === PROBE_CODE.id),
        'the new code can be checked',
      );
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.equal(await run, undefined, 'Escape writes nothing');
      await reading;
    });
  });

  describe('the index', () => {
    const { api } = catalogRestoredAfterEach();

    it('finds an entity added to the catalog when Show All Mentions runs while the index is rebuilt', async () => {
      const original = await readText(CATALOG);
      const entry = [`  - id: ${PROBE_ENTITY}`, '    name: Sochi', '    kind: actor', '    type: group', ''].join('\n');
      const at = original.indexOf('\nentities:\n') + '\nentities:\n'.length;
      await vscode.workspace.fs.writeFile(workspaceUri(CATALOG), encoder.encode(original.slice(0, at) + entry + original.slice(at)));
      const rebuild = vscode.commands.executeCommand(COMMANDS.reindex);
      const shown = vscode.commands.executeCommand<vscode.Location | undefined>(COMMANDS.showMentions, PROBE_ENTITY);
      const previewed = (): string | undefined => {
        const editor = vscode.window.activeTextEditor;
        return editor?.document.getText(editor.selection);
      };
      let ended: { value: vscode.Location | undefined } | undefined;
      void shown.then((value) => {
        ended = { value };
      });
      // The pick previews the first mention; a command that ended first found nothing to show.
      await waitFor(
        () => previewed() === 'Sochi' || ended !== undefined,
        15_000,
        `the first mention of the new entity is previewed (selection: ${previewed()})`,
      );
      assert.equal(ended, undefined, 'the command showed the mentions instead of ending without them');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const accepted = await shown;
      assert.ok(accepted instanceof vscode.Location, 'the mention picked is returned');
      assert.ok(api().corpus.catalog.byId.has(PROBE_ENTITY));
      await rebuild;
    });
  });
});
