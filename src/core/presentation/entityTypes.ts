/**
 * Readable names of entity types for the trees' groups: `state` -> "States", `body` -> "Bodies",
 * and a sensible plural for types the catalog invents (`think-tank` -> "Think tanks").
 */
import type { EntityKind } from '../catalog/catalogTypes';

/** The types the sample catalog and the schema document, in the order the trees show them. */
const KNOWN_TYPES: Record<EntityKind, readonly string[]> = {
  actor: ['state', 'person', 'organisation', 'group'],
  institution: ['forum', 'dialogue', 'bloc', 'bank', 'currency', 'agreement', 'initiative', 'body', 'organisation'],
};

const IRREGULAR: Record<string, string> = {
  person: 'people',
  child: 'children',
  man: 'men',
  woman: 'women',
  staff: 'staff',
  media: 'media',
  series: 'series',
  people: 'people',
  data: 'data',
  other: 'other',
  criterion: 'criteria',
};

/** English plural of one lowercase word. */
export function pluralise(word: string): string {
  if (word === '') return word;
  if (IRREGULAR[word] !== undefined) return IRREGULAR[word];
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/(?:s|x|z|ch|sh)$/.test(word)) return word + 'es';
  return word + 's';
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Words of a type as written: `think-tank`, `think_tank` and `thinkTank` are "think tank". */
function words(type: string): string[] {
  return type
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .split(/[\s_-]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLocaleLowerCase());
}

/** One spelling of a type: `Think_Tank`, `think-tank` and `thinkTank` are all `think-tank`. */
export function typeKey(type: string): string {
  return words(type).join('-');
}

/** "States", "People", "Think tanks"; "Other" for an empty type. */
export function typeGroupLabel(type: string): string {
  const w = words(type);
  if (w.length === 0) return 'Other';
  w[w.length - 1] = pluralise(w[w.length - 1]);
  return capitalise(w.join(' '));
}

/** "State", "Think tank": one entity's type as a person reads it. */
export function typeLabel(type: string): string {
  const w = words(type);
  return w.length === 0 ? 'Other' : capitalise(w.join(' '));
}

/**
 * Order of groups in a tree: the documented types of the kind first, in their usual order, then
 * any other type alphabetically by its label.
 */
export function compareTypes(kind: EntityKind, a: string, b: string): number {
  const known = KNOWN_TYPES[kind];
  const ia = known.indexOf(typeKey(a));
  const ib = known.indexOf(typeKey(b));
  if (ia >= 0 || ib >= 0) return (ia < 0 ? known.length : ia) - (ib < 0 ? known.length : ib);
  return typeGroupLabel(a).localeCompare(typeGroupLabel(b)) || (a < b ? -1 : a > b ? 1 : 0);
}
