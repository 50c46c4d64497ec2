// The Codes and Annotations views in the real editor: codes with their counts and, under each,
// its coded segments across the corpus; a click selects the passage; codes the codebook does not
// define are grouped; the Annotations view follows the active editor in text order.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/policyAnnotatorApi';
import { extensionApi, workspaceUri } from './support/extensionApi';
import {
  annotate,
  childrenOf,
  descriptionOf,
  findCode,
  labelOf,
  removeDocuments,
  segmentsOf,
  tooltipOf,
  writeDocument,
  writeText,
} from './support/annotationViews';
import { waitFor } from './support/waitFor';

const TEXT = [
  'Energy ties come first.',
  '',
  'Rosatom will build a nuclear plant in Vietnam,\nand Moscow offers fuel on credit.',
  '',
  'Malaysia chairs ASEAN in 2025 and sets the agenda.',
  '',
].join('\n');
const NUCLEAR = 'Rosatom will build a nuclear plant in Vietnam,\nand Moscow offers fuel on credit.';
const CHAIR = 'Malaysia chairs ASEAN in 2025';
const FIRST = 'Energy ties come first.';

let run = 0;

describe('annotation views: Codes and Annotations', function () {
  this.timeout(90_000);
  let api: PolicyAnnotatorApi;
  let names: string[] = [];
  const doc = (suffix: string): string => {
    const name = `trees-view-${run}-${suffix}.txt`;
    names.push(name);
    return name;
  };

  before(async () => {
    api = await extensionApi();
    await api.annotations.ready;
  });
  beforeEach(() => {
    run++;
    names = [];
  });
  afterEach(async () => {
    await removeDocuments(names);
  });

  it('shows each code with its count and its coded segments; a click selects the passage', async () => {
    const name = doc('a');
    const uri = await writeDocument(api, name, TEXT);
    const nuclear = await annotate(api, name, NUCLEAR, ['energy-nuclear'], 'plant and fuel');
    await annotate(api, name, CHAIR, ['energy-nuclear', 'diplomacy-chairmanship']);
    await waitFor(
      async () => descriptionOf((await findCode(api, 'energy-nuclear'))?.item ?? ({} as vscode.TreeItem)) === '2',
      15_000,
      'energy-nuclear counts 2',
    );
    const energy = await findCode(api, 'energy');
    assert.equal(energy && descriptionOf(energy.item), '0 (2)', 'the parent counts the segments below it once each');
    assert.equal(energy && labelOf(energy.item), 'Energy trade & cooperation');
    assert.ok(
      energy?.item.iconPath instanceof vscode.Uri && energy.item.iconPath.path.endsWith('/a7670e.svg'),
      'a swatch of the code colour',
    );
    assert.match(tooltipOf(energy!.item), /Russia as energy exporter/);

    const segments = await segmentsOf(api, 'energy-nuclear', [uri]);
    assert.deepEqual(
      segments.map((s) => labelOf(s.item)),
      ['Rosatom will build a nuclear plant in Vietnam, and Moscow…', CHAIR],
    );
    assert.deepEqual(
      segments.map((s) => descriptionOf(s.item)),
      [`${name}:3`, `${name}:6`],
    );
    assert.equal(segments[0].item.contextValue, 'annotation');
    assert.deepEqual(segments[0].node.kind === 'annotation' && [segments[0].node.documentUri, segments[0].node.annotationId], [
      uri.toString(),
      nuclear,
    ]);
    assert.match(tooltipOf(segments[0].item), /plant and fuel/);

    const command = segments[0].item.command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString());
    const start = TEXT.indexOf(NUCLEAR);
    assert.deepEqual(
      [editor!.document.offsetAt(editor!.selection.start), editor!.document.offsetAt(editor!.selection.end)],
      [start, start + NUCLEAR.length],
    );
  });

  it('groups codes the codebook does not define under "Not in codebook"', async () => {
    const name = doc('b');
    const uri = await writeDocument(api, name, TEXT);
    await annotate(api, name, FIRST, ['zz-not-a-code-yet', 'energy']);
    await waitFor(
      async () => (await childrenOf(api.annotationTrees.codes.provider)).some((r) => labelOf(r.item) === 'Not in codebook'),
      15_000,
      'group shown',
    );
    const group = (await childrenOf(api.annotationTrees.codes.provider)).find((r) => labelOf(r.item) === 'Not in codebook')!;
    const unknown = (await childrenOf(api.annotationTrees.codes.provider, group.node)).find((c) => labelOf(c.item) === 'zz-not-a-code-yet');
    assert.ok(unknown, 'the unknown code is listed');
    assert.equal(descriptionOf(unknown.item), '1');
    assert.equal(unknown.item.contextValue, 'code.unknown');
    const segment = await childrenOf(api.annotationTrees.codes.provider, unknown.node);
    assert.deepEqual(
      segment.map((s) => [labelOf(s.item), s.node.kind === 'annotation' && s.node.documentUri]),
      [[FIRST, uri.toString()]],
    );
  });

  it("lists the active document's annotations in text order, orphans last, and follows the active editor", async () => {
    const a = doc('c');
    const b = doc('d');
    const uriA = await writeDocument(api, a, TEXT);
    const uriB = await writeDocument(api, b, TEXT);
    await annotate(api, a, CHAIR, ['diplomacy-chairmanship']);
    await annotate(api, a, FIRST, ['energy', 'zz-unknown']);
    // An orphan: a sidecar annotation whose quote the document does not hold.
    const sidecar = await vscode.workspace.fs.readFile(workspaceUri(`${a}.annotations.yaml`));
    const orphan =
      '  - id: orphan-1\n    codes: [energy]\n    note: gone\n    target: { exact: "a sentence deleted long ago", start: 3, end: 30 }\n';
    await writeText(`${a}.annotations.yaml`, new TextDecoder().decode(sidecar) + orphan);
    await annotate(api, b, NUCLEAR, ['energy-nuclear']);
    await waitFor(() => api.annotations.annotations.state(uriA)?.live.get('orphan-1')?.status === 'orphaned', 15_000, 'orphan read');

    const view = api.annotationTrees.annotations;
    await vscode.window.showTextDocument(uriA);
    await waitFor(async () => (await childrenOf(view.provider)).length === 3, 15_000, 'three annotations of A');
    const shown = await childrenOf(view.provider);
    assert.deepEqual(
      shown.map((s) => labelOf(s.item)),
      [FIRST, CHAIR, 'a sentence deleted long ago'],
    );
    assert.deepEqual(
      shown.map((s) => descriptionOf(s.item)),
      ['Energy trade & cooperation, zz-unknown', 'Chairmanship & hosting', 'Energy trade & cooperation'],
    );
    assert.equal(view.view.description, a);
    assert.equal(view.view.message, undefined);

    await vscode.window.showTextDocument(uriB);
    await waitFor(
      async () =>
        (await childrenOf(view.provider)).map((s) => labelOf(s.item)).join() ===
        'Rosatom will build a nuclear plant in Vietnam, and Moscow…',
      15_000,
      'B shown',
    );
    assert.equal(view.view.description, b);

    const c = doc('e');
    await vscode.window.showTextDocument(await writeDocument(api, c, TEXT));
    await waitFor(() => view.view.message?.includes(`No annotations in ${c}`) === true, 15_000, 'empty-state message');
    assert.deepEqual(await childrenOf(view.provider), []);
  });
});
