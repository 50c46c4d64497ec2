/**
 * Relations between catalog entities, both ways: what an entity points to ("member of ASEAN")
 * and what points to it ("members: Brunei, Cambodia…"), grouped by relation type in catalog order.
 */
import type { Entity } from './catalogTypes';

export interface RelationGroup {
  /** The relation type as declared (member-of, leader-of, …). */
  type: string;
  /** Ids of the other entities, in catalog order, without repeats. */
  ids: string[];
}

function grouped(pairs: Iterable<{ type: string; id: string }>): RelationGroup[] {
  const groups = new Map<string, string[]>();
  for (const { type, id } of pairs) {
    const ids = groups.get(type) ?? [];
    if (!ids.includes(id)) ids.push(id);
    groups.set(type, ids);
  }
  return [...groups].map(([type, ids]) => ({ type, ids }));
}

/** The entity's own relations, by type. */
export function outgoingRelations(entity: Entity): RelationGroup[] {
  return grouped(entity.relations.map((r) => ({ type: r.type, id: r.target })));
}

/** Relations that point at each entity, built once per catalog. */
export class IncomingRelations {
  private readonly byTarget = new Map<string, Array<{ type: string; id: string }>>();

  constructor(entities: readonly Entity[]) {
    for (const source of entities) {
      for (const r of source.relations) {
        const list = this.byTarget.get(r.target) ?? [];
        list.push({ type: r.type, id: source.id });
        this.byTarget.set(r.target, list);
      }
    }
  }

  of(id: string): RelationGroup[] {
    return grouped(this.byTarget.get(id) ?? []);
  }
}

/** How the catalog's own relation types read from the other end. */
const INCOMING_LABELS: Readonly<Record<string, string>> = {
  'member-of': 'members',
  'observer-of': 'observers',
  'dialogue-partner-of': 'dialogue partners',
  'partner-of': 'partners',
  'leader-of': 'leaders',
  'part-of': 'parts',
  'founded-by': 'founder of',
  'affiliated-with': 'affiliated',
};

/** "member-of" reads "member of". */
export function outgoingLabel(type: string): string {
  return type.replace(/[-_]+/g, ' ');
}

/** "member-of" reads "members" from the organisation's side; an unknown type reads "← type". */
export function incomingLabel(type: string): string {
  return Object.hasOwn(INCOMING_LABELS, type) ? INCOMING_LABELS[type] : `← ${outgoingLabel(type)}`;
}
