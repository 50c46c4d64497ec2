// Turns the checked facts into the entities of catalogs/world.yaml, in the project's
// entities.yaml format: states and polities are actors, organisations institutions; memberships,
// UN status, organs and succession become relations.
import type { DateValue } from './dates';
import type { EntityFact, HistoricalFact, OrganisationFact, OtherStateFact, StateFact } from './factFiles';

export interface WorldAlias {
  text: string;
  from?: DateValue;
  until?: DateValue;
}

export interface Relation {
  type: string;
  target: string;
}

/** Keys in the order they are written. */
export interface WorldEntity {
  id: string;
  name: string;
  kind: 'actor' | 'institution';
  type: string;
  iso?: string;
  period?: { from?: DateValue; until?: DateValue };
  description?: string;
  aliases?: Array<string | WorldAlias>;
  relations?: Relation[];
}

export interface WorldSections {
  states: WorldEntity[];
  historical: WorldEntity[];
  organisations: WorldEntity[];
}

/** Alphabetical order that ignores case and diacritics ("Côte d'Ivoire" after "Costa Rica"),
 * computed without the locale so that every machine sorts alike. */
function sortKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function byName(a: EntityFact, b: EntityFact): number {
  const ka = sortKey(a.name),
    kb = sortKey(b.name);
  return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function period(from?: DateValue, until?: DateValue): WorldEntity['period'] {
  if (from === undefined && until === undefined) return undefined;
  return { ...(from !== undefined ? { from } : {}), ...(until !== undefined ? { until } : {}) };
}

/** A plain alias stays text; only a dated one is written as { text, from, until }. */
function aliases(e: EntityFact): WorldEntity['aliases'] {
  if (e.aliases.length === 0) return undefined;
  return e.aliases.map((a) => (a.from === undefined && a.until === undefined ? a.text : { text: a.text, ...period(a.from, a.until) }));
}

/** "Democratic People's Republic of Korea; UN member since 1991." A formal name that is not an
 * alias (the UN's bare "Congo") is not put first, where it would read as the state's name. */
function stateDescription(s: StateFact): string {
  const status = s.member === 'un-member' ? `UN member since ${s.unSince}` : `UN non-member observer state since ${s.unSince}`;
  const isAlias = s.aliases.some((a) => a.text === s.formal);
  const first = s.formal === s.name ? `${status}.` : isAlias ? `${s.formal}; ${status}.` : `${status}, listed as "${s.formal}".`;
  return s.note === undefined ? first : `${first} ${s.note}`;
}

/** Drops undefined fields so that the written YAML has no empty keys. */
function compact(e: WorldEntity): WorldEntity {
  return Object.fromEntries(
    Object.entries(e).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as unknown as WorldEntity;
}

export function buildWorldEntities(facts: EntityFact[], isoCodes: Map<string, string>): WorldSections {
  const organisations = facts.filter((e): e is OrganisationFact => e.group === 'organisation');
  // Memberships are listed in the order of organisations.yaml (the UN first), whatever the
  // order in an entry, so that the output reads the same for every state.
  const rank = new Map(organisations.map((o, i) => [o.id, i]));
  const memberOf = (ids: string[]): Relation[] =>
    [...ids].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)).map((target) => ({ type: 'member-of', target }));

  // A predecessor named on the newer organisation is the same fact as a successor named on the
  // older one: both become `succeeded-by` on the older.
  const successors = new Map<string, string[]>(facts.map((e) => [e.id, [...e.successors]]));
  for (const o of organisations) {
    for (const p of o.predecessors) {
      const list = successors.get(p) ?? [];
      if (!list.includes(o.id)) list.push(o.id);
      successors.set(p, list);
    }
  }
  const succeededBy = (id: string): Relation[] => (successors.get(id) ?? []).map((target) => ({ type: 'succeeded-by', target }));

  const state = (s: StateFact): WorldEntity =>
    compact({
      id: s.id,
      name: s.name,
      kind: 'actor',
      type: 'state',
      iso: isoCodes.get(s.id),
      description: stateDescription(s),
      aliases: aliases(s),
      relations: [{ type: s.member === 'un-member' ? 'member-of' : 'observer-of', target: 'united-nations' }, ...memberOf(s.memberships)],
    });
  const otherState = (s: OtherStateFact): WorldEntity =>
    compact({
      id: s.id,
      name: s.name,
      kind: 'actor',
      type: 'state',
      iso: isoCodes.get(s.id),
      period: period(s.from),
      description: s.description,
      aliases: aliases(s),
      relations: memberOf(s.memberships),
    });
  const historical = (h: HistoricalFact): WorldEntity =>
    compact({
      id: h.id,
      name: h.name,
      kind: 'actor',
      type: h.type,
      period: period(h.from, h.until),
      description: h.description,
      aliases: aliases(h),
      relations: [...memberOf(h.memberships), ...succeededBy(h.id)],
    });
  const organisation = (o: OrganisationFact): WorldEntity =>
    compact({
      id: o.id,
      name: o.name,
      kind: 'institution',
      type: o.type,
      period: period(o.from, o.until),
      description: o.description,
      aliases: aliases(o),
      relations: [...(o.partOf !== undefined ? [{ type: 'part-of', target: o.partOf }] : []), ...succeededBy(o.id)],
    });

  return {
    states: facts
      .filter((e): e is StateFact | OtherStateFact => e.group === 'state' || e.group === 'other-state')
      .sort(byName)
      .map((e) => (e.group === 'state' ? state(e) : otherState(e))),
    historical: facts
      .filter((e): e is HistoricalFact => e.group === 'historical')
      .sort(byName)
      .map(historical),
    organisations: organisations.map(organisation),
  };
}
