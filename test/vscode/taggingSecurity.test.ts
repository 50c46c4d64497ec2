// Workspace text shown by the tagging commands stays text: a code name or description, a note, a
// quoted passage or a typed name holding `$(icon)` syntax, a `command:` link or HTML is shown
// escaped in the quick-pick items, the prompts and the Undo notification.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { NOTIFICATION_LINK } from '../../src/core/text/plainMessage';
import { COMMANDS } from '../../src/vscode/commandIds';
import type { ShownNotice } from '../../src/features/tagging/taggingPrompts';
import { workspaceUri } from './support/extensionApi';
import { choose } from './support/quickInput';
import { CODEBOOK, codebookRestoredAfterEach, pickOf, selectPassage, taggingSuite, typeInPick, writeFile } from './support/tagging';
import { waitFor } from './support/waitFor';

const HOSTILE = '$(bug) [run](command:workbench.action.quit) <img src=x onerror=alert(1)>';
const SHOWN = '\\$(bug) [run](command:workbench.action.quit) <img src=x onerror=alert(1)>';
const HOSTILE_CODES = [
  '  - id: hostile',
  `    name: '${HOSTILE}'`,
  "    description: 'see $(alert) [x](command:y)'",
  '    children:',
  '      - { id: hostile-child, name: Child }',
  '',
].join('\n');
const PASSAGE = 'The [click](command:workbench.action.quit) passage $(zap)';

const hasLink = (text: string | undefined): boolean => new RegExp(NOTIFICATION_LINK.source, 'i').test(text ?? '');
const hasIcon = (text: string | undefined): boolean => /(^|[^\\])\$\([a-z-]+\)/.test(text ?? '');

describe('tagging: hostile workspace text stays text', function () {
  this.timeout(60_000);
  const suite = taggingSuite('tagging-security');
  const original = codebookRestoredAfterEach(suite.api, ['hostile', 'hostile-child']);
  beforeEach(async () => {
    await writeFile(CODEBOOK, original().replace('codes:\n', `codes:\n${HOSTILE_CODES}`));
    await suite.api().annotations.codebook.load();
    await waitFor(() => suite.api().annotations.codebook.code('hostile-child') !== undefined, 10_000, 'hostile codes read');
  });

  it('shows hostile code names, descriptions and a typed name escaped in the codes pick', async () => {
    await selectPassage(suite.doc(), 'A closing line.');
    const run = vscode.commands.executeCommand(COMMANDS.tagSelection);
    const prompt = await suite.prompts().next(/codes/);
    const items = pickOf(prompt).items;
    const hostile = items.find((i) => i.codeId === 'hostile');
    const child = items.find((i) => i.codeId === 'hostile-child');
    assert.deepEqual([hostile?.label, hostile?.detail], [SHOWN, 'hostile — see \\$(alert) [x](command:y)']);
    assert.equal(child?.description, SHOWN, 'the parent path');
    typeInPick(prompt, '$(bug) new <b>');
    const offer = pickOf(prompt).items.find((i) => i.creates);
    assert.equal(offer?.label, '$(add) New code…', 'the typed name is never drawn as a label');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await run, undefined);
  });

  it('shows hostile notes, code names and quotes as text in the overlap pick, the prompts and the Undo notification', async () => {
    await writeFile(suite.doc(), `${PASSAGE}\n`);
    const doc = await vscode.workspace.openTextDocument(workspaceUri(suite.doc()));
    await waitFor(() => doc.getText().startsWith(PASSAGE), 10_000, 'the new text read');
    const service = suite.api().annotations.annotations;
    const outer = await service.add(doc, 0, PASSAGE.length, {
      codes: ['hostile'],
      note: 'note [x](command:workbench.action.quit) $(flame) <script>',
    });
    await service.add(doc, 4, 42, { codes: ['hostile-child'] });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(doc.positionAt(10), doc.positionAt(10));
    const run = vscode.commands.executeCommand(COMMANDS.deleteAnnotation);
    const which = await suite.prompts().next(/which annotation/);
    const outerItem = pickOf(which).items[1];
    assert.deepEqual([outerItem.label, outerItem.detail], [SHOWN, 'note [x](command:workbench.action.quit) \\$(flame) <script>']);
    assert.ok(!hasIcon(outerItem.description), `quote escaped: ${outerItem.description}`);
    const notices: ShownNotice[] = [];
    const watch = suite.api().tagging.prompts.onDidNotify((n) => notices.push(n));
    try {
      await choose(which, SHOWN);
      await run;
      await waitFor(() => notices.length === 1, 5_000, 'notification shown');
    } finally {
      watch.dispose();
    }
    assert.equal((await suite.sidecar())?.get(outer), undefined, 'the outer one deleted');
    assert.ok(notices[0].message.includes('[click]'), notices[0].message);
    assert.ok(!hasLink(notices[0].message) && !hasIcon(notices[0].message), `no live link or icon: ${notices[0].message}`);
  });

  it('makes the parent path plain in the New Code prompt', async () => {
    const run = vscode.commands.executeCommand(COMMANDS.createCode, 'hostile-child');
    const prompt = await suite.prompts().next(/New Code: name/);
    const text = (prompt.widget as vscode.InputBox).prompt;
    assert.ok(text?.includes('Child') && !hasLink(text) && !hasIcon(text), `plain prompt: ${text}`);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await run, undefined);
  });
});
