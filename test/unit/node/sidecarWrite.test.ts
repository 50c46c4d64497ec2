import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { NodeAtomicFileStore, writeFileAtomic } from '../../../src/node/nodeAtomicFileStore';
import { planWrite } from '../../../src/core/sidecars/writePlan';
import { crashVersions } from '../helpers/crashVersions';

const V = (size: number, mtimeMs: number, sha256?: string) => ({ size, mtimeMs, sha256 });

describe('write plan (is the file on disk still what was read?)', () => {
  it('decides write, merge or refuse', () => {
    const p = 'a.txt.annotations.yaml';
    const plan = (read: ReturnType<typeof V> | undefined, current: ReturnType<typeof V> | undefined, readOnly = false): string =>
      planWrite(p, read, current, readOnly).action;
    assert.equal(plan(undefined, undefined), 'write', 'a new file');
    assert.equal(plan(undefined, V(1, 1)), 'merge', 'created meanwhile');
    assert.equal(plan(V(1, 1), undefined), 'refuse', 'deleted meanwhile: ask');
    assert.equal(plan(V(10, 5), V(10, 5)), 'write');
    assert.equal(plan(V(10, 5), V(10, 6)), 'merge', 'touched');
    assert.equal(plan(V(10, 5), V(11, 5)), 'merge', 'same mtime, other size');
    assert.equal(plan(V(10, 5, 'x'), V(10, 5, 'y')), 'merge', 'the hash decides when both have one');
    assert.equal(plan(V(10, 5, 'x'), V(10, 9, 'x')), 'write', 'same bytes, newer mtime');
    assert.equal(plan(V(10, 5), V(10, 5), true), 'refuse', 'never over a file that could not be read');
    assert.match(planWrite(p, V(1, 1), undefined).reason, /a\.txt\.annotations\.yaml was deleted on disk/);
  });
});

describe('NodeAtomicFileStore (temp file, fsync, rename)', () => {
  let root: string;
  let store: NodeAtomicFileStore;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'pa-atomic-'));
    store = new NodeAtomicFileStore(root);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes, reads back with a version of those bytes, and keeps permissions', async () => {
    assert.equal(await store.read('x.yaml'), undefined);
    const v1 = await store.writeAtomic('x.yaml', 'één\n');
    const read = await store.read('x.yaml');
    assert.deepEqual(read, { text: 'één\n', version: v1 });
    assert.equal(v1.size, 6);
    assert.match(v1.sha256 ?? '', /^[0-9a-f]{64}$/);
    await chmod(path.join(root, 'x.yaml'), 0o640);
    await store.writeAtomic('x.yaml', 'two\n');
    assert.equal((await stat(path.join(root, 'x.yaml'))).mode & 0o777, 0o640);
    assert.deepEqual(await readdir(root), ['x.yaml'], 'no temporary file left');
  });

  it('runs writes to one path one at a time, in call order', async () => {
    const writes = Array.from({ length: 20 }, (_, i) => store.writeAtomic('q.yaml', `${i}\n`.repeat(1000)));
    const versions = await Promise.all(writes);
    assert.equal(await readFile(path.join(root, 'q.yaml'), 'utf8'), '19\n'.repeat(1000));
    assert.equal(new Set(versions.map((v) => v.sha256)).size, 20);
  });

  it('refuses paths outside its folder and symbolic links', async () => {
    await assert.rejects(store.writeAtomic('../escape.yaml', 'x'), /outside the folder/);
    await writeFile(path.join(root, 'target.yaml'), 'original');
    await symlink(path.join(root, 'target.yaml'), path.join(root, 'link.yaml'));
    await assert.rejects(store.writeAtomic('link.yaml', 'x'), /symbolic link/);
    assert.equal(await readFile(path.join(root, 'target.yaml'), 'utf8'), 'original');
  });

  it('leaves the old file intact when a writer stopped before the rename', async () => {
    await store.writeAtomic('s.yaml', 'old complete\n');
    // What a writer killed half-way leaves behind: a partial temporary file next to the target.
    await writeFile(path.join(root, '.s.yaml.deadbeef0000.tmp'), 'new, cut o');
    assert.equal((await store.read('s.yaml'))?.text, 'old complete\n');
    await store.writeAtomic('s.yaml', 'new complete\n');
    assert.equal((await store.read('s.yaml'))?.text, 'new complete\n');
  });

  it('a writer killed at a random moment leaves the old or the new file, complete', async function () {
    this.timeout(120000);
    const versions = crashVersions(2 * 1024 * 1024);
    const target = path.join(root, 'crash.yaml');
    for (let round = 0; round < 4; round++) {
      await writeFileAtomic(target, versions[0]);
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'test/unit/helpers/atomicWriterChild.ts', target, String(2 * 1024 * 1024)],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      await new Promise<void>((resolve, reject) => {
        child.stdout.once('data', () => resolve());
        child.once('exit', (code) => reject(new Error(`writer exited early (${code})`)));
      });
      await new Promise((r) => setTimeout(r, 5 + round * 15)); // let it get into the middle of some write
      child.kill('SIGKILL');
      const [, signal] = await new Promise<[number | null, string | null]>((r) => child.once('exit', (c, s) => r([c, s])));
      assert.equal(signal, 'SIGKILL');
      const text = await readFile(target, 'utf8');
      assert.ok(
        text === versions[0] || text === versions[1],
        `round ${round}: the file is one complete version (${text.length} chars, starts ${JSON.stringify(text.slice(0, 2))})`,
      );
    }
    const leftovers = (await readdir(root)).filter((f) => f.endsWith('.tmp'));
    assert.ok(
      leftovers.every((f) => f.startsWith('.crash.yaml.')),
      'only temporary files of the target are left',
    );
  });
});
