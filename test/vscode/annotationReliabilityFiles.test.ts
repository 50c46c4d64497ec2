// Sidecars follow their documents and survive other writers (issue 5, points 4 and 7): a document
// renamed in the editor takes its sidecar along (its `document:` field follows), and annotations
// added at the same time by this window, another window (its own atomic store, merging by id)
// and a hand edit are all kept.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { NodeAtomicFileStore } from '../../src/node/nodeAtomicFileStore';
import { createTarget } from '../../src/core/anchoring';
import { saveSidecar } from '../../src/core/sidecars/saveSidecar';
import { loadSidecar } from '../../src/core/sidecars/sidecarLoad';
import type { AnnotationService } from '../../src/services/annotations/annotationService';
import { annotationSuite, sidecarOf, type AnnotatedFile } from './support/annotatedFiles';
import { workspaceUri } from './support/extensionApi';
import { LAST, LONG, QUOTE, SENTENCE, TEXT } from './support/reliabilityText';
import { waitFor } from './support/waitFor';

describe('annotation reliability: renames and other writers', function () {
  this.timeout(60_000);
  const suite = annotationSuite();
  let service: AnnotationService;
  before(() => {
    service = suite.service;
  });

  async function annotated(prefix: string): Promise<AnnotatedFile> {
    const file = suite.file(prefix);
    await file.create(suite.api, TEXT);
    await file.writeSidecar(sidecarOf(file, TEXT, [QUOTE]));
    await waitFor(() => service.state(file.uri)?.live.get('a0')?.status === 'anchored', 15_000, 'sidecar read');
    return file;
  }

  it('a renamed document takes its sidecar along, and its document field follows', async () => {
    const file = await annotated('reliability-rename');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file.uri));
    const renamed = suite.file('reliability-renamed');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(file.uri, renamed.uri);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    await waitFor(
      async () => (await renamed.sidecarText()) !== undefined && (await file.sidecarText()) === undefined,
      15_000,
      'sidecar moved',
    );
    await waitFor(async () => (await renamed.sidecar()).topFields.document === renamed.name, 15_000, 'document field updated');
    const moved = await renamed.sidecar();
    assert.deepEqual([moved.readOnly, moved.ids, moved.get('a0')?.target.exact], [false, ['a0'], QUOTE]);
    await waitFor(() => service.state(renamed.uri)?.live.get('a0')?.status === 'anchored', 15_000, 'anchored under the new name');
    assert.equal(
      service.documents().some((s) => s.id === file.id),
      false,
      'nothing left under the old name',
    );
  });

  it('this window, another window and a hand edit add annotations at the same time: all are kept', async () => {
    const file = await annotated('reliability-writers');
    const doc = await vscode.workspace.openTextDocument(file.uri);
    const relative = vscode.workspace.asRelativePath(file.sidecarUri, false);
    // Another window read the sidecar before this window's change, and saves through its own store.
    const other = new NodeAtomicFileStore(workspaceUri('').fsPath);
    const read = (await other.read(relative))!;
    const theirs = loadSidecar(read.text, relative);
    const at = TEXT.indexOf(LONG);
    theirs.add({ id: 'other-window', codes: ['sanctions'], target: createTarget(TEXT, at, at + LONG.length) });
    const start = TEXT.indexOf(SENTENCE);
    const [ours, saved] = await Promise.all([
      service.add(doc, start, start + SENTENCE.length, { codes: ['hedging'] }),
      saveSidecar(other, relative, theirs, read.version),
    ]);
    assert.equal(saved.ok, true);
    // A hand edit appends an item to whatever is on disk now.
    const last = TEXT.indexOf(LAST);
    const hand = `  - id: by-hand\n    codes: [hedging]\n    target: {exact: "${LAST}", start: ${last}, end: ${last + LAST.length}}\n`;
    await file.writeSidecar(`${(await file.sidecarText())!}${hand}`);
    const mine = await service.add(doc, 0, 5, { codes: ['hedging'] });
    const ids = ['a0', ours, 'other-window', 'by-hand', mine];
    const final = await file.sidecar();
    assert.deepEqual(
      ids.map((id) => final.get(id) !== undefined),
      ids.map(() => true),
      final.ids.join(),
    );
    await waitFor(() => ids.every((id) => service.state(file.uri)?.live.get(id)?.status === 'anchored'), 15_000, 'all shown, anchored');
  });

  it('the sidecar deleted on disk: its annotations go from view, nothing is written back; the next tag starts a new one', async () => {
    const file = await annotated('reliability-sidecar-deleted');
    await vscode.workspace.fs.delete(file.sidecarUri);
    await waitFor(() => service.state(file.uri)?.model === undefined, 15_000, 'deletion seen');
    assert.deepEqual([service.state(file.uri)?.live.all.length, service.documents().some((s) => s.id === file.id)], [0, false]);
    assert.equal(await file.sidecarText(), undefined, 'not recreated');
    const doc = await vscode.workspace.openTextDocument(file.uri);
    const start = TEXT.indexOf(LONG);
    const id = await service.add(doc, start, start + LONG.length, { codes: ['hedging'] });
    assert.deepEqual((await file.sidecar()).ids, [id]);
  });
});
