/**
 * From catalog texts to the matcher, in one pure step that can run on any thread: parse each
 * workspace catalog file, lay it over the built-in catalogs it extends, check it and compile the
 * matcher. Parsing a big catalog takes a good part of a second; the editor runs this on a worker
 * thread (src/node/catalogThread.ts) so the extension host never waits on it.
 */
import { buildLayeredCatalog, builtInDisplayName, type BuiltInCatalog } from '../catalog/catalogExtends';
import { parseCatalogFile } from '../catalog/catalogLoader';
import { parseWithSnapshot } from '../catalog/catalogSnapshot';
import type { Catalog, ParsedCatalogFile } from '../catalog/catalogTypes';
import { compileMatcher, type CompiledMatcher } from '../matcher/mentionMatcher';

export interface CatalogBuildInput {
  /** Workspace catalog files, named as diagnostics name them. */
  readonly files: ReadonlyArray<{ readonly text: string; readonly file: string }>;
  /** Use the world catalog when there is no catalog file. */
  readonly worldWhenNone: boolean;
  /** The texts of the built-in catalogs (undefined: could not be read, counts as empty). */
  readonly builtIn: Readonly<Partial<Record<BuiltInCatalog, string>>>;
  /** The build's snapshots of their parse, where there are (catalog/catalogSnapshot.ts). */
  readonly builtInSnapshots?: Readonly<Partial<Record<BuiltInCatalog, string>>>;
}

export interface CatalogBuild {
  readonly catalog: Catalog;
  readonly bases: BuiltInCatalog[];
  /** Compiled from `catalog`: its entities are the catalog's own objects. */
  readonly matcher: CompiledMatcher;
}

export async function buildCatalogAndMatcher(input: CatalogBuildInput): Promise<CatalogBuild> {
  const parsed = input.files.map((f) => parseCatalogFile(f.text, f.file));
  const readBuiltIn = async (name: BuiltInCatalog): Promise<ParsedCatalogFile> => {
    const display = builtInDisplayName(name);
    const text = input.builtIn[name];
    return text === undefined
      ? { file: display, entities: [], extends: [], notMentions: [], diagnostics: [] }
      : parseWithSnapshot(text, display, input.builtInSnapshots?.[name]);
  };
  const { catalog, bases } = await buildLayeredCatalog(parsed, { worldWhenNone: input.worldWhenNone, readBuiltIn });
  return { catalog, bases, matcher: compileMatcher(catalog) };
}
