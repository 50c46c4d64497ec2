/**
 * The catalogs a workspace builds on. `extends: world` in a catalog file lays it over the
 * shipped world catalog (every UN member and observer state, historical states, the
 * intergovernmental organisations policy texts name most); a folder with no catalog of its own
 * gets the world catalog alone, unless the analyst turned that off. Built-in catalogs are read
 * through `readBuiltIn` (the editor from the extension's folder, the CLI from the package's).
 */
import { buildCatalog } from './catalogLoader';
import type { Catalog, ParsedCatalogFile } from './catalogTypes';
import type { Diagnostic } from '../base/diagnostics';

/** The catalogs a file may name in `extends`. */
export const BUILT_IN_CATALOGS = ['world'] as const;
export type BuiltInCatalog = (typeof BUILT_IN_CATALOGS)[number];

export interface LayeredCatalog {
  catalog: Catalog;
  /** The built-in catalogs under the files, lowest first. */
  bases: BuiltInCatalog[];
}

export interface LayerOptions {
  /** A folder without any catalog file gets the world catalog (default on). */
  worldWhenNone: boolean;
  readBuiltIn: (name: BuiltInCatalog) => Promise<ParsedCatalogFile>;
}

const isBuiltIn = (name: string): name is BuiltInCatalog => (BUILT_IN_CATALOGS as readonly string[]).includes(name);

const BUILT_IN_SUFFIX = ' catalog (built in)';

/** How diagnostics and entity locations name a built-in catalog: "world catalog (built in)". */
export const builtInDisplayName = (name: BuiltInCatalog): string => `${name}${BUILT_IN_SUFFIX}`;

/** The built-in catalog a display name names, if it names one. */
export function builtInNamed(displayName: string): BuiltInCatalog | undefined {
  const name = displayName.endsWith(BUILT_IN_SUFFIX) ? displayName.slice(0, -BUILT_IN_SUFFIX.length) : undefined;
  return name !== undefined && isBuiltIn(name) ? name : undefined;
}

/** The files over the catalogs they extend (or the world catalog alone when there are none). */
export async function buildLayeredCatalog(files: readonly ParsedCatalogFile[], options: LayerOptions): Promise<LayeredCatalog> {
  const problems: Diagnostic[] = [];
  const bases: BuiltInCatalog[] = [];
  for (const file of files) {
    for (const named of file.extends) {
      if (!isBuiltIn(named.name)) {
        problems.push({
          file: file.file,
          line: named.line,
          column: named.column,
          severity: 'error',
          code: 'unknown-extends',
          message: `'${named.name}' is no catalog to extend: the catalogs that can be extended are ${BUILT_IN_CATALOGS.map((n) => `'${n}'`).join(', ')}`,
        });
      } else if (!bases.includes(named.name)) {
        bases.push(named.name);
      }
    }
  }
  if (files.length === 0 && options.worldWhenNone) bases.push('world');
  const baseFiles = await Promise.all(bases.map((name) => options.readBuiltIn(name)));
  const catalog = buildCatalog(
    files,
    baseFiles.map((f) => [f]),
  );
  catalog.diagnostics.push(...problems);
  return { catalog, bases };
}
