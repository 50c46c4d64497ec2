import { strict as assert } from 'node:assert';
import { CATALOG_TEMPLATE, newCatalogPath } from '../../../../../src/core/catalog/edit/catalogTemplate';
import { loadCatalog } from '../../../../../src/core/catalog/catalogLoader';
import { scanDocument } from '../../../../../src/core/matcher/documentScanner';
import { compileMatcher } from '../../../../../src/core/matcher/mentionMatcher';

describe('catalog template', () => {
  it('is a catalog the loader accepts without any diagnostic', () => {
    const catalog = loadCatalog(CATALOG_TEMPLATE, 'entities.yaml');
    assert.deepEqual(catalog.diagnostics, []);
    assert.deepEqual(
      catalog.entities.map((e) => [e.id, e.kind, e.type]),
      [
        ['france', 'actor', 'state'],
        ['united-nations', 'institution', 'organisation'],
      ],
    );
    assert.deepEqual(catalog.byId.get('france')?.relations, [{ type: 'member-of', target: 'united-nations' }]);
  });

  it('explains every field it uses', () => {
    for (const field of ['id', 'name', 'kind', 'type', 'aliases', 'wikidata', 'description', 'relations']) {
      assert.match(CATALOG_TEMPLATE, new RegExp(`^#\\s+${field}\\s`, 'm'), field);
    }
  });

  it('finds its examples in a text', () => {
    const found = scanDocument(
      compileMatcher(loadCatalog(CATALOG_TEMPLATE, 'entities.yaml')),
      "France's seat at the UN; the united nations.",
    ).mentions;
    assert.equal(found.length, 3);
  });

  it('goes where the catalogFiles glob looks', () => {
    assert.deepEqual(newCatalogPath('**/entities.yaml'), { path: 'entities.yaml', matched: true });
    assert.deepEqual(newCatalogPath('catalog/**/people.yaml'), { path: 'catalog/people.yaml', matched: true });
    assert.deepEqual(newCatalogPath('data/catalog.yml'), { path: 'data/catalog.yml', matched: true });
    assert.deepEqual(newCatalogPath('**/*.entities.yaml'), { path: 'entities.yaml', matched: false });
    assert.deepEqual(newCatalogPath('**/{a,b}.yaml'), { path: 'entities.yaml', matched: false });
    assert.deepEqual(newCatalogPath('**/entities.yaml', '**/entities.yaml'), { path: 'entities.yaml', matched: false }, 'excluded');
  });
});
