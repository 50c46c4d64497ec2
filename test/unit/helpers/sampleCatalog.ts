// The catalog a workspace's entities.yaml makes, as the editor and the CLI build it: the file
// over the built-in catalogs it extends (the sample corpus's extends the world catalog). Tests
// that work out expected counts in Node use it, so they count what the product counts.
import { readFileSync } from 'node:fs';
import { buildCatalog, parseCatalogFile } from '../../../src/core/catalog/catalogLoader';
import type { Catalog } from '../../../src/core/catalog/catalogTypes';
import { builtInCatalogPath } from '../../../src/cli/builtInCatalogFiles';

export function layeredCatalog(text: string, file = 'entities.yaml'): Catalog {
  const parsed = parseCatalogFile(text, file);
  const bases = parsed.extends
    .filter((e) => e.name === 'world')
    .map(() => [parseCatalogFile(readFileSync(builtInCatalogPath('world'), 'utf8'), 'world catalog (built in)')]);
  return buildCatalog([parsed], bases);
}

/** The catalog of a catalog file on disk (e.g. corpus/entities.yaml). */
export function layeredCatalogFile(path: string): Catalog {
  return layeredCatalog(readFileSync(path, 'utf8'));
}
