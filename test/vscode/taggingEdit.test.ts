// Edit and Delete Annotation in the real editor: from arguments (hover links, tree items) and
// from the cursor (a pick when passages overlap), codes and note changed in the sidecar, a
// multi-line note kept when left alone, and Delete undone byte for byte from the notification.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/vscode/commandIds';
import type { Deletion } from '../../src/features/tagging/deleteAnnotation';
import type { ShownNotice } from '../../src/features/tagging/taggingPrompts';
import { workspaceUri } from './support/extensionApi';
import { choose, enter } from './support/quickInput';
import { checkAndAccept, labels, pickOf, readFile, SENTENCE, taggingSuite } from './support/tagging';
import { waitFor } from './support/waitFor';

describe('tagging: edit and delete', function () {
  this.timeout(60_000);
  const suite = taggingSuite('tagging-edit');

  /** Adds an annotation through the service (the tagging prompts are tested elsewhere). */
  async function annotate(passage: string, codes: string[], note?: string): Promise<string> {
    const doc = await vscode.workspace.openTextDocument(workspaceUri(suite.doc()));
    const start = doc.getText().indexOf(passage);
    return suite.api().annotations.annotations.add(doc, start, start + passage.length, { codes, note, author: 'tester' });
  }

  async function cursorIn(passage: string, offset = 2): Promise<void> {
    const editor = await vscode.window.showTextDocument(workspaceUri(suite.doc()));
    const at = editor.document.positionAt(editor.document.getText().indexOf(passage) + offset);
    editor.selection = new vscode.Selection(at, at);
  }

  it('edits codes and note of the annotation its arguments name, its codes checked and note pre-filled', async () => {
    const id = await annotate(SENTENCE, ['hedging'], 'old note');
    const run = vscode.commands.executeCommand<boolean | undefined>(COMMANDS.editAnnotation, workspaceUri(suite.doc()).toString(), id);
    const pick = await suite.prompts().next(/^Edit Annotation: codes$/);
    assert.deepEqual(
      pickOf(pick).selectedItems.map((i) => i.codeId),
      ['hedging'],
    );
    await checkAndAccept(pick, ['Sanctions & their circumvention', 'Key quote']);
    const note = await suite.prompts().next(/^Edit Annotation: note$/);
    assert.equal((note.widget as vscode.InputBox).value, 'old note');
    await enter(note, '');
    assert.equal(await run, true);
    const saved = (await suite.sidecar())?.get(id);
    assert.deepEqual(saved?.codes, ['sanctions', 'analyst-key-quote']);
    assert.equal(saved?.note, undefined, 'an emptied note is removed');
    assert.notEqual(saved?.modified, saved?.created);
  });

  it('edits the annotation at the cursor, a tree element naming it, and refuses to leave one with neither code nor note', async () => {
    const id = await annotate(SENTENCE, ['hedging']);
    await cursorIn(SENTENCE);
    let run = vscode.commands.executeCommand(COMMANDS.editAnnotation);
    await checkAndAccept(await suite.prompts().next(/codes/), []);
    const note = await suite.prompts().next(/note/);
    assert.match((note.widget as vscode.InputBox).prompt ?? '', /needed: no code was chosen/);
    assert.match(
      String((note.widget as vscode.InputBox).validationMessage),
      /at least one code or a note/,
      'an empty note cannot be accepted',
    );
    await enter(note, 'a memo only');
    await run;
    let saved = (await suite.sidecar())?.get(id);
    assert.deepEqual([saved?.codes, saved?.note], [[], 'a memo only'], 'no code but a note: allowed');

    run = vscode.commands.executeCommand(COMMANDS.editAnnotation, { documentUri: workspaceUri(suite.doc()).toString(), annotationId: id });
    await checkAndAccept(await suite.prompts().next(/codes/), ['Data point']);
    await enter(await suite.prompts().next(/note/));
    await run;
    saved = (await suite.sidecar())?.get(id);
    assert.deepEqual([saved?.codes, saved?.note], [['analyst-data-point'], 'a memo only'], 'the note left as it was');
  });

  it('keeps a multi-line note written by hand when the note is left unchanged', async () => {
    const id = await annotate(SENTENCE, ['hedging'], 'first line\nsecond line');
    const run = vscode.commands.executeCommand(COMMANDS.editAnnotation, workspaceUri(suite.doc()).toString(), id);
    await checkAndAccept(await suite.prompts().next(/codes/), ['Hedging & strategic autonomy', 'Data point']);
    const note = await suite.prompts().next(/note/);
    assert.equal((note.widget as vscode.InputBox).value, 'first line second line');
    assert.match((note.widget as vscode.InputBox).prompt ?? '', /2 lines, shown joined/);
    await enter(note);
    await run;
    const saved = (await suite.sidecar())?.get(id);
    assert.deepEqual([saved?.codes, saved?.note], [['hedging', 'analyst-data-point'], 'first line\nsecond line']);
  });

  it('asks which annotation when nested ones overlap at the cursor, innermost first, and edits only that one', async () => {
    const outer = await annotate(SENTENCE, ['hedging'], 'outer');
    const inner = await annotate('ASEAN hedges', ['sanctions'], 'inner');
    await cursorIn('ASEAN hedges');
    const run = vscode.commands.executeCommand(COMMANDS.editAnnotation);
    const which = await suite.prompts().next(/^Edit Annotation: which annotation\?$/);
    assert.deepEqual(labels(which), ['Sanctions & their circumvention', 'Hedging & strategic autonomy']);
    assert.equal(pickOf(which).items[1].description, '“Russia seeks partners in Southeast Asia, and ASEAN hedges…”');
    assert.equal(pickOf(which).items[0].detail, 'inner', 'the note');
    await choose(which, 'Hedging & strategic autonomy');
    const pick = await suite.prompts().next(/codes/);
    assert.deepEqual(
      pickOf(pick).selectedItems.map((i) => i.codeId),
      ['hedging'],
      'the outer one',
    );
    await checkAndAccept(pick, ['Energy trade & cooperation']);
    await enter(await suite.prompts().next(/note/));
    await run;
    const model = await suite.sidecar();
    assert.deepEqual([model?.get(outer)?.codes, model?.get(inner)?.codes], [['energy'], ['sanctions']]);
  });

  it('deletes the annotation its arguments name and puts it back exactly on Undo', async () => {
    const keep = await annotate('Opening paragraph', ['hedging']);
    const id = await annotate(SENTENCE, ['hedging'], 'to be deleted');
    const before = await readFile(`${suite.doc()}.annotations.yaml`);
    const notices: ShownNotice[] = [];
    const watch = suite.api().tagging.prompts.onDidNotify((n) => notices.push(n));
    try {
      const deletion = await vscode.commands.executeCommand<Deletion | undefined>(
        COMMANDS.deleteAnnotation,
        workspaceUri(suite.doc()).toString(),
        id,
      );
      assert.ok(deletion);
      assert.equal((await suite.sidecar())?.get(id), undefined, 'deleted at once');
      assert.ok((await suite.sidecar())?.get(keep), 'the other one stays');
      assert.equal(suite.api().annotations.annotations.state(workspaceUri(suite.doc()))?.live.get(id), undefined);
      await waitFor(() => notices.length === 1, 5_000, 'the Undo notification shown');
      assert.match(notices[0].message, /^Deleted the annotation of “Russia seeks partners/);
      assert.deepEqual(notices[0].actions, ['Undo']);
      await vscode.commands.executeCommand('notification.acceptPrimaryAction');
      assert.equal(await deletion.undone, true);
    } finally {
      watch.dispose();
    }
    assert.equal(await readFile(`${suite.doc()}.annotations.yaml`), before, 'the sidecar byte for byte as before');
    await waitFor(
      () => suite.api().annotations.annotations.state(workspaceUri(suite.doc()))?.live.get(id)?.status === 'anchored',
      5_000,
      'shown again',
    );
  });

  it('deletes the annotation at the cursor and offers nothing where there is none', async () => {
    const id = await annotate('A closing line', ['hedging']);
    await cursorIn('Opening paragraph');
    assert.equal(await vscode.commands.executeCommand(COMMANDS.deleteAnnotation), undefined, 'no annotation here');
    assert.ok((await suite.sidecar())?.get(id));
    await cursorIn('A closing line');
    const deletion = await vscode.commands.executeCommand<Deletion | undefined>(COMMANDS.deleteAnnotation);
    assert.equal(deletion?.removed.id, id);
    assert.equal((await suite.sidecar())?.get(id), undefined);
  });
});
