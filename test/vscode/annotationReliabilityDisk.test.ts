// Annotations survive documents changed on disk (issue 5, points 5 and 7): a paragraph inserted,
// a duplicate added, line ends or a BOM changed, the whole text replaced, the file deleted, while
// the document is closed, and while it is open in an editor without unsaved changes (VS Code then
// reloads it). Re-anchoring never writes the sidecar: it changes only when the analyst acts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnnotationService } from '../../src/services/annotations/annotationService';
import { annotationSuite, placeText, sidecarOf, type AnnotatedFile } from './support/annotatedFiles';
import { LAST, LONG, PARAGRAPH, QUOTE, SENTENCE, TEXT } from './support/reliabilityText';
import { waitFor } from './support/waitFor';

const QUOTES = [QUOTE, LONG, SENTENCE, LAST];

describe('annotation reliability: documents changed on disk', function () {
  this.timeout(60_000);
  const suite = annotationSuite();
  let service: AnnotationService;
  let file: AnnotatedFile;
  let sidecarBefore: Uint8Array | undefined;
  before(() => {
    service = suite.service;
  });

  const statuses = (): string[] => (service.state(file.uri)?.live.all ?? []).map((a) => `${a.annotation.id} ${a.status}`);
  const expect = (status: string, count = QUOTES.length): string[] => Array.from({ length: count }, (_, i) => `a${i} ${status}`);

  /** A closed document with a sidecar written by another tool, its annotations anchored. */
  async function annotated(text = TEXT, quotes: readonly string[] = QUOTES): Promise<void> {
    file = suite.file('reliability-disk');
    await file.create(suite.api, text);
    await file.writeSidecar(sidecarOf(file, text, quotes));
    await waitFor(() => statuses().join() === expect('anchored', quotes.length).join(), 15_000, 'sidecar read and anchored');
    sidecarBefore = await file.sidecarBytes();
  }

  async function changeOnDisk(text: string, until: () => boolean, what: string): Promise<void> {
    await file.write(text);
    await waitFor(until, 15_000, what);
    assert.deepEqual(await file.sidecarBytes(), sidecarBefore, 'the sidecar is not written by re-anchoring');
  }

  const liveStart = (id: string): number | undefined => service.state(file.uri)?.live.get(id)?.start;

  it('a paragraph inserted while closed: re-anchored at the new place, anchored', async () => {
    await annotated();
    await changeOnDisk(PARAGRAPH + TEXT, () => liveStart('a0') === PARAGRAPH.length + TEXT.indexOf(QUOTE), 'moved');
    assert.deepEqual(statuses(), expect('anchored'));
  });

  it('a duplicate added while closed: the context decides; the same paragraph copied is a near-tie, ambiguous', async () => {
    await annotated(TEXT, [QUOTE]);
    const other = `Critics say ${QUOTE} is a slogan.\n\n`;
    await changeOnDisk(other + TEXT, () => liveStart('a0') === other.length + TEXT.indexOf(QUOTE), 'kept on its own context');
    assert.deepEqual(statuses(), ['a0 anchored']);
    // The quote's paragraph copied above: its stored place no longer holds it, two places have the same context.
    const paragraph = TEXT.slice(TEXT.lastIndexOf('\n\n', TEXT.indexOf(QUOTE)) + 2, TEXT.indexOf('\n', TEXT.indexOf(QUOTE)) + 2);
    await changeOnDisk(paragraph + TEXT, () => statuses()[0] === 'a0 ambiguous', 'a near-tie is flagged');
    const live = service.state(file.uri)!.live.get('a0')!;
    assert.ok(live.result?.runnerUp, 'the other place is reported');
  });

  for (const [name, form] of [
    ['CRLF', (t: string) => t.replace(/\n/g, '\r\n')],
    ['a BOM', (t: string) => `\uFEFF${t}`],
    ['CRLF and a BOM', (t: string) => `\uFEFF${t.replace(/\n/g, '\r\n')}`],
  ] as const) {
    it(`re-saved with ${name} while closed: no false orphans, places on the quotes`, async () => {
      await annotated();
      // The editor's offsets (UTF-16, line ends as in the file, BOM left out as VS Code does).
      const raw = form(TEXT).replace(/^\uFEFF/, '');
      await changeOnDisk(form(TEXT), () => liveStart('a3') === raw.indexOf(LAST), 'places in the new raw offsets');
      assert.deepEqual(statuses(), expect('anchored'));
      for (const [i, quote] of QUOTES.entries())
        assert.equal(raw.slice(liveStart(`a${i}`), service.state(file.uri)!.live.get(`a${i}`)!.end).replace(/\r\n/g, '\n'), quote);
    });
  }

  it('re-saved with CRLF and a BOM while open (VS Code reloads it): no false orphans or ties, editor places on the quotes', async () => {
    // The quote's paragraph appears twice: only the stored place tells them apart.
    const paragraph = TEXT.slice(TEXT.lastIndexOf('\n\n', TEXT.indexOf(QUOTE)) + 2, TEXT.indexOf('\n', TEXT.indexOf(QUOTE)) + 1);
    const text = `${TEXT}${paragraph}`;
    await annotated(text);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file.uri));
    await file.write(`\uFEFF${text.replace(/\n/g, '\r\n')}`);
    await waitFor(() => editor.document.eol === vscode.EndOfLine.CRLF, 15_000, 'the editor reloaded the file');
    await waitFor(
      () => QUOTES.every((q, i) => placeText(editor.document, service.state(file.uri)?.live.get(`a${i}`))?.replace(/\r\n/g, '\n') === q),
      15_000,
      'places follow the new line ends',
    );
    assert.deepEqual(statuses(), expect('anchored'));
    assert.equal(liveStart('a0'), text.replace(/\n/g, '\r\n').indexOf(QUOTE), 'on the first copy, where it was');
  });

  it('the whole text replaced while closed: every annotation orphaned, none lost, the sidecar untouched', async () => {
    await annotated();
    await changeOnDisk(
      'An entirely different document about fisheries.\n',
      () => statuses().join() === expect('orphaned').join(),
      'all orphaned',
    );
    assert.deepEqual((await file.sidecar()).ids, ['a0', 'a1', 'a2', 'a3']);
  });

  it('the whole text replaced while open (reloaded by the editor): every annotation orphaned, none lost', async () => {
    await annotated();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file.uri));
    await changeOnDisk(
      'An entirely different document about fisheries.\n',
      () => statuses().join() === expect('orphaned').join(),
      'all orphaned',
    );
    assert.equal(editor.document.isDirty, false);
  });

  it('a passage reworded on disk while open: needs review, the stored target unchanged after a save', async () => {
    await annotated();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file.uri));
    const stored = (await file.sidecar()).get('a0')!.target;
    await changeOnDisk(
      TEXT.replace(QUOTE, 'engagement does not mean endorsement'),
      () => statuses()[0] === 'a0 needs-review',
      'proposed for review',
    );
    assert.deepEqual(statuses().slice(1), expect('anchored').slice(1));
    assert.match(placeText(editor.document, service.state(file.uri)?.live.get('a0')) ?? '', /endorsement/);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), ' '));
    await editor.document.save();
    await waitFor(async () => (await file.sidecar()).get('a0')?.status === 'needs-review', 15_000, 'status recorded');
    assert.deepEqual((await file.sidecar()).get('a0')?.target, stored, 'never moved silently');
  });

  it('the document deleted: its annotations stay, orphaned, while the sidecar exists', async () => {
    await annotated();
    await vscode.workspace.fs.delete(file.uri);
    await waitFor(() => statuses().join() === expect('orphaned').join(), 15_000, 'all orphaned');
    assert.ok(
      service.documents().some((s) => s.id === file.id),
      'still listed',
    );
    await service.loadAll();
    assert.deepEqual(statuses(), expect('orphaned'), 'kept by a full reload too');
    assert.deepEqual(await file.sidecarBytes(), sidecarBefore);
    await file.write(TEXT);
    await waitFor(() => statuses().join() === expect('anchored').join(), 15_000, 'anchored again when it comes back');
  });
});
