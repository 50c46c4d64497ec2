// New codes in the real editor: created from the codes pick while tagging (typed name, parent
// pick, the codebook file spliced, the code checked when the pick comes back), from "New Code…"
// under a parent, and "Open Codebook". The codebook is put back after every test.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { loadCodebook } from '../../src/core/codebook/codebook';
import { COMMANDS } from '../../src/vscode/commandIds';
import { NEW_CODE_LABEL } from '../../src/features/tagging/codePicker';
import { CREATE_CODEBOOK } from '../../src/features/tagging/codeCommands';
import { TOP_LEVEL } from '../../src/features/tagging/newCodeFlow';
import type { ShownNotice } from '../../src/features/tagging/taggingPrompts';
import { STARTER_CODEBOOK } from '../../src/services/annotations/codebookService';
import { workspaceUri } from './support/extensionApi';
import { choose, enter, settled } from './support/quickInput';
import {
  checkAndAccept,
  CODEBOOK,
  labels,
  pickOf,
  readFile,
  codebookRestoredAfterEach,
  SENTENCE,
  selectPassage,
  taggingSuite,
  typeInPick,
  writeFile,
} from './support/tagging';
import { waitFor } from './support/waitFor';

const NEW_CODES = ['vaccine-diplomacy', 'hydrogen', 'soft-power'];

