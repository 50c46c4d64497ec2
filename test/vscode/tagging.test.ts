// Tag Selection in the real editor, driven through its real prompts: the codes pick (colours,
// parent paths, recent codes first), the note, the sidecar written and the passage anchored;
// Escape and empty selections write nothing; nested passages are both kept.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/vscode/commandIds';
import { SECTIONS } from '../../src/core/tagging/codePickEntries';
import { EMPTY_SELECTION } from '../../src/features/tagging/tagSelection';
import { findCode } from './support/annotationViews';
import { workspaceUri } from './support/extensionApi';
import { enter } from './support/quickInput';
import { checkAndAccept, labels, pickOf, SENTENCE, selectPassage, taggingSuite } from './support/tagging';
import { waitFor } from './support/waitFor';

const ASEAN_CENTRALITY = 'ASEAN centrality';
const SANCTIONS = 'Sanctions & their circumvention';

describe('tagging: Tag Selection', function () {
  this.timeout(60_000);
  const suite = taggingSuite('tagging');

  /** Runs Tag Selection on the current selection, checks `codes`, answers the note. */
  async function tag(codes: readonly string[], note: string): Promise<string[] | undefined> {
    const run = vscode.commands.executeCommand<string[] | undefined>(COMMANDS.tagSelection);
    await checkAndAccept(await suite.prompts().next(/^Tag Selection: codes$/), codes);
    await enter(await suite.prompts().next(/^Tag Selection: note$/), note);
    return run;
  }

  it('tags the selection with two codes and a note: sidecar on disk, passage anchored, entities inside linked', async () => {
    const { start, end } = await selectPassage(suite.doc(), SENTENCE);
    const ids = await tag([ASEAN_CENTRALITY, SANCTIONS], 'Hedging framed as <b>balance</b>');
    assert.equal(ids?.length, 1);
    const saved = (await suite.sidecar())?.get(ids![0]);
    assert.deepEqual(saved?.codes, ['hedging-asean-centrality', 'sanctions']);
    assert.equal(saved?.note, 'Hedging framed as <b>balance</b>');
    assert.equal(saved?.target.exact, SENTENCE);
    assert.deepEqual(saved?.entities, ['russia', 'asean', 'china', 'the-west'], 'the entities mentioned inside, in order');
    assert.ok(saved?.author, 'an author is recorded');
    const live = suite.api().annotations.annotations.state(workspaceUri(suite.doc()))?.live.get(ids![0]);
    assert.deepEqual([live?.status, live?.start, live?.end], ['anchored', start, end]);
  });

  it('shows every code with its colour dot, its parents and description, and puts recent codes first next time', async () => {
    await selectPassage(suite.doc(), 'A closing line.');
    const run = vscode.commands.executeCommand(COMMANDS.tagSelection);
    let prompt = await suite.prompts().next(/codes/);
    assert.equal(labels(prompt)[0], `[${SECTIONS.all}]`, 'no recent codes yet');
    const centrality = pickOf(prompt).items.find((i) => i.label === ASEAN_CENTRALITY)!;
    assert.equal(centrality.description, 'Hedging & strategic autonomy');
    assert.match(centrality.detail ?? '', /^hedging-asean-centrality — Claims that ASEAN should sit at the hub/);
    assert.ok(centrality.iconPath instanceof vscode.Uri, 'a colour dot file');
    const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(centrality.iconPath));
    assert.match(svg, /fill="#3184c4"/, "the code's own colour");
    const inView = await findCode(suite.api(), 'hedging-asean-centrality');
    assert.ok(inView?.item.iconPath instanceof vscode.Uri, 'the Codes view shows a colour dot file too');
    assert.equal(
      centrality.iconPath.toString(),
      inView.item.iconPath.toString(),
      'the pick list and the Codes view draw the same dot file',
    );
    await checkAndAccept(prompt, [SANCTIONS, ASEAN_CENTRALITY]);
    await enter(await suite.prompts().next(/note/), '');
    await run;

    await selectPassage(suite.doc(), 'Opening paragraph');
    const again = vscode.commands.executeCommand(COMMANDS.tagSelection);
    prompt = await suite.prompts().next(/codes/);
    const shown = labels(prompt);
    assert.deepEqual(
      shown.slice(0, 4),
      [`[${SECTIONS.recent}]`, ASEAN_CENTRALITY, SANCTIONS, `[${SECTIONS.all}]`],
      'the codes used last, in list order',
    );
    assert.equal(shown.filter((l) => l === SANCTIONS).length, 1, 'not listed twice');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await again, undefined, 'Escape at the codes: nothing tagged');
    assert.equal((await suite.sidecar())?.annotations.length, 1);
  });

  it('cancels the whole tagging on Escape at the note, writing nothing', async () => {
    await selectPassage(suite.doc(), SENTENCE);
    const run = vscode.commands.executeCommand(COMMANDS.tagSelection);
    await checkAndAccept(await suite.prompts().next(/codes/), [SANCTIONS]);
    const note = await suite.prompts().next(/note/);
    assert.match((note.widget as vscode.InputBox).prompt ?? '', /Escape to cancel the tagging/);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await run, undefined);
    assert.equal(await suite.sidecar(), undefined, 'no sidecar created');
    assert.deepEqual(suite.api().tagging.recent.ids, [], 'a cancelled tagging is not a use');
  });

  it('refuses an empty or blank selection without a prompt', async () => {
    const { editor } = await selectPassage(suite.doc(), 'A closing line.');
    const shown: string[] = [];
    const watch = suite.api().tagging.prompts.onDidShow((p) => shown.push(p.widget.title ?? ''));
    try {
      editor.selection = new vscode.Selection(editor.selection.start, editor.selection.start);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.tagSelection), undefined);
      const blank = editor.document.getText().indexOf('\n\n');
      editor.selection = new vscode.Selection(editor.document.positionAt(blank), editor.document.positionAt(blank + 2));
      assert.equal(await vscode.commands.executeCommand(COMMANDS.tagSelection), undefined);
    } finally {
      watch.dispose();
    }
    assert.deepEqual(shown, [], 'no prompt shown');
    assert.equal(await suite.sidecar(), undefined);
    assert.match(EMPTY_SELECTION, /selection is empty/);
  });

  it('tags a passage inside a tagged one and an overlapping one: all kept, anchored, and offered at the cursor', async () => {
    const outer = await tagAt(SENTENCE, SANCTIONS);
    const inner = await tagAt('ASEAN hedges', ASEAN_CENTRALITY);
    const overlap = await tagAt('Southeast Asia, and ASEAN', SANCTIONS);
    const service = suite.api().annotations.annotations;
    const uri = workspaceUri(suite.doc());
    const places = [outer, inner, overlap].map((id) => service.state(uri)?.live.get(id)?.status);
    assert.deepEqual(places, ['anchored', 'anchored', 'anchored']);
    assert.equal((await suite.sidecar())?.annotations.length, 3);
    const editor = vscode.window.activeTextEditor!;
    const inside = editor.document.getText().indexOf('ASEAN hedges') + 2;
    editor.selection = new vscode.Selection(editor.document.positionAt(inside), editor.document.positionAt(inside));
    assert.deepEqual(
      service.annotationsAt(uri, inside).map((a) => a.annotation.id),
      [inner, overlap, outer],
      'innermost first',
    );
    await waitFor(() => suite.api().tagging.cursor.value, 5_000, 'the context key says an annotation is at the cursor');
    const after = editor.document.getText().indexOf('A closing');
    editor.selection = new vscode.Selection(editor.document.positionAt(after), editor.document.positionAt(after));
    await waitFor(() => !suite.api().tagging.cursor.value, 5_000, 'the context key cleared outside');
  });

  async function tagAt(passage: string, code: string): Promise<string> {
    await selectPassage(suite.doc(), passage);
    const ids = await tag([code], '');
    assert.equal(ids?.length, 1);
    return ids![0];
  }

  it('tags every selection of a multi-cursor selection, and keeps the passage in place while text is typed above it', async () => {
    const { editor } = await selectPassage(suite.doc(), 'Opening paragraph');
    const second = editor.document.getText().indexOf('A closing line');
    editor.selections = [
      editor.selection,
      new vscode.Selection(editor.document.positionAt(second), editor.document.positionAt(second + 14)),
    ];
    const run = vscode.commands.executeCommand<string[] | undefined>(COMMANDS.tagSelection);
    await checkAndAccept(await suite.prompts().next(/codes/), [SANCTIONS]);
    const note = await suite.prompts().next(/note/);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Typed meanwhile.\n'));
    await enter(note, 'both');
    const ids = await run;
    const model = await suite.sidecar();
    assert.deepEqual(
      ids?.map((id) => model?.get(id)?.target.exact),
      ['Opening paragraph', 'A closing line'],
    );
  });
});
