// Passages whose place is only a proposal (needs review) are drawn apart from the analyst's own
// (dashed, no tint, a "?"), orphans are not drawn, and a code without a colour takes its parent's;
// a colour changed in the codebook repaints and retires the old decoration type.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  documentPerTest,
  dropCodebook,
  extraCodebook,
  SAMPLE_PASSAGE,
  SAMPLE_TEXT,
  sidecarOf,
  sidecarText,
  waitForPassages,
  writeText,
} from './support/annotatedDocuments';
import { workspaceUri } from './support/extensionApi';
import { waitFor } from './support/waitFor';

const codebookYaml = (parentColor: string): string => `codes:
  - id: passage-test-parent
    name: Passage test parent
    color: "${parentColor}"
    children:
      - id: passage-test-child
        name: Passage test child
`;

describe('annotation decorations: proposals and inherited colours', function () {
  this.timeout(90_000);
  const fixture = documentPerTest('annotation-proposals');

  it('draws a needs-review place as a proposal and leaves an orphan undrawn', async () => {
    const editor = await vscode.window.showTextDocument(fixture.doc());
    await writeText(
      sidecarOf(fixture.doc()),
      sidecarText(fixture.name(), [
        // The quote is there, but nothing around it matches: a proposal, not the analyst's place.
        {
          id: 'proposed',
          codes: ['hedging'],
          target: { exact: SAMPLE_PASSAGE, prefix: 'an entirely different lead-in ', suffix: ' and an unrelated ending' },
        },
        { id: 'lost', codes: ['hedging'], target: { exact: 'a sentence this document never had', prefix: '', suffix: '' } },
      ]),
    );
    const live = (id: string): string | undefined => fixture.api().annotations.annotations.state(fixture.doc())?.live.get(id)?.status;
    await waitFor(
      () => live('proposed') === 'needs-review' && live('lost') === 'orphaned',
      15_000,
      `statuses: ${live('proposed')}, ${live('lost')}`,
    );
    const applied = await waitForPassages(fixture.api(), editor, (a) => a.places.length === 1, 'the proposal drawn');
    assert.deepEqual(
      [applied.places[0].id, applied.places[0].look, editor.document.getText(applied.places[0].range)],
      ['proposed', 'proposed', SAMPLE_PASSAGE],
    );
    const options = fixture.api().annotationDecorations.renderOptions('#3177c6/proposed');
    assert.equal(options?.borderStyle, 'dashed');
    assert.equal(options?.backgroundColor, undefined, 'no tint');
    assert.equal(options?.after?.contentText, '?');
    const gutter = options?.gutterIconPath as vscode.Uri;
    assert.ok(atob(gutter.toString(true).split(',')[1]).includes('<circle'), 'a "?" mark in the gutter');
  });

  it("gives a code without a colour its parent's, and repaints when the codebook changes it", async () => {
    const folder = workspaceUri(`passage-codes-${run}`);
    const ids = ['passage-test-parent', 'passage-test-child'];
    try {
      await extraCodebook(fixture.api(), folder, codebookYaml('#123456'), ids);
      const editor = await vscode.window.showTextDocument(fixture.doc());
      const start = SAMPLE_TEXT.indexOf(SAMPLE_PASSAGE);
      await fixture
        .api()
        .annotations.annotations.add(editor.document, start, start + SAMPLE_PASSAGE.length, { codes: ['passage-test-child'] });
      const first = await waitForPassages(fixture.api(), editor, (a) => a.places.length === 1, 'tagged');
      assert.equal(first.places[0].color, '#123456', "the parent's colour");
      assert.ok(fixture.api().annotationDecorations.typeKeys.includes('#123456/plain'));
      await writeText(vscode.Uri.joinPath(folder, 'codebook.yaml'), codebookYaml('#abcdef'));
      await waitForPassages(fixture.api(), editor, (a) => a.places[0]?.color === '#abcdef', 'recoloured');
      assert.ok(!fixture.api().annotationDecorations.typeKeys.includes('#123456/plain'), "the old colour's type is disposed");
    } finally {
      await dropCodebook(fixture.api(), folder, ids);
    }
  });
});
