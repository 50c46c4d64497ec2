import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { NodeAtomicFileStore } from '../../../src/node/nodeAtomicFileStore';
import { NotUtf8Error } from '../../../src/core/base/ports';
import { saveSidecar, type SaveOutcome } from '../../../src/core/sidecars/saveSidecar';
import { loadSidecar, newSidecar } from '../../../src/core/sidecars/sidecarLoad';
import { HAND_WRITTEN } from '../helpers/sidecarTexts';

const FILE = 'report.txt.annotations.yaml';

function saved(outcome: SaveOutcome): Extract<SaveOutcome, { ok: true }> {
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.reason);
  return outcome;
}

describe('saving a sidecar (plan, merge, atomic write)', () => {
  let root: string;
  let store: NodeAtomicFileStore;
  const onDisk = (): Promise<string> => readFile(path.join(root, FILE), 'utf8');

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'pa-save-'));
    store = new NodeAtomicFileStore(root);
    await writeFile(path.join(root, FILE), HAND_WRITTEN);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** A window that read the sidecar from disk. */
  async function open() {
    const read = await store.read(FILE);
    return { model: loadSidecar(read!.text, FILE), version: read!.version };
  }

  it('two windows adding annotations to one sidecar: both are kept', async () => {
    const one = await open();
    const two = await open();
    one.model.add({ id: 'from-one', codes: ['hedging'], target: { exact: 'one' } });
    two.model.add({ id: 'from-two', codes: ['realism'], target: { exact: 'two' } });
    const first = saved(await saveSidecar(store, FILE, one.model, one.version));
    assert.deepEqual([first.written, first.conflicts], [true, []]);
    const second = saved(await saveSidecar(store, FILE, two.model, two.version));
    assert.deepEqual(second.conflicts, []);
    assert.deepEqual(loadSidecar(await onDisk(), FILE).ids, ['a1', 'a2', 'from-one', 'from-two']);
    assert.ok((await onDisk()).startsWith(HAND_WRITTEN.slice(0, HAND_WRITTEN.indexOf('  # a comment closing'))));
    // The fresh model is the base of the next save: a further edit writes without a merge.
    second.model.delete('from-one');
    const third = saved(await saveSidecar(store, FILE, second.model, second.version));
    assert.deepEqual(loadSidecar(third.text, FILE).ids, ['a1', 'a2', 'from-two']);
  });

  it('does not write when nothing changed, and creates a new sidecar on the first annotation', async () => {
    const { model, version } = await open();
    assert.equal(saved(await saveSidecar(store, FILE, model, version)).written, false);
    const fresh = newSidecar('memo.md.annotations.yaml');
    assert.equal(saved(await saveSidecar(store, 'memo.md.annotations.yaml', fresh, undefined)).written, false);
    fresh.add({ id: 'm1', target: { exact: 'memo' } });
    saved(await saveSidecar(store, 'memo.md.annotations.yaml', fresh, undefined));
    assert.deepEqual(loadSidecar(await readFile(path.join(root, 'memo.md.annotations.yaml'), 'utf8'), 'memo.md.annotations.yaml').ids, [
      'm1',
    ]);
  });

  it('merges when another window created the sidecar first', async () => {
    const mine = newSidecar('new.txt.annotations.yaml');
    const theirs = newSidecar('new.txt.annotations.yaml');
    mine.add({ id: 'mine', target: { exact: 'm' } });
    theirs.add({ id: 'theirs', target: { exact: 't' } });
    saved(await saveSidecar(store, 'new.txt.annotations.yaml', theirs, undefined));
    const outcome = saved(await saveSidecar(store, 'new.txt.annotations.yaml', mine, undefined));
    assert.deepEqual(loadSidecar(outcome.text, 'new.txt.annotations.yaml').ids, ['theirs', 'mine']);
  });

  it('never writes over a sidecar that became unreadable on disk, or one deleted there', async () => {
    const { model, version } = await open();
    model.add({ id: 'x', target: { exact: 'x' } });
    const broken = `${HAND_WRITTEN}<<<<<<< HEAD\n`;
    await writeFile(path.join(root, FILE), broken);
    const refused = await saveSidecar(store, FILE, model, version);
    assert.equal(refused.ok, false);
    assert.deepEqual(!refused.ok && refused.diagnostics.map((d) => `${d.line} ${d.code}`), ['25 conflict-marker']);
    assert.equal(await onDisk(), broken, 'the file is untouched');
    await unlink(path.join(root, FILE));
    const deleted = await saveSidecar(store, FILE, model, version);
    assert.match(!deleted.ok ? deleted.reason : '', /deleted on disk/);
  });

  it('never reads or writes a sidecar that is not valid UTF-8 (a lossy read would turn é into U+FFFD on the next write)', async () => {
    const { model, version } = await open();
    model.add({ id: 'x', target: { exact: 'x' } });
    // A note saved as Windows-1252 by another editor: 0xE9 is "é" there, invalid alone in UTF-8.
    const latin1 = Buffer.concat([Buffer.from(HAND_WRITTEN, 'utf8'), Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    await writeFile(path.join(root, FILE), latin1);
    await assert.rejects(
      store.read(FILE),
      (err: unknown) => err instanceof NotUtf8Error && err.line === HAND_WRITTEN.split('\n').length && err.column === 6,
    );
    await assert.rejects(saveSidecar(store, FILE, model, version), NotUtf8Error);
    assert.deepEqual(await readFile(path.join(root, FILE)), latin1, 'the bytes are untouched');
  });

  it('refuses to save a read-only model', async () => {
    const model = loadSidecar('version: 1\ndocument: [\n', FILE);
    const outcome = await saveSidecar(store, FILE, model, undefined);
    assert.equal(outcome.ok, false);
    assert.equal(await onDisk(), HAND_WRITTEN);
  });
});
