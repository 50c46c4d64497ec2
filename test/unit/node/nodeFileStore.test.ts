import { strict as assert } from 'node:assert';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { NodeFileStore } from '../../../src/node/nodeFileStore';

describe('NodeFileStore (the CLI file store)', () => {
  let base: string;
  let root: string;

  before(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'pa-store-'));
    root = path.join(base, 'corpus');
    const files: Record<string, string> = {
      'b.txt': 'b',
      'a.txt': 'a',
      'a-b.txt': 'ab',
      'a/z.md': 'z',
      'a/b/c.txt': 'c',
      'Z.txt': 'Z',
      'node_modules/pkg/x.txt': 'skip',
      '.git/HEAD.txt': 'skip',
      'sub/node_modules/y.txt': 'skip',
      'bom.txt': '\ufeffRussia\r\n',
    };
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    }
    await writeFile(path.join(base, 'outside.txt'), 'secret');
    await symlink(path.join(base, 'outside.txt'), path.join(root, 'link-out.txt'));
    await symlink(path.join(root, 'a.txt'), path.join(root, 'link-in.txt'));
    await symlink(path.join(root, 'a'), path.join(root, 'link-dir'));
    await symlink(path.join(root, 'missing.txt'), path.join(root, 'dangling.txt'));
  });

  after(async () => {
    await rm(base, { recursive: true, force: true });
  });

  async function listAll(store: NodeFileStore, include: (p: string) => boolean = () => true): Promise<string[]> {
    const out: string[] = [];
    for await (const p of store.list(include)) out.push(p);
    return out;
  }

  it('lists every file in path order, skipping node_modules, .git and links that leave the folder', async () => {
    const listed = await listAll(new NodeFileStore(root));
    assert.deepEqual(listed, ['Z.txt', 'a-b.txt', 'a.txt', 'a/b/c.txt', 'a/z.md', 'b.txt', 'bom.txt', 'link-in.txt']);
    assert.deepEqual(listed, [...listed].sort(), 'the order of the walk is the order of the paths');
  });

  it('filters with the include predicate', async () => {
    assert.deepEqual(await listAll(new NodeFileStore(root), (p) => p.endsWith('.md')), ['a/z.md']);
  });

  it('reads text as stored (BOM and CRLF kept) and refuses paths outside the folder', async () => {
    const store = new NodeFileStore(root);
    assert.equal(await store.readText('bom.txt'), '\ufeffRussia\r\n');
    assert.equal(await store.readText('a/b/c.txt'), 'c');
    await assert.rejects(store.readText('../outside.txt'), /outside the folder/);
    await assert.rejects(store.readText(path.join(base, 'outside.txt')), /outside the folder/);
    await assert.rejects(store.readText('nope.txt'), /ENOENT/);
  });
});
