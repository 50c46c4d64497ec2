/** The entity catalog (`entities.yaml`, DESIGN §2) as the rest of the core sees it. */
import type { Diagnostic } from './diagnostics';

export type EntityKind = 'actor' | 'institution';

export interface Alias {
  text: string;
  /** Default false: an alias matches as written ("US" never matches "us"). */
  ignoreCase: boolean;
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
  description?: string;
  relations: Relation[];
  location: SourceLocation;
}

export interface Catalog {
  /** Entities in declaration order; ids are unique (duplicates are dropped with a diagnostic). */
  entities: Entity[];
  byId: ReadonlyMap<string, Entity>;
  diagnostics: Diagnostic[];
}
