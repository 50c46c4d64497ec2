// The catalog and its matcher built on a thread of their own (the editor's way) are the ones built
// here: same entities, diagnostics and matcher, the matcher's entities the catalog's own objects.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildCatalogAndMatcher, type CatalogBuildInput } from '../../../src/core/indexing/catalogBuild';
import { scanDocument } from '../../../src/core/matcher/documentScanner';
import { builtInCatalogPath } from '../../../src/cli/builtInCatalogFiles';
import { buildCatalogOnThread } from '../../../src/node/catalogThread';

const CORPUS = path.join(__dirname, '..', '..', '..', 'corpus');
const world = readFileSync(builtInCatalogPath('world'), 'utf8');
const sample = readFileSync(path.join(CORPUS, 'entities.yaml'), 'utf8');

describe('catalog build on a thread', () => {
  const input: CatalogBuildInput = {
    files: [
      { text: sample, file: 'entities.yaml' },
      {
        text: 'entities:\n  - { id: russia, name: Russia, kind: actor, type: state }\n  - { id: x, name: 1 }\n',
        file: 'more.entities.yaml',
      },
    ],
    worldWhenNone: true,
    builtIn: { world },
  };

  it("gives what building here gives, the matcher sharing the catalog's entities", async () => {
    const here = await buildCatalogAndMatcher(input);
    const there = await buildCatalogOnThread(input);
    assert.equal(there.fallback, undefined);
    assert.deepEqual(there.bases, ['world']);
    assert.deepEqual(
      there.catalog.entities.map((e) => e.id),
      here.catalog.entities.map((e) => e.id),
    );
    assert.deepEqual(there.catalog.diagnostics, here.catalog.diagnostics);
    assert.ok(
      there.catalog.diagnostics.some((d) => d.file === 'more.entities.yaml'),
      'the broken entries are reported',
    );
    assert.equal(
      there.catalog.byId.get('russia'),
      there.catalog.entities.find((e) => e.id === 'russia'),
    );
    there.matcher.entities.forEach((e, i) => assert.equal(e, there.catalog.entities[i]));
    const text = readFileSync(path.join(CORPUS, '2024-bordachev-russia-has-redefined-its-asia-strategy.txt'), 'utf8');
    assert.deepEqual([...scanDocument(there.matcher, text).mentions], [...scanDocument(here.matcher, text).mentions]);
  });

  it('builds the world catalog alone when there is no file, and nothing from a built-in that could not be read', async () => {
    const alone = await buildCatalogOnThread({ files: [], worldWhenNone: true, builtIn: { world } });
    assert.ok(alone.catalog.entities.length > 300);
    const unread = await buildCatalogOnThread({ files: [], worldWhenNone: true, builtIn: {} });
    assert.equal(unread.catalog.entities.length, 0);
  });
});
