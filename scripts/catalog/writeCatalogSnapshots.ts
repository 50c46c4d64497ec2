// Writes the snapshot of each built-in catalog (src/core/catalog/catalogSnapshot.ts) into the
// folder given, next to the bundles: `<name>.catalog.json`. Run by scripts/build.mjs after it
// bundled the code, so a snapshot is always the parse of the code it ships with.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_CATALOGS, builtInDisplayName } from '../../src/core/catalog/catalogExtends';
import { catalogSnapshot } from '../../src/core/catalog/catalogSnapshot';

const out = process.argv[2];
if (!out) throw new Error('usage: writeCatalogSnapshots <folder of the bundles>');
for (const name of BUILT_IN_CATALOGS) {
  const text = readFileSync(join('catalogs', `${name}.yaml`), 'utf8');
  const file = join(out, `${name}.catalog.json`);
  writeFileSync(`${file}.tmp`, catalogSnapshot(text, builtInDisplayName(name)));
  renameSync(`${file}.tmp`, file);
}
