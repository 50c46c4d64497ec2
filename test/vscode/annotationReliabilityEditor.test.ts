// Annotations survive edits made in the editor (issue 5, points 5 and 7): a paragraph inserted
// before a passage shifts it silently, a typo fixed inside a quote re-anchors it without rewriting
// the quote, a deleted sentence leaves an orphan that is kept (and comes back on undo), a
// reworded passage is proposed for review and never moved silently, a pasted duplicate does not
// steal the annotation, and positions count code points after an emoji.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { AnchorText, reanchor } from '../../src/core/anchoring';
import type { AnnotationService } from '../../src/services/annotations/annotationService';
import { annotationSuite, placeText, type AnnotatedFile } from './support/annotatedFiles';
import { LONG, PARAGRAPH, QUOTE, SENTENCE, TEXT } from './support/reliabilityText';
import { waitFor } from './support/waitFor';

describe('annotation reliability: edits in the editor', function () {
  this.timeout(60_000);
  const suite = annotationSuite();
  let service: AnnotationService;
  let file: AnnotatedFile;

  before(async () => {
    service = suite.service;
    // The host saves after a second by default: these tests save when they mean to.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
  });

  /** A new document holding `text`, open in an editor, with an annotation on `quote`. */
  async function tagged(text: string, quote: string): Promise<{ editor: vscode.TextEditor; id: string; start: number }> {
    file = suite.file('reliability-editor');
    await file.create(suite.api, text);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file.uri));
    const start = text.indexOf(quote);
    const id = await service.add(editor.document, start, start + quote.length, { codes: ['hedging'] });
    return { editor, id, start };
  }

  const live = (id: string) => service.state(file.uri)?.live.get(id);
  /** Waits until the service has finished what it queued for the document (a write after a save). */
  const settled = (): Promise<void> => service.state(file.uri)!.serial(async () => undefined);
  const insertAt = (editor: vscode.TextEditor, offset: number, text: string): Thenable<boolean> =>
    editor.edit((b) => b.insert(editor.document.positionAt(offset), text));
  const replace = (editor: vscode.TextEditor, from: number, to: number, text: string): Thenable<boolean> =>
    editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(from), editor.document.positionAt(to)), text));

  it('a paragraph inserted before the passage: shifted silently, the new place written on save, the quote unchanged', async () => {
    const { editor, id, start } = await tagged(TEXT, QUOTE);
    await insertAt(editor, 0, PARAGRAPH);
    assert.deepEqual([live(id)?.status, live(id)?.edited, placeText(editor.document, live(id))], ['anchored', false, QUOTE]);
    assert.equal((await file.sidecar()).get(id)?.target.start, start, 'nothing written before the save');
    await editor.document.save();
    await waitFor(async () => (await file.sidecar()).get(id)?.target.start === start + PARAGRAPH.length, 10_000, 'new place recorded');
    const stored = (await file.sidecar()).get(id);
    assert.deepEqual(
      [stored?.target.exact, stored?.target.end, stored?.status],
      [QUOTE, start + PARAGRAPH.length + QUOTE.length, 'anchored'],
    );
  });

  it('a typo fixed inside a long quote: re-anchored where it is, the stored quote never rewritten', async () => {
    const typo = LONG.replace('conscious', 'concsious');
    const { editor, id } = await tagged(TEXT.replace(LONG, typo), typo);
    const at = editor.document.getText().indexOf('concsious');
    await replace(editor, at, at + 'concsious'.length, 'conscious');
    await waitFor(() => live(id)?.edited === false, 10_000, 're-anchored after the pause');
    const expected = reanchor(AnchorText.of(editor.document.getText()), (await file.sidecar()).get(id)!.target);
    assert.deepEqual(
      [live(id)?.status, expected.status],
      ['anchored', 'anchored'],
      'what the core promises: one transposition in 90 characters stays anchored',
    );
    assert.equal(placeText(editor.document, live(id)), LONG);
    await editor.document.save();
    await waitFor(
      async () =>
        (await file.sidecar()).get(id)?.target.start === expected.range?.start &&
        (await file.sidecar()).get(id)?.target.end === expected.range?.end,
      10_000,
      'place recorded',
    );
    assert.equal((await file.sidecar()).get(id)?.target.exact, typo, "the quote is the analyst's: not rewritten");
  });

  it('a typo fixed inside a short quote: needs review with a proposed place; the stored target is kept', async () => {
    const { editor, id, start } = await tagged(TEXT.replace('Malaysia', 'Malaysa'), 'Malaysa');
    const before = (await file.sidecar()).get(id)!.target;
    await insertAt(editor, start + 'Malays'.length, 'i');
    await waitFor(() => live(id)?.edited === false, 10_000, 're-anchored after the pause');
    assert.deepEqual([live(id)?.status, placeText(editor.document, live(id))], ['needs-review', 'Malaysia']);
    await editor.document.save();
    await waitFor(async () => (await file.sidecar()).get(id)?.status === 'needs-review', 10_000, 'status recorded');
    assert.deepEqual((await file.sidecar()).get(id)?.target, before, 'stored target unchanged');
    assert.deepEqual([before.exact, before.start], ['Malaysa', start]);
  });

  it('the quoted sentence deleted: orphaned and kept (sidecar and live); undo brings it back', async () => {
    const { editor, id, start } = await tagged(TEXT, SENTENCE);
    await replace(editor, start, start + SENTENCE.length + 2, '');
    await waitFor(() => live(id)?.status === 'orphaned', 10_000, 'orphaned');
    assert.equal(live(id)?.start, undefined, 'no place');
    await editor.document.save();
    await waitFor(async () => (await file.sidecar()).get(id)?.status === 'orphaned', 10_000, 'orphan recorded');
    const stored = (await file.sidecar()).get(id);
    assert.deepEqual([stored?.target.exact, stored?.target.start], [SENTENCE, start], 'target kept as it was');
    await settled();
    assert.equal(live(id)?.status, 'orphaned');
    await vscode.commands.executeCommand('undo');
    await waitFor(() => live(id)?.status === 'anchored', 10_000, 'found again after undo');
    assert.equal(placeText(editor.document, live(id)), SENTENCE);
  });

  it('a reworded passage: needs review with a proposed place, not moved silently, even after a save', async () => {
    const { editor, id, start } = await tagged(TEXT, QUOTE);
    const before = (await file.sidecar()).get(id)!.target;
    await replace(editor, start, start + QUOTE.length, 'engagement does not mean endorsement');
    await waitFor(() => live(id)?.edited === false, 10_000, 're-anchored after the pause');
    assert.equal(live(id)?.status, 'needs-review');
    assert.match(placeText(editor.document, live(id)) ?? '', /endorsement/, 'proposed place on the new words');
    await editor.document.save();
    await waitFor(async () => (await file.sidecar()).get(id)?.status === 'needs-review', 10_000, 'status recorded');
    assert.deepEqual((await file.sidecar()).get(id)?.target, before, 'stored target unchanged');
  });

  it('the paragraph pasted again above: the annotation stays on its own text', async () => {
    const { editor, id, start } = await tagged(TEXT, QUOTE);
    const paragraph = TEXT.slice(TEXT.lastIndexOf('\n\n', start) + 2, TEXT.indexOf('\n', start) + 1);
    await insertAt(editor, 0, `${paragraph}\n`);
    await editor.document.save();
    await waitFor(async () => (await file.sidecar()).get(id)?.target.start === start + paragraph.length + 1, 10_000, 'new place recorded');
    assert.deepEqual([live(id)?.status, live(id)?.start], ['anchored', start + paragraph.length + 1]);
  });

  it('an emoji before the passage: the sidecar counts code points, the editor place is right', async () => {
    const { editor, id, start } = await tagged(TEXT, QUOTE);
    await insertAt(editor, 0, '🌏 🇷🇺 ');
    assert.equal(placeText(editor.document, live(id)), QUOTE);
    await editor.document.save();
    const codePoints = [...'🌏 🇷🇺 '].length;
    await waitFor(async () => (await file.sidecar()).get(id)?.target.start === start + codePoints, 10_000, 'code point offset recorded');
    assert.equal(live(id)?.start, start + '🌏 🇷🇺 '.length, 'the editor counts UTF-16 units');
  });

  it('a CRLF document: tagged, shifted and saved in code points of the normalised text (a line end counts once)', async () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const { editor, id, start } = await tagged(crlf, QUOTE);
    assert.equal(editor.document.eol, vscode.EndOfLine.CRLF);
    const normalisedStart = TEXT.indexOf(QUOTE);
    assert.deepEqual(
      [(await file.sidecar()).get(id)?.target.start, (await file.sidecar()).get(id)?.target.exact],
      [normalisedStart, QUOTE],
    );
    await insertAt(editor, 0, 'Title\r\n\r\n');
    assert.deepEqual([live(id)?.start, placeText(editor.document, live(id))], [start + 9, QUOTE]);
    await editor.document.save();
    await waitFor(async () => (await file.sidecar()).get(id)?.target.start === normalisedStart + 7, 10_000, 'code point offset recorded');
  });
});
