// The annotation service in the real editor: an annotation added to a corpus document creates
// its sidecar, follows typing, records its new place when the document is saved, and can be
// deleted and restored; a sidecar changed on disk is re-read.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { loadSidecar } from '../../src/core/sidecars/sidecarLoad';
import type { PolicyAnnotatorApi } from '../../src/policyAnnotatorApi';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { waitFor } from './support/waitFor';

// A new file name for each test: VS Code may keep a closed document's text for a while.
let DOC = 'annotation-service-0.txt';
let run = 0;
const TEXT = 'First paragraph about ASEAN.\n\nRussia seeks partners in Southeast Asia, and ASEAN hedges.\n';
const PASSAGE = 'Russia seeks partners in Southeast Asia';

async function readSidecar(): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(`${DOC}.annotations.yaml`)));
  } catch {
    return undefined;
  }
}

describe('annotation service', function () {
  this.timeout(60_000);
  let api: PolicyAnnotatorApi;
  const docUri = (): vscode.Uri => workspaceUri(DOC);

  before(async () => {
    api = await extensionApi();
    await api.annotations.ready;
  });

  beforeEach(async () => {
    DOC = `annotation-service-${++run}.txt`;
    await vscode.workspace.fs.writeFile(docUri(), new TextEncoder().encode(TEXT));
    await waitFor(() => api.corpus.index.document(docUri().toString()) !== undefined, 10_000, 'document indexed');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of [DOC, `${DOC}.annotations.yaml`])
      await vscode.workspace.fs.delete(workspaceUri(name)).then(undefined, () => undefined);
  });

  it('creates the sidecar on the first annotation, with the quote, context and code point positions', async () => {
    const doc = await vscode.workspace.openTextDocument(docUri());
    const start = TEXT.indexOf(PASSAGE);
    const id = await api.annotations.annotations.add(doc, start, start + PASSAGE.length, {
      codes: ['hedging'],
      note: 'a <b>note</b>',
      author: 'tester',
    });
    const text = await readSidecar();
    assert.ok(text, 'sidecar written');
    const model = loadSidecar(text, 'sidecar');
    assert.equal(model.readOnly, false);
    const saved = model.get(id);
    assert.deepEqual(
      [saved?.target.exact, saved?.target.start, saved?.target.end, saved?.codes, saved?.note],
      [PASSAGE, start, start + PASSAGE.length, ['hedging'], 'a <b>note</b>'],
    );
    assert.equal(model.topFields.document, DOC);
    const live = api.annotations.annotations.state(docUri())?.live.get(id);
    assert.deepEqual([live?.status, live?.start, live?.end], ['anchored', start, start + PASSAGE.length]);
  });

  it('shifts the place while typing and records it when the document is saved', async () => {
    const doc = await vscode.workspace.openTextDocument(docUri());
    const editor = await vscode.window.showTextDocument(doc);
    const start = TEXT.indexOf(PASSAGE);
    const id = await api.annotations.annotations.add(doc, start, start + PASSAGE.length, { codes: ['hedging'] });
    const inserted = 'A new opening paragraph.\n\n';
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), inserted));
    const live = api.annotations.annotations.state(docUri())?.live.get(id);
    assert.deepEqual([live?.start, live?.end], [start + inserted.length, start + inserted.length + PASSAGE.length], 'shifted live');
    assert.equal(loadSidecar((await readSidecar())!, 's').get(id)?.target.start, start, 'not written before the save');
    await doc.save();
    await waitFor(
      async () => loadSidecar((await readSidecar()) ?? '', 's').get(id)?.target.start === start + inserted.length,
      10_000,
      'place recorded on save',
    );
    assert.equal(loadSidecar((await readSidecar())!, 's').get(id)?.target.exact, PASSAGE, 'quote unchanged');
  });

  it('deletes an annotation and restores it exactly', async () => {
    const doc = await vscode.workspace.openTextDocument(docUri());
    const start = TEXT.indexOf(PASSAGE);
    const service = api.annotations.annotations;
    const id = await service.add(doc, start, start + PASSAGE.length, { codes: ['hedging'], note: 'memo' });
    const before = await readSidecar();
    const removed = await service.remove(docUri(), id);
    assert.equal(loadSidecar((await readSidecar())!, 's').get(id), undefined, 'deleted on disk');
    assert.equal(service.state(docUri())?.live.get(id), undefined, 'deleted live');
    await service.restore(removed);
    const restored = loadSidecar((await readSidecar())!, 's').get(id);
    assert.deepEqual([restored?.note, restored?.target.exact], ['memo', PASSAGE]);
    assert.equal((await readSidecar())?.length, before?.length, 'same bytes back');
  });

  it('re-reads a sidecar changed on disk and keeps both sides when a write races it', async () => {
    const doc = await vscode.workspace.openTextDocument(docUri());
    const service = api.annotations.annotations;
    const start = TEXT.indexOf(PASSAGE);
    const first = await service.add(doc, start, start + PASSAGE.length, { codes: ['hedging'] });
    // Another window adds an annotation to the same sidecar.
    const other = loadSidecar((await readSidecar())!, 's');
    other.add({
      id: 'from-elsewhere',
      codes: ['sanctions'],
      target: { exact: 'ASEAN hedges', start: TEXT.indexOf('ASEAN hedges'), end: TEXT.indexOf('ASEAN hedges') + 12 },
    });
    await vscode.workspace.fs.writeFile(workspaceUri(`${DOC}.annotations.yaml`), new TextEncoder().encode(other.toText()));
    // This window adds one too, possibly before its watcher saw the other write: both must land.
    const ours = await service.add(doc, 0, 5, { codes: ['hedging'] });
    const final = loadSidecar((await readSidecar())!, 's');
    assert.deepEqual(
      [first, 'from-elsewhere', ours].map((id) => final.get(id) !== undefined),
      [true, true, true],
    );
    await waitFor(
      () => service.state(docUri())?.live.get('from-elsewhere')?.status === 'anchored',
      10_000,
      "the other window's annotation shown",
    );
  });

  it('refuses to overwrite an annotation changed elsewhere while it was being edited, and a passage whose text moved meanwhile', async () => {
    const doc = await vscode.workspace.openTextDocument(docUri());
    const service = api.annotations.annotations;
    const start = TEXT.indexOf(PASSAGE);
    const id = await service.add(doc, start, start + PASSAGE.length, { codes: ['hedging'], note: 'memo' });
    const seen = service.state(docUri())!.live.get(id)!.annotation;
    // Another window changes the codes while this one's pick is open.
    const other = loadSidecar((await readSidecar())!, 's');
    other.update(id, { codes: ['sanctions'] });
    await vscode.workspace.fs.writeFile(workspaceUri(`${DOC}.annotations.yaml`), new TextEncoder().encode(other.toText()));
    await assert.rejects(service.update(docUri(), id, { codes: ['hedging', 'mine'] }, seen), /changed elsewhere/);
    assert.deepEqual(loadSidecar((await readSidecar())!, 's').get(id)?.codes, ['sanctions'], "the other window's codes kept");
    // The passage the analyst selected is no longer at those offsets when the write comes.
    const before = await readSidecar();
    await assert.rejects(service.add(doc, 0, 5, { codes: ['hedging'], expectedText: 'Russi' }), /text changed/);
    assert.equal(await readSidecar(), before, 'nothing written');
  });

  it('shows a sidecar that is not UTF-8 as a located problem, read-only, its bytes untouched', async () => {
    const doc = await vscode.workspace.openTextDocument(docUri());
    const sidecarUri = workspaceUri(`${DOC}.annotations.yaml`);
    const bytes = new Uint8Array([...new TextEncoder().encode(`version: 1\ndocument: ${DOC}\nannotations: []\n# caf`), 0xe9, 0x0a]);
    await vscode.workspace.fs.writeFile(sidecarUri, bytes);
    const service = api.annotations.annotations;
    await service.reload(docUri());
    await waitFor(() => vscode.languages.getDiagnostics(sidecarUri).length > 0, 10_000, 'problem reported');
    const [problem] = vscode.languages.getDiagnostics(sidecarUri);
    assert.deepEqual([problem.range.start.line, problem.range.start.character, problem.code], [3, 5, 'not-utf8']);
    assert.equal(service.state(docUri())?.readOnly, true);
    await assert.rejects(service.add(doc, 0, 5, { codes: ['hedging'] }), /read-only/);
    assert.deepEqual([...(await vscode.workspace.fs.readFile(sidecarUri))], [...bytes], 'bytes untouched');
  });
});
