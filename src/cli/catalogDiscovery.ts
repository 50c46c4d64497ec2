/**
 * Finds and loads the entity catalog for a command: every `entities.yaml` in the folder (any
 * depth, in path order, merged by `buildCatalog`), or the `--catalog` files instead when given.
 * Diagnostics name files relative to the working directory.
 */
import { buildCatalog, parseCatalogFile, type ParsedCatalogFile } from '../core/catalogLoader';
import type { Catalog } from '../core/catalogTypes';
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
  return { catalog: buildCatalog(parsed), files: parsed.map((p) => ({ file: p.file, entities: p.entities.length })) };
}

export function noCatalogMessage(folder: Folder): string {
  return `no ${CATALOG_FILE_NAME} found in ${folder.display('')} (add one, or name one with --catalog <file>)`;
}
