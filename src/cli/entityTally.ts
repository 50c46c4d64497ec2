/**
 * Per-entity totals over a scan, kept in typed arrays indexed like the catalog's entities: adding
 * a document costs one pass over its mentions, and nothing of its text is kept.
 */
import type { Entity } from '../core/catalog/catalogTypes';
import type { MentionList } from '../core/matcher/mentionList';
import { compare } from './formatters';

export interface EntityTotal {
  id: string;
  name: string;
  kind: string;
  type: string;
  mentions: number;
  /** Documents that mention the entity at least once. */
  documents: number;
}

export interface DocumentTotal {
  /** Relative to the scanned folder, '/'-separated. */
  path: string;
  mentions: number;
  /** Distinct entities mentioned. */
  entities: number;
}

export class EntityTally {
  readonly documents: DocumentTotal[] = [];
  private readonly mentionCounts: Float64Array;
  private readonly documentCounts: Int32Array;
  /** Index of the last document that counted each entity, so each counts once a document. */
  private readonly lastDocument: Int32Array;
  private mentionTotal = 0;

  constructor(private readonly entities: readonly Entity[]) {
    this.mentionCounts = new Float64Array(entities.length);
    this.documentCounts = new Int32Array(entities.length);
    this.lastDocument = new Int32Array(entities.length).fill(-1);
  }

  add(path: string, mentions: MentionList): void {
    const doc = this.documents.length;
    let distinct = 0;
    for (let i = 0; i < mentions.length; i++) {
      const e = mentions.entity(i);
      this.mentionCounts[e]++;
      if (this.lastDocument[e] !== doc) {
        this.lastDocument[e] = doc;
        this.documentCounts[e]++;
        distinct++;
      }
    }
    this.mentionTotal += mentions.length;
    this.documents.push({ path, mentions: mentions.length, entities: distinct });
  }

  get mentions(): number {
    return this.mentionTotal;
  }

  get entitiesMentioned(): number {
    return this.documentCounts.reduce((n, c) => n + (c > 0 ? 1 : 0), 0);
  }

  get entitiesInCatalog(): number {
    return this.entities.length;
  }

  /** Most mentioned first, then by name and id; entities never mentioned only when asked for. */
  ranking(includeUnmentioned: boolean): EntityTotal[] {
    const rows: EntityTotal[] = [];
    this.entities.forEach((e, i) => {
      if (includeUnmentioned || this.mentionCounts[i] > 0) {
        rows.push({
          id: e.id,
          name: e.name,
          kind: e.kind,
          type: e.type,
          mentions: this.mentionCounts[i],
          documents: this.documentCounts[i],
        });
      }
    });
    return rows.sort((a, b) => b.mentions - a.mentions || compare(a.name, b.name) || compare(a.id, b.id));
  }
}
