// Test helpers: build a real catalog from YAML text and list what the scanner finds.
import { loadCatalog } from '../../../src/core/catalog/catalogLoader';
import type { Catalog } from '../../../src/core/catalog/catalogTypes';
import { scanDocument } from '../../../src/core/matcher/documentScanner';
import { compileMatcher, type CompiledMatcher } from '../../../src/core/matcher/mentionMatcher';

export function catalogFrom(yaml: string, file = 'entities.yaml'): Catalog {
  return loadCatalog(yaml, file);
}

/** A catalog of entities given as `id: [name, ...aliases]`; `~alias` means ignoreCase. */
export function simpleCatalog(spec: Record<string, string[]>): Catalog {
  const entities = Object.entries(spec).map(([id, [name, ...aliases]]) => ({
    id,
    name,
    kind: 'actor' as const,
    type: 'state',
    relations: [],
    aliases: aliases.map((a) => (a.startsWith('~') ? { text: a.slice(1), ignoreCase: true } : { text: a, ignoreCase: false })),
  }));
  const yaml = JSON.stringify({ entities });
  const catalog = loadCatalog(yaml, 'entities.yaml');
  if (catalog.diagnostics.length > 0) throw new Error(catalog.diagnostics.map((d) => d.message).join('\n'));
  return catalog;
}

export interface Found {
  id: string;
  text: string;
  start: number;
  end: number;
}

/** What the scanner finds in `text`, read as of `day` (YYYYMMDD; undated when absent). */
export function find(matcherOrCatalog: CompiledMatcher | Catalog, text: string, day?: number): Found[] {
  const m = 'rootNext' in matcherOrCatalog ? matcherOrCatalog : compileMatcher(matcherOrCatalog);
  return [...scanDocument(m, text, day).mentions].map((x) => ({
    id: m.entities[x.entity].id,
    text: text.slice(x.start, x.end),
    start: x.start,
    end: x.end,
  }));
}

/** Just "id:text" pairs, for compact assertions. */
export function found(catalog: Catalog, text: string, day?: number): string[] {
  return find(catalog, text, day).map((f) => `${f.id}:${f.text}`);
}
