// A folder walked once for a whole command (src/cli/listedOnceStore.ts).
import { strict as assert } from 'node:assert';
import { ListedOnceStore } from '../../../src/cli/listedOnceStore';
import { MemoryFileStore } from '../../fakes/memoryCli';

class CountingStore extends MemoryFileStore {
  walks = 0;
  override async *list(include: (path: string) => boolean): AsyncIterable<string> {
    this.walks++;
    yield* super.list(include);
  }
}

async function all(paths: AsyncIterable<string>, stopAfter = Infinity): Promise<string[]> {
  const out: string[] = [];
  for await (const p of paths) {
    out.push(p);
    if (out.length >= stopAfter) break;
  }
  return out;
}

describe('a folder listed once', () => {
  const files = new Map(['entities.yaml', 'a.txt', 'b/documents.yaml', 'b/c.md', 'b/c.md.annotations.yaml'].map((f) => [f, '']));

  it('walks the folder once and answers every later list from that walk, in the same order', async () => {
    const inner = new CountingStore(files);
    const store = new ListedOnceStore(inner);
    assert.deepEqual(await all(store.list((p) => p.endsWith('entities.yaml'))), ['entities.yaml']);
    assert.deepEqual(await all(store.list((p) => p.endsWith('documents.yaml'))), ['b/documents.yaml']);
    assert.deepEqual(await all(store.list(() => true)), [...files.keys()].sort());
    assert.equal(inner.walks, 1);
  });

  it('walks again when the first walk was stopped early', async () => {
    const inner = new CountingStore(files);
    const store = new ListedOnceStore(inner);
    assert.deepEqual(
      await all(
        store.list(() => true),
        1,
      ),
      ['a.txt'],
    );
    assert.deepEqual(await all(store.list((p) => p.endsWith('.md'))), ['b/c.md']);
    assert.deepEqual(await all(store.list((p) => p.endsWith('.txt'))), ['a.txt']);
    assert.equal(inner.walks, 2);
  });

  it('reads through the store it wraps, and has the ways of reading that store has', async () => {
    const store = new ListedOnceStore(new MemoryFileStore(new Map([['a.txt', 'text']])));
    assert.equal(await store.readText('a.txt'), 'text');
    assert.equal(store.localPath, undefined);
    assert.equal(store.readBytes, undefined);
  });
});
