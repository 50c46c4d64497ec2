/**
 * What the Actors and Institutions trees show, as plain data: the entities of one kind that pass the
 * filter, grouped by type, each group sorted by mention count or by name.
 */
import type { Entity, EntityKind } from '../catalog/catalogTypes';
import { compareTypes, typeGroupLabel, typeKey } from './entityTypes';

export type TreeSort = 'count' | 'name';

export interface GroupingOptions {
  sortBy: TreeSort;
  /** Text typed by the user; blank means no filter. */
  filter: string;
  /** Leave out entities no document mentions. */
  hideUnmentioned: boolean;
}

export interface EntityGroup {
  /** The type, spelt one way (`typeKey`): `think_tank` and `think-tank` make one group. */
  type: string;
  label: string;
  /** Entity indexes (into the `entities` array given), in display order. */
  entities: number[];
  /** Mentions of the group's entities, summed. */
  mentions: number;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Names compared as people expect: case and accents second, numbers by value. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Text folded for matching: lowercase, without accents or other combining marks. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase()
    .replace(/ß/g, 'ss');
}

/** Folded name, id and aliases of each entity, kept as long as the entity object lives. */
const searchTexts = new WeakMap<Entity, string[]>();

function searchTextsOf(e: Entity): string[] {
  let texts = searchTexts.get(e);
  if (!texts) searchTexts.set(e, (texts = [e.name, e.id, ...e.aliases.map((a) => a.text)].map(foldForSearch)));
  return texts;
}

/** A predicate: does an entity's name, id or one of its aliases contain the filter text? */
export function entityFilter(filter: string): (entity: Entity) => boolean {
  const needle = foldForSearch(filter.trim());
  if (needle === '') return () => true;
  return (e) => searchTextsOf(e).some((s) => s.includes(needle));
}

/** Each entity's place in name order (ties by id), computed once per catalog: collation is the
 * slow part of sorting a large catalog, and names change only with the catalog. */
const nameRanks = new WeakMap<readonly Entity[], Int32Array>();

function nameRankOf(entities: readonly Entity[]): Int32Array {
  let ranks = nameRanks.get(entities);
  if (!ranks) {
    const order = entities
      .map((_, i) => i)
      .sort((a, b) => compareNames(entities[a].name, entities[b].name) || compareNames(entities[a].id, entities[b].id));
    ranks = new Int32Array(entities.length);
    order.forEach((entity, rank) => {
      (ranks as Int32Array)[entity] = rank;
    });
    nameRanks.set(entities, ranks);
  }
  return ranks;
}

/** Most mentioned first (ties by name), or by name (ties by id). */
export function entityOrder(sortBy: TreeSort, entities: readonly Entity[], count: (i: number) => number): (a: number, b: number) => number {
  const rank = nameRankOf(entities);
  const byName = (a: number, b: number): number => rank[a] - rank[b];
  return sortBy === 'name' ? byName : (a, b) => count(b) - count(a) || byName(a, b);
}

export function groupEntities(
  entities: readonly Entity[],
  kind: EntityKind,
  count: (i: number) => number,
  options: GroupingOptions,
): EntityGroup[] {
  const matches = entityFilter(options.filter);
  const groups = new Map<string, EntityGroup>();
  entities.forEach((e, i) => {
    if (e.kind !== kind || !matches(e)) return;
    const n = count(i);
    if (n === 0 && options.hideUnmentioned) return;
    const type = typeKey(e.type);
    let group = groups.get(type);
    if (!group) groups.set(type, (group = { type, label: typeGroupLabel(type), entities: [], mentions: 0 }));
    group.entities.push(i);
    group.mentions += n;
  });
  const order = entityOrder(options.sortBy, entities, count);
  for (const g of groups.values()) g.entities.sort(order);
  return [...groups.values()].sort((a, b) => compareTypes(kind, a.type, b.type));
}

/** Documents of an entity: most mentions first, or by path. */
export function sortDocuments<T extends { path: string; count: number }>(docs: T[], sortBy: TreeSort): T[] {
  const byPath = (a: T, b: T): number => compareNames(a.path, b.path);
  return docs.sort(sortBy === 'name' ? byPath : (a, b) => b.count - a.count || byPath(a, b));
}
