// The build's snapshot of a built-in catalog's parse: used only for the text it was made from, and
// the shipped world catalog read from it gives the very matcher its YAML gives.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLayeredCatalog, builtInDisplayName } from '../../../../src/core/catalog/catalogExtends';
import { parseCatalogFile } from '../../../../src/core/catalog/catalogLoader';
import { catalogSnapshot, parseWithSnapshot } from '../../../../src/core/catalog/catalogSnapshot';
import type { ParsedCatalogFile } from '../../../../src/core/catalog/catalogTypes';
import { forScanning } from '../../../../src/core/indexing/documentScan';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { scanDocument } from '../../../../src/core/matcher/documentScanner';

const SMALL = 'entities:\n  - { id: russia, name: Russia, kind: actor, type: state, aliases: [Russian Federation] }\n';

/** A snapshot of SMALL whose parse names Russia otherwise: shows which parse was returned. */
function doctored(text = SMALL, file = 'small.yaml'): string {
  const snapshot = JSON.parse(catalogSnapshot(text, file)) as { parsed: ParsedCatalogFile };
  snapshot.parsed.entities[0].name = 'Muscovy';
  return JSON.stringify(snapshot);
}

describe('catalog: the build snapshot of a built-in catalog', () => {
  it('is used for the text it was made from', () => {
    assert.equal(parseWithSnapshot(SMALL, 'small.yaml', doctored()).entities[0].name, 'Muscovy');
  });

  it('is not used for another text, name, format or build, or when it does not read', () => {
    const edited = SMALL.replace('Russian Federation', 'the Russian Federation');
    const parsed = parseWithSnapshot(edited, 'small.yaml', doctored());
    assert.deepEqual([parsed.entities[0].name, parsed.entities[0].aliases.map((a) => a.text)], ['Russia', ['the Russian Federation']]);
    assert.equal(parseWithSnapshot(SMALL, 'other.yaml', doctored()).entities[0].name, 'Russia');
    const otherFormat = JSON.stringify({ ...JSON.parse(doctored()), format: 0 });
    assert.equal(parseWithSnapshot(SMALL, 'small.yaml', otherFormat).entities[0].name, 'Russia');
    // Made by another build (its bundles may parse otherwise): a bundle rebuilt since parses again.
    assert.equal(parseWithSnapshot(SMALL, 'small.yaml', doctored(), 'a later build').entities[0].name, 'Russia');
    assert.equal(parseWithSnapshot(SMALL, 'small.yaml', doctored().slice(0, 100)).entities[0].name, 'Russia');
    assert.equal(parseWithSnapshot(SMALL, 'small.yaml', undefined).entities[0].name, 'Russia');
  });

  it('gives the shipped world catalog, its matcher and its mentions exactly as its YAML does', async () => {
    const text = readFileSync(join(__dirname, '../../../../catalogs/world.yaml'), 'utf8');
    const file = builtInDisplayName('world');
    const fromYaml = parseCatalogFile(text, file);
    const fromSnapshot = parseWithSnapshot(text, file, catalogSnapshot(text, file));
    assert.notEqual(fromSnapshot, fromYaml);
    assert.ok(fromYaml.entities.length > 300, `${fromYaml.entities.length} entities`);
    const layered = async (parsed: ParsedCatalogFile) =>
      (await buildLayeredCatalog([], { worldWhenNone: true, readBuiltIn: async () => parsed })).catalog;
    const [a, b] = [await layered(fromYaml), await layered(fromSnapshot)];
    // JSON leaves out the fields that are undefined; nothing else may differ.
    assert.equal(JSON.stringify(b.entities), JSON.stringify(a.entities));
    assert.equal(JSON.stringify(b.notMentions), JSON.stringify(a.notMentions));
    assert.deepEqual([a.diagnostics, b.diagnostics], [[], []]);
    const [ma, mb] = [compileMatcher(a), compileMatcher(b)];
    assert.deepStrictEqual(forScanning(mb), forScanning(ma));
    const sentence = 'The Democratic People’s Republic of Korea and the Republic of Korea met at the United Nations.';
    const ids = (m: typeof ma) => [...scanDocument(m, sentence).mentions].map((x) => `${m.entities[x.entity].id}@${x.start}`);
    assert.deepEqual(ids(mb), ids(ma));
    assert.ok(ids(ma).length >= 3, `mentions: ${ids(ma).join(', ')}`);
  });
});
