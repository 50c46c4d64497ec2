import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { NodeAtomicFileStore } from '../../../src/node/nodeAtomicFileStore';
import { saveSidecar } from '../../../src/core/sidecars/saveSidecar';
import { loadSidecar, newSidecarText } from '../../../src/core/sidecars/sidecarLoad';

const FILE = 'report.txt.annotations.yaml';

describe('saving a sidecar: writers at the same moment (ARCHITECTURE.md, Writing safely)', () => {
  let root: string;
  const onDisk = async (): Promise<string[]> => loadSidecar(await readFile(path.join(root, FILE), 'utf8'), FILE).ids;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'pa-concurrent-'));
    await writeFile(path.join(root, FILE), newSidecarText(FILE));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('two stores (two windows) saving at the same moment: both annotations kept, every time', async () => {
    const stores = [new NodeAtomicFileStore(root), new NodeAtomicFileStore(root)];
    const expected: string[] = [];
    for (let round = 0; round < 25; round++) {
      const windows = await Promise.all(
        stores.map(async (store, w) => {
          const read = (await store.read(FILE))!;
          const model = loadSidecar(read.text, FILE);
          model.add({ id: `w${w}-${round}`, target: { exact: `window ${w}` } });
          return { store, model, version: read.version };
        }),
      );
      const outcomes = await Promise.all(windows.map((w) => saveSidecar(w.store, FILE, w.model, w.version)));
      assert.ok(outcomes.every((o) => o.ok));
      expected.push(`w0-${round}`, `w1-${round}`);
      assert.deepEqual((await onDisk()).sort(), [...expected].sort(), `round ${round}`);
    }
  });

  it('two processes adding annotations to one sidecar: all of them kept', async function () {
    this.timeout(120_000);
    const run = (name: string): Promise<void> =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'test/unit/helpers/sidecarWriterChild.ts', root, FILE, name, '15'], {
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let err = '';
        child.stderr.on('data', (d: Buffer) => {
          err += d.toString();
        });
        child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited ${code}: ${err}`))));
      });
    await Promise.all([run('one'), run('two')]);
    const ids = await onDisk();
    assert.equal(ids.length, 30, ids.join());
  });
});
