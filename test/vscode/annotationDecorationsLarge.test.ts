// Tagged passages on a 2 MB document: 500 annotations (a fifth nested in another) in the sample
// codebook's colours, all drawn at their live places, kept right while typing; typing on one line
// re-sends only the decoration groups whose ranges it moved. Prints how long a paint takes (a
// measurement for the README, never an assertion: the machine is shared).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { withoutAutoSave } from './support/autoSave';
import { AnchorText } from '../../src/core/anchoring';
import { createTarget } from '../../src/core/anchoring/createTarget';
import type { PolicyAnnotatorApi } from '../../src/policyAnnotatorApi';
import { liveRange, rangeText, removeDocument, sidecarOf, sidecarText, waitForPassages, writeText } from './support/annotatedDocuments';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { largeSampleText, median, print } from './support/measure';
import { waitFor } from './support/waitFor';

const SIZE = 2 * 1024 * 1024;
const OUTER = 400;
const NAME = 'large-2mb-tagged.txt';

/** 400 passages spread over the text at word boundaries, and one nested in every fourth. */
function passages(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const stride = Math.floor(text.length / OUTER);
  for (let i = 0; i < OUTER; i++) {
    const start = text.indexOf(' ', i * stride) + 1;
    const end = text.indexOf(' ', start + 60 + ((i * 37) % 240));
    out.push({ start, end });
    if (i % 4 === 0) out.push({ start: text.indexOf(' ', start + 10) + 1, end: text.lastIndexOf(' ', end - 10) });
  }
  return out;
}

function placesMatchLive(api: PolicyAnnotatorApi, editor: vscode.TextEditor): void {
  const applied = api.annotationDecorations.applied(editor)!;
  const expected = applied.places.map((p) => rangeText(liveRange(api, editor.document, p.id)!));
  assert.deepEqual(
    applied.places.map((p) => rangeText(p.range)),
    expected,
    'every passage at its live place',
  );
}

describe('annotation decorations: a 2 MB document', function () {
  this.timeout(180_000);

  it('draws 500 passages at their live places and follows typing, re-sending only what moved (measured)', () =>
    withoutAutoSave(async () => {
      const api = await extensionApi();
      await api.annotations.ready;
      const uri = workspaceUri(NAME);
      const text = await largeSampleText(SIZE);
      try {
        await writeText(uri, text);
        await waitFor(() => api.corpus.index.document(uri.toString()) !== undefined, 30_000, 'indexed');
        const anchorText = AnchorText.of(text);
        const codes = [...api.annotations.codebook.codebook.byId.keys()];
        const tags = passages(text).map((p, i) => ({
          id: `p${i}`,
          codes: [codes[i % codes.length]],
          target: createTarget(anchorText, p.start, p.end),
        }));
        assert.equal(tags.length, 500);
        const editor = await vscode.window.showTextDocument(uri);
        await writeText(sidecarOf(uri), sidecarText(NAME, tags));
        const opened = await waitForPassages(api, editor, (a) => a.places.length === 500, '500 passages', 60_000);
        assert.equal(opened.places.filter((p) => p.look === 'nested').length, 100);
        assert.equal(new Set(opened.places.map((p) => p.color)).size, Math.min(codes.length, 500), 'each code in its own colour');
        placesMatchLive(api, editor);
        const first = api.annotationDecorations.paints.at(-1)!;

        // Typing at the start of a passage's line moves the passages of that line only.
        const typing: Array<{ ms: number; sent: number; groups: number }> = [];
        for (let k = 0; k < 5; k++) {
          const line = opened.places[100 + k * 50].range.start.line;
          await editor.edit((e) => e.insert(new vscode.Position(line, 0), 'x'));
          await waitForPassages(api, editor, (a) => a.places.length === 500, `typed on line ${line}`);
          const paint = api.annotationDecorations.paints.at(-1)!;
          assert.ok(paint.sent >= 1 && paint.sent < paint.groups / 4, `line ${line}: ${paint.sent} of ${paint.groups} groups re-sent`);
          typing.push(paint);
        }
        placesMatchLive(api, editor);
        // A line break at the top moves every passage: every group is re-sent.
        await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'A new first line.\n'));
        await waitForPassages(api, editor, (a) => a.places.length === 500, 'line inserted at the top');
        const moved = api.annotationDecorations.paints.at(-1)!;
        assert.equal(moved.sent, moved.groups);
        placesMatchLive(api, editor);

        print(`2 MB document, 500 passages (100 nested) in ${first.groups} decoration groups:`);
        print(`  first paint (plan, positions, setDecorations x ${first.sent}): ${first.ms.toFixed(1)} ms`);
        print(
          `  typing on a passage's line: ${median(typing.map((t) => t.ms)).toFixed(1)} ms, ${median(typing.map((t) => t.sent))} group(s) re-sent (median of 5)`,
        );
        print(`  line inserted at the top: ${moved.ms.toFixed(1)} ms, all ${moved.sent} groups re-sent`);
      } finally {
        await removeDocument(uri);
        await waitFor(() => api.corpus.document(uri) === undefined, 15_000, 'the large document left the index');
      }
    }));
});
