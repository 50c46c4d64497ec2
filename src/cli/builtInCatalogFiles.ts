/**
 * The catalogs shipped with the package (`catalogs/<name>.yaml` next to `dist/`), for the CLI:
 * found by walking up from this module (the bundle in `dist/`, or the source under `src/cli/`
 * when run from the repository), read once. The build's snapshot of its parse beside the bundle
 * (`dist/<name>.catalog.json`) is used when it was made from the same text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { builtInDisplayName, type BuiltInCatalog } from '../core/catalog/catalogExtends';
import { parseWithSnapshot } from '../core/catalog/catalogSnapshot';
import type { ParsedCatalogFile } from '../core/catalog/catalogTypes';

const cache = new Map<BuiltInCatalog, ParsedCatalogFile>();

export function builtInCatalogPath(name: BuiltInCatalog): string {
  for (let dir = __dirname, up = 0; up < 5; dir = dirname(dir), up++) {
    const file = join(dir, 'catalogs', `${name}.yaml`);
    if (existsSync(file)) return file;
  }
  throw new Error(`the built-in ${name} catalog (catalogs/${name}.yaml) is missing from this installation`);
}

export async function readBuiltInCatalog(name: BuiltInCatalog): Promise<ParsedCatalogFile> {
  let parsed = cache.get(name);
  if (!parsed) {
    const snapshotFile = join(__dirname, `${name}.catalog.json`);
    const snapshot = existsSync(snapshotFile) ? readFileSync(snapshotFile, 'utf8') : undefined;
    parsed = parseWithSnapshot(readFileSync(builtInCatalogPath(name), 'utf8'), builtInDisplayName(name), snapshot);
    cache.set(name, parsed);
  }
  return parsed;
}
