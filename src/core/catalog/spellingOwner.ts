/**
 * Who already owns a spelling: the rule of the catalog checks (catalogChecks.ts) asked before an
 * edit rather than after it. Two spellings clash when they are equal up to case and either ignores
 * case, or equal as written; whitespace runs, typographic apostrophes and hyphens count as one.
 */
import type { Alias, Entity } from './catalogTypes';
import { charTables, foldText, isWordAt } from '../text/charClasses';

/** What an entity is matched by: its name and its aliases. */
export type SpellingSource = Pick<Entity, 'id' | 'name' | 'aliases' | 'location'>;

export interface SpellingClash {
  entity: SpellingSource;
  /** The spelling as the catalog writes it. */
  spelling: string;
  /** True when it is the entity's name rather than one of its aliases. */
  isName: boolean;
}

function clashes(a: Alias, b: Alias): boolean {
  const { lower, equiv } = charTables();
  const an = a.text.normalize('NFC');
  const bn = b.text.normalize('NFC');
  if (foldText(an, lower) !== foldText(bn, lower)) return false;
  return a.ignoreCase || b.ignoreCase || foldText(an, equiv) === foldText(bn, equiv);
}

/** The first entity among `entities` that already has a spelling clashing with `alias`. */
export function spellingOwner(entities: Iterable<SpellingSource>, alias: Alias): SpellingClash | undefined {
  for (const entity of entities) {
    if (clashes({ text: entity.name, ignoreCase: false }, alias)) return { entity, spelling: entity.name, isName: true };
    for (const a of entity.aliases) if (clashes(a, alias)) return { entity, spelling: a.text, isName: false };
  }
  return undefined;
}

/** The refusal of a spelling someone has, located at the entity that has it. */
export function ownedMessage(clash: SpellingClash, text: string): string {
  const what = clash.isName ? 'the name' : 'an alias';
  const same = clash.spelling === text ? '' : ` (as '${clash.spelling}')`;
  return `'${text}' is already ${what} of '${clash.entity.id}'${same}`;
}

/** Why a spelling could never be matched (the matcher needs a letter or digit first), if so. */
export function unmatchableReason(text: string): string | undefined {
  const key = foldText(text.normalize('NFC'), charTables().lower);
  if (key === '') return 'a spelling cannot be empty';
  if (!isWordAt(key, 0)) return `'${text}' cannot be matched: a spelling must start with a letter or digit`;
  return undefined;
}