describe('tagging: new codes', function () {
  this.timeout(60_000);
  const suite = taggingSuite('tagging-codes');
  const original = codebookRestoredAfterEach(suite.api, NEW_CODES);

  it('creates a code typed in the codes pick, at the top level, and tags the passage with it', async () => {
    await selectPassage(suite.doc(), SENTENCE);
    const run = vscode.commands.executeCommand<string[] | undefined>(COMMANDS.tagSelection);
    const first = await suite.prompts().next(/codes/);
    assert.equal(labels(first).at(-1), NEW_CODE_LABEL, 'New code… comes last');
    typeInPick(first, '  Vaccine   diplomacy ');
    await checkAndAccept(first, ['Sanctions & their circumvention', NEW_CODE_LABEL]);
    const place = await suite.prompts().next(/New Code: place/);
    assert.equal(labels(place)[0], TOP_LEVEL, 'the top level comes first');
    await choose(place, TOP_LEVEL);
    const again = await suite.prompts().next(/codes/);
    assert.deepEqual(
      pickOf(again).selectedItems.map((i) => i.codeId),
      ['sanctions', 'vaccine-diplomacy'],
      'the new code checked, the other kept',
    );
    await checkAndAccept(
      again,
      pickOf(again).selectedItems.map((i) => i.label),
    );
    await enter(await suite.prompts().next(/note/), '');
    const ids = await run;

    const text = (await readFile(CODEBOOK))!;
    assert.ok(text.startsWith(original().slice(0, original().indexOf('codes:'))), 'the header comments are kept');
    const added = loadCodebook(text, CODEBOOK).byId.get('vaccine-diplomacy');
    assert.deepEqual([added?.name, added?.parent], ['Vaccine diplomacy', undefined]);
    assert.match(added?.color ?? '', /^#[0-9a-f]{6}$/);
    assert.deepEqual((await suite.sidecar())?.get(ids![0])?.codes, ['sanctions', 'vaccine-diplomacy']);
  });

  it('creates a code under a parent from Enter on a typed new name, with a shade of the parent colour', async () => {
    await selectPassage(suite.doc(), SENTENCE);
    const run = vscode.commands.executeCommand<string[] | undefined>(COMMANDS.tagSelection);
    const pick = await suite.prompts().next(/codes/);
    typeInPick(pick, 'Hydrogen');
    await settled(pick);
    await choose(await suite.prompts().next(/place/), 'Energy trade & cooperation');
    const again = await suite.prompts().next(/codes/);
    assert.deepEqual(
      pickOf(again).selectedItems.map((i) => i.codeId),
      ['hydrogen'],
    );
    await checkAndAccept(again, ['Hydrogen']);
    await enter(await suite.prompts().next(/note/), '');
    await run;
    const book = loadCodebook((await readFile(CODEBOOK))!, CODEBOOK);
    const code = book.byId.get('hydrogen');
    assert.equal(code?.parent, 'energy');
    assert.notEqual(code?.color, book.byId.get('energy')?.color, 'a shade, not the same colour');
  });

  it('goes back to the codes pick, selection kept and codebook untouched, on Escape at the place of a new code', async () => {
    await selectPassage(suite.doc(), SENTENCE);
    const run = vscode.commands.executeCommand<string[] | undefined>(COMMANDS.tagSelection);
    const pick = await suite.prompts().next(/codes/);
    typeInPick(pick, 'Vaccine diplomacy');
    await checkAndAccept(pick, ['Energy trade & cooperation', NEW_CODE_LABEL]);
    await suite.prompts().next(/place/);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const again = await suite.prompts().next(/codes/);
    assert.deepEqual(
      pickOf(again).selectedItems.map((i) => i.codeId),
      ['energy'],
    );
    assert.equal(await readFile(CODEBOOK), original(), 'no code added');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await run, undefined);
  });

  it('checks the code a typed name already names on New code…, and adds nothing', async () => {
    await selectPassage(suite.doc(), SENTENCE);
    const run = vscode.commands.executeCommand<string[] | undefined>(COMMANDS.tagSelection);
    const pick = await suite.prompts().next(/codes/);
    typeInPick(pick, '  hedging &  STRATEGIC autonomy');
    await checkAndAccept(pick, ['Sanctions & their circumvention', NEW_CODE_LABEL]);
    const again = await suite.prompts().next(/codes/);
    assert.deepEqual(
      pickOf(again).selectedItems.map((i) => i.codeId),
      ['hedging', 'sanctions'],
      'the named code checked, in list order, the other kept',
    );
    assert.equal(await readFile(CODEBOOK), original(), 'no code added');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await run, undefined);
  });

  it('takes the code whose name or id is typed when Enter is pressed with nothing checked', async () => {
    await selectPassage(suite.doc(), 'A closing line.');
    const run = vscode.commands.executeCommand<string[] | undefined>(COMMANDS.tagSelection);
    const pick = await suite.prompts().next(/codes/);
    typeInPick(pick, 'SANCTIONS');
    await settled(pick);
    await enter(await suite.prompts().next(/note/), '');
    const ids = await run;
    assert.deepEqual((await suite.sidecar())?.get(ids![0])?.codes, ['sanctions']);
  });

  it('adds a code under the code a tree item names, through New Code…', async () => {
    const run = vscode.commands.executeCommand<string | undefined>(COMMANDS.createCode, { codeId: 'diplomacy' });
    const name = await suite.prompts().next(/New Code: name/);
    const box = name.widget as vscode.InputBox;
    assert.match(box.prompt ?? '', /under Diplomacy & summitry/);
    await enter(name, 'Soft power');
    assert.equal(await run, 'soft-power');
    const code = loadCodebook((await readFile(CODEBOOK))!, CODEBOOK).byId.get('soft-power');
    assert.deepEqual([code?.name, code?.parent], ['Soft power', 'diplomacy']);
    await waitFor(() => suite.api().annotations.codebook.code('soft-power') !== undefined, 10_000, 'the codebook service read it');
  });

  it('opens the codebook', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>(COMMANDS.openCodebook);
    assert.equal(editor?.document.uri.toString(), workspaceUri(CODEBOOK).toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), workspaceUri(CODEBOOK).toString());
  });

  it('offers to create codebook.yaml when the workspace has none, and opens it', async () => {
    const codebook = suite.api().annotations.codebook;
    const notices: ShownNotice[] = [];
    const watch = suite.api().tagging.prompts.onDidNotify((n) => notices.push(n));
    try {
      await vscode.workspace.fs.delete(workspaceUri(CODEBOOK));
      await codebook.load();
      await waitFor(() => codebook.files.length === 0, 10_000, 'no codebook left');
      const run = vscode.commands.executeCommand<vscode.TextEditor | undefined>(COMMANDS.openCodebook);
      await waitFor(() => notices.length === 1, 10_000, 'the offer shown');
      assert.deepEqual(notices[0].actions, [CREATE_CODEBOOK]);
      await vscode.commands.executeCommand('notification.acceptPrimaryAction');
      const editor = await run;
      assert.equal(editor?.document.uri.toString(), workspaceUri(CODEBOOK).toString());
      assert.equal(await readFile(CODEBOOK), STARTER_CODEBOOK);
    } finally {
      watch.dispose();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await writeFile(CODEBOOK, original());
      await codebook.load();
      await waitFor(() => codebook.code('hedging') !== undefined, 10_000, 'the sample codebook back');
    }
  });
});
