/**
 * Relations between catalog entities, both ways: what an entity points to ("member of ASEAN")
 * and what points to it ("members: Brunei, Cambodia…"), grouped by relation type in catalog order.
 */
import type { Entity } from './catalogTypes';

export interface RelationGroup {
  /** The relation type as declared (member-of, leader-of, …). */
  type: string;
  /** Ids of the other entities, in catalog order, without repeats. */
  ids: readonly string[];
}

function grouped(pairs: Iterable<{ type: string; id: string }>): RelationGroup[] {
  const groups = new Map<string, Set<string>>();
  for (const { type, id } of pairs) {
    let ids = groups.get(type);
    if (!ids) groups.set(type, (ids = new Set()));
    ids.add(id); // a Set keeps first-insertion order: catalog order, without repeats
  }
  return [...groups].map(([type, ids]) => ({ type, ids: [...ids] }));
}

/** The entity's own relations, by type. */
export function outgoingRelations(entity: Entity): RelationGroup[] {
  return grouped(entity.relations.map((r) => ({ type: r.type, id: r.target })));
}

/**
 * Relations that point at each entity, built once per catalog; each entity's groups are built on
 * first request and kept (a hover asks again and again). A new catalog needs a new instance.
 */
export class IncomingRelations {
  private readonly byTarget = new Map<string, Array<{ type: string; id: string }>>();
  private readonly groups = new Map<string, readonly RelationGroup[]>();

  constructor(entities: readonly Entity[]) {
    for (const source of entities) {
      for (const r of source.relations) {
        const list = this.byTarget.get(r.target);
        if (list) list.push({ type: r.type, id: source.id });
        else this.byTarget.set(r.target, [{ type: r.type, id: source.id }]);
      }
    }
  }

  of(id: string): readonly RelationGroup[] {
    let groups = this.groups.get(id);
    if (!groups) {
      groups = grouped(this.byTarget.get(id) ?? []);
      this.groups.set(id, groups);
    }
    return groups;
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
