/**
 * Finds and loads the entity catalog for a command: every `entities.yaml` in the folder (any
 * depth, in path order, merged), or the `--catalog` files instead when given, over the built-in
 * catalogs they extend; a folder with no catalog gets the world catalog. Diagnostics name files
 * relative to the working directory.
 */
import { buildLayeredCatalog, type BuiltInCatalog } from '../core/catalog/catalogExtends';
import { parseCatalogFile } from '../core/catalog/catalogLoader';
import type { ParsedCatalogFile } from '../core/catalog/catalogTypes';
import { readBuiltInCatalog } from './builtInCatalogFiles';
import type { Catalog } from '../core/catalog/catalogTypes';
import { CliError, describeError } from './cliError';
import type { CliEnv, Folder } from './cliEnv';

export const CATALOG_FILE_NAME = 'entities.yaml';

export interface CatalogFileSummary {
  file: string;
  /** Entities declared in this file (before cross-file checks such as duplicate ids). */
  entities: number;
}

export interface LoadedCatalog {
  catalog: Catalog;
  /** Empty when the folder has no catalog and none was given. */
  files: CatalogFileSummary[];
  /** The built-in catalogs under them (the world catalog alone when there are no files). */
  builtIn: BuiltInCatalog[];
}

export function isCatalogFile(path: string): boolean {
  return path === CATALOG_FILE_NAME || path.endsWith(`/${CATALOG_FILE_NAME}`);
}

export async function loadCatalogs(env: CliEnv, folder: Folder, overrides: readonly string[]): Promise<LoadedCatalog> {
  const parsed: ParsedCatalogFile[] = [];
  if (overrides.length > 0) {
    for (const file of overrides) {
      const { text, display } = await env.readArgumentFile(file, 'catalog');
      parsed.push(parseCatalogFile(text, display));
    }
  } else {
    for await (const path of folder.store.list(isCatalogFile)) {
      const display = folder.display(path);
      const text = await folder.store.readText(path).catch((error: unknown) => {
        throw new CliError(`cannot read catalog ${display}: ${describeError(error)}`);
      });
      parsed.push(parseCatalogFile(text, display));
    }
  }
  const { catalog, bases } = await buildLayeredCatalog(parsed, { worldWhenNone: true, readBuiltIn: readBuiltInCatalog });
  if (parsed.length === 0)
    await env.err.write(
      `${folder.display('')}: no ${CATALOG_FILE_NAME}: the world catalog is used (${catalog.entities.length} entities)\n`,
    );
  return { catalog, builtIn: bases, files: parsed.map((p) => ({ file: p.file, entities: p.entities.length })) };
}

/** True when there is no catalog at all: no file and no built-in one (a broken file still counts). */
export function noCatalogAtAll(loaded: LoadedCatalog): boolean {
  return loaded.files.length === 0 && loaded.builtIn.length === 0;
}

export function noCatalogMessage(folder: Folder): string {
  return `no ${CATALOG_FILE_NAME} found in ${folder.display('')} (add one, or name one with --catalog <file>)`;
}
