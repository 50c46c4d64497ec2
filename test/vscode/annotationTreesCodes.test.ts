// Renaming and merging codes in the real editor: the codebook and every sidecar change in one
// step; a merge collapses the duplicates it makes; a read-only sidecar that uses the code makes
// both commands refuse before any file is touched. The codebook is put back after each test.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/vscode/commandIds';
import type { PolicyAnnotatorApi } from '../../src/policyAnnotatorApi';
import { extensionApi, workspaceUri } from './support/extensionApi';
import {
  annotate,
  descriptionOf,
  findCode,
  labelOf,
  readSidecar,
  readText,
  removeDocuments,
  writeDocument,
  writeText,
} from './support/annotationViews';
import { choose, enter, PromptQueue } from './support/quickInput';
import { waitFor } from './support/waitFor';

const CODEBOOK = 'codebook.yaml';
const TEXT = 'Trade reached 20 billion dollars in 2024.\n\nThe two reports contradict each other on that figure.\n';
const FIGURE = 'Trade reached 20 billion dollars in 2024.';
const CLASH = 'The two reports contradict each other';

let run = 0;

describe('annotation views: renaming and merging codes', function () {
  this.timeout(120_000);
  let api: PolicyAnnotatorApi;
  let prompts: PromptQueue;
  let original = '';
  let names: string[] = [];
  const doc = (suffix: string): string => {
    const name = `trees-codes-${run}-${suffix}.txt`;
    names.push(name);
    return name;
  };

  before(async () => {
    api = await extensionApi();
    await api.annotations.ready;
    original = (await readText(CODEBOOK))!;
  });
  beforeEach(() => {
    run++;
    names = [];
    prompts = new PromptQueue(api.annotationTrees.prompts);
  });
  afterEach(async () => {
    prompts.dispose();
    await removeDocuments(names);
    if ((await readText(CODEBOOK)) !== original) await writeText(CODEBOOK, original);
    const codebook = api.annotations.codebook;
    await waitFor(
      () => ['analyst-data-point', 'analyst-contradiction'].every((id) => codebook.code(id)) && !codebook.code('analyst-figures'),
      15_000,
      'codebook restored',
    );
  });

  it('renames a code (from its element in the Codes view): codebook and every sidecar in one step', async () => {
    const a = doc('a');
    const b = doc('b');
    await writeDocument(api, a, TEXT);
    await writeDocument(api, b, TEXT);
    const inA = await annotate(api, a, FIGURE, ['analyst-data-point', 'energy']);
    const inB = await annotate(api, b, CLASH, ['analyst-data-point']);
    const element = await findCode(api, 'analyst-data-point');
    assert.ok(element, 'the code is in the Codes view');

    const done = vscode.commands.executeCommand(COMMANDS.renameCode, element.node);
    const nameBox = await prompts.next(/Rename Code/);
    assert.equal((nameBox.widget as vscode.InputBox).value, 'Data point', 'pre-filled with the name');
    await enter(nameBox, 'Figures and data');
    const idBox = await prompts.next(/Rename Code/);
    assert.equal((idBox.widget as vscode.InputBox).value, 'analyst-data-point', 'pre-filled with the id');
    await enter(idBox, 'analyst-figures');
    assert.equal(await done, true);

    assert.equal(
      await readText(CODEBOOK),
      original.replace('- id: analyst-data-point\n        name: Data point', '- id: analyst-figures\n        name: Figures and data'),
      'only the two values changed',
    );
    assert.deepEqual((await readSidecar(a)).get(inA)?.codes, ['analyst-figures', 'energy']);
    assert.deepEqual((await readSidecar(b)).get(inB)?.codes, ['analyst-figures']);
    await waitFor(
      async () => {
        const code = await findCode(api, 'analyst-figures');
        return code !== undefined && labelOf(code.item) === 'Figures and data' && descriptionOf(code.item) === '2';
      },
      15_000,
      'the Codes view shows the renamed code with its two segments',
    );
    assert.equal(await findCode(api, 'analyst-data-point'), undefined, 'the old id is gone (not even under Not in codebook)');
  });

  it('merges a code into another: annotations follow, duplicates collapse, the code leaves the codebook', async () => {
    const a = doc('a');
    const b = doc('b');
    await writeDocument(api, a, TEXT);
    await writeDocument(api, b, TEXT);
    const both = await annotate(api, a, CLASH, ['analyst-key-quote', 'analyst-contradiction']);
    const one = await annotate(api, b, CLASH, ['analyst-contradiction', 'energy']);

    const done = vscode.commands.executeCommand(COMMANDS.mergeCode, 'analyst-contradiction');
    const target = await prompts.next(/Merge Code/);
    const labels = (target.widget as vscode.QuickPick<vscode.QuickPickItem>).items.map((i) => i.label);
    assert.ok(!labels.includes('Tension or contradiction') && labels.includes('Analyst notes'), 'every code but itself');
    (target.widget as vscode.QuickPick<vscode.QuickPickItem>).value = 'Key quote';
    await choose(target, 'Key quote');
    const confirmation = await prompts.next(/Merge Code/);
    assert.equal(
      (confirmation.widget as vscode.QuickPick<vscode.QuickPickItem>).placeholder,
      "Merge 'Tension or contradiction' into 'Key quote': 2 annotations in 2 documents change, and 'analyst-contradiction' leaves the codebook.",
    );
    await choose(confirmation, 'Merge');
    assert.equal(await done, true);

    assert.deepEqual((await readSidecar(a)).get(both)?.codes, ['analyst-key-quote'], 'the duplicate collapsed');
    assert.deepEqual((await readSidecar(b)).get(one)?.codes, ['analyst-key-quote', 'energy']);
    const book = (await readText(CODEBOOK))!;
    assert.doesNotMatch(book, /analyst-contradiction/);
    assert.match(book, /- id: analyst-key-quote\n/);
    await waitFor(
      async () => descriptionOf((await findCode(api, 'analyst-key-quote'))?.item ?? new vscode.TreeItem('')) === '2',
      15_000,
      'two segments under Key quote',
    );
  });

  it('refuses to rename or merge while a read-only sidecar may use the code, and leaves every file as it was', async () => {
    const a = doc('a');
    const broken = doc('broken');
    await writeDocument(api, a, TEXT);
    const brokenUri = await writeDocument(api, broken, TEXT);
    await annotate(api, a, FIGURE, ['analyst-data-point']);
    const conflicted = [
      'version: 1',
      `document: ${broken}`,
      'annotations:',
      '<<<<<<< HEAD',
      '  - id: b1',
      '    codes: [analyst-data-point]',
      `    target: { exact: "${FIGURE}" }`,
      '=======',
      '  - id: b1',
      '    codes: [energy]',
      `    target: { exact: "${FIGURE}" }`,
      '>>>>>>> theirs',
      '',
    ].join('\n');
    await writeText(`${broken}.annotations.yaml`, conflicted);
    await waitFor(() => api.annotations.annotations.state(brokenUri)?.readOnly === true, 15_000, 'the conflicted sidecar is read-only');
    const before = [await readText(CODEBOOK), await readText(`${a}.annotations.yaml`)];

    const renamed = vscode.commands.executeCommand(COMMANDS.renameCode, 'analyst-data-point');
    await enter(await prompts.next(/Rename Code/));
    await enter(await prompts.next(/Rename Code/), 'analyst-figures');
    assert.equal(await renamed, undefined, 'the command failed');
    assert.match(
      api.log.lines().at(-1) ?? '',
      new RegExp(`Rename Code failed: .*${broken.replace(/\./g, '\\.')}\\.annotations\\.yaml is read-only`),
    );

    const merged = vscode.commands.executeCommand(COMMANDS.mergeCode, 'analyst-data-point');
    const target = await prompts.next(/Merge Code/);
    (target.widget as vscode.QuickPick<vscode.QuickPickItem>).value = 'Key quote';
    await choose(target, 'Key quote');
    await choose(await prompts.next(/Merge Code/), 'Merge');
    assert.equal(await merged, undefined, 'the merge failed');
    assert.match(api.log.lines().at(-1) ?? '', /Merge Code failed: .*read-only/);

    assert.equal(await vscode.commands.executeCommand(COMMANDS.mergeCode, 'energy'), undefined, 'a code with children is refused');
    assert.match(api.log.lines().at(-1) ?? '', /code 'energy' has child codes/);

    assert.deepEqual([await readText(CODEBOOK), await readText(`${a}.annotations.yaml`)], before, 'codebook and sidecar untouched');
    assert.equal(await readText(`${broken}.annotations.yaml`), conflicted, 'the read-only sidecar untouched');
    assert.ok(vscode.workspace.textDocuments.every((d) => d.uri.toString() !== workspaceUri(CODEBOOK).toString() || !d.isDirty));
  });
});
