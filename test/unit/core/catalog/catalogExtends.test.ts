// Issue 11: a workspace catalog over the shipped catalogs it extends, and the world catalog for a
// folder without a catalog of its own. The built-in catalog is given as real YAML here.
import { strict as assert } from 'node:assert';
import { parseCatalogFile } from '../../../../src/core/catalog/catalogLoader';
import { buildLayeredCatalog } from '../../../../src/core/catalog/catalogExtends';
import { found } from '../../helpers/matching';

const WORLD = parseCatalogFile(
  [
    'notMentions: [Latin America]',
    'entities:',
    '  - { id: united-states, name: United States, kind: actor, type: state, iso: USA, aliases: [United States of America, America] }',
    '  - { id: russia, name: Russia, kind: actor, type: state, aliases: [Russian Federation] }',
  ].join('\n'),
  'world.yaml',
);

describe('catalog: extends and the world catalog', () => {
  let reads = 0;
  const options = (worldWhenNone = true): Parameters<typeof buildLayeredCatalog>[1] => ({
    worldWhenNone,
    readBuiltIn: async () => {
      reads++;
      return WORLD;
    },
  });

  it('gives a folder without a catalog the world catalog, unless turned off', async () => {
    const layered = await buildLayeredCatalog([], options());
    assert.deepEqual(layered.bases, ['world']);
    assert.deepEqual(found(layered.catalog, 'Latin America and the United States of America'), ['united-states:United States of America']);
    const off = await buildLayeredCatalog([], options(false));
    assert.deepEqual([off.bases, off.catalog.entities.length], [[], 0]);
  });

  it('lays a catalog that says `extends: world` over it, and one that does not stands alone', async () => {
    const over = parseCatalogFile(
      'extends: world\nentities:\n  - { id: russia, name: Russia, kind: actor, type: state, aliases: [Kremlin] }\n',
      'entities.yaml',
    );
    const layered = await buildLayeredCatalog([over], options());
    assert.deepEqual(layered.catalog.diagnostics, []);
    assert.deepEqual(
      layered.catalog.entities.map((e) => e.id),
      ['united-states', 'russia'],
    );
    assert.deepEqual(found(layered.catalog, 'the Kremlin and the Russian Federation'), ['russia:Kremlin', 'russia:Russian Federation']);
    const alone = parseCatalogFile('entities:\n  - { id: russia, name: Russia, kind: actor, type: state }\n', 'entities.yaml');
    assert.deepEqual(
      (await buildLayeredCatalog([alone], options())).catalog.entities.map((e) => e.id),
      ['russia'],
    );
  });

  it('reports a catalog name it does not know, at its place, and loads the rest', async () => {
    reads = 0;
    const file = parseCatalogFile(
      'extends: [world, planet]\nentities:\n  - { id: x, name: X, kind: actor, type: group }\n',
      'entities.yaml',
    );
    const layered = await buildLayeredCatalog([file], options());
    assert.deepEqual(
      layered.catalog.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`),
      ['unknown-extends@1:18'],
    );
    assert.match(layered.catalog.diagnostics[0].message, /'planet' is no catalog to extend/);
    assert.deepEqual(
      layered.catalog.entities.map((e) => e.id),
      ['united-states', 'russia', 'x'],
    );
    assert.equal(reads, 1);
  });
});
