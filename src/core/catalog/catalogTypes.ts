/** The entity catalog (`entities.yaml`, ARCHITECTURE.md, Files the analyst owns) as the rest of the core sees it. */
import type { Period } from './catalogPeriod';
import type { Diagnostic } from '../base/diagnostics';

export type EntityKind = 'actor' | 'institution';

export interface Alias {
  text: string;
  /** Default false: an alias matches as written ("US" never matches "us"). */
  ignoreCase: boolean;
  /** Only documents dated in this period read the alias as this entity (undated documents never do). */
  period?: Period;
}

/** A phrase that contains an alias but is never a mention ("West Bank" for "West"). */
export interface NotMention {
  text: string;
  /** The entity it was declared under; undefined at the catalog level. */
  entity?: string;
  location: SourceLocation;
}

export interface Relation {
  /** member-of, leader-of, part-of, ... */
  type: string;
  /** Id of another entity. */
  target: string;
}

/** Where an entity (or one of its fields) was declared, for Go to Definition and error messages. */
export interface SourceLocation {
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  type: string;
  /** Other spellings, as declared. The name is always matched too (case-sensitive). */
  aliases: Alias[];
  /** What the matcher looks for: the name and the aliases, less any spelling another entity
   * claimed first (reported as a diagnostic). Filled in by the catalog checks. */
  spellings: Alias[];
  wikidata?: string;
  /** ISO 3166-1 alpha-3 code of a state. */
  iso?: string;
  /** When the entity existed (shown to the analyst; matching follows the aliases' own periods). */
  period?: Period;
  description?: string;
  relations: Relation[];
  location: SourceLocation;
}

export interface Catalog {
  /** Entities in declaration order; ids are unique (duplicates are dropped with a diagnostic). */
  entities: Entity[];
  byId: ReadonlyMap<string, Entity>;
  /** Phrases that are never mentions, from the catalog level and every entity, checked. */
  notMentions: NotMention[];
  diagnostics: Diagnostic[];
}

export interface ParsedCatalogFile {
  file: string;
  entities: DeclaredEntity[];
  /** The catalogs this file builds on (`extends:`), as named. */
  extends: ExtendsName[];
  /** Its catalog-level phrases that are never mentions (each entity's are on the entity). */
  notMentions: NotMention[];
  diagnostics: Diagnostic[];
}

/** An entity as declared, with the positions the cross-file checks need. */
export interface DeclaredEntity extends Entity {
  aliasLocations: SourceLocation[];
  relationLocations: SourceLocation[];
  /** Phrases declared under the entity that are never its mentions. */
  notMentions: NotMention[];
}

/** A catalog a file builds on, as named there. */
export interface ExtendsName {
  name: string;
  line: number;
  column: number;
}
