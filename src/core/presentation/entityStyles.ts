/**
 * How mentions are coloured: every entity falls into one of a few highlight styles by its kind and
 * type (the catalog's `type` is free text; the sample corpus uses state, person, organisation,
 * group for actors and organisation, bloc, bank, currency, forum, dialogue, body, agreement,
 * initiative for institutions). Each style has themeable colours declared in package.json
 * (`contributes.colors`), named by `mentionColorId`. Pure logic: the trees may reuse the grouping.
 */
import type { Entity } from '../catalog/catalogTypes';

/** Highlight styles, in the order of their colours in package.json. */
export const MENTION_STYLES = [
  'state',
  'person',
  'actorOrganisation',
  'forum',
  'bloc',
  'finance',
  'agreement',
  'otherInstitution',
] as const;

export type MentionStyle = (typeof MENTION_STYLES)[number];

/** What each style covers, in words (colour descriptions, legends). */
export const MENTION_STYLE_LABELS: Readonly<Record<MentionStyle, string>> = {
  state: 'states',
  person: 'people',
  actorOrganisation: 'organisations, groups and other actors',
  forum: 'forums and dialogues',
  bloc: 'blocs and international organisations',
  finance: 'banks and currencies',
  agreement: 'agreements and initiatives',
  otherInstitution: 'other institutions (bodies and any other type)',
};

// Maps, not object literals: a type named "constructor" must not find Object.prototype.
const ACTOR_STYLES = new Map<string, MentionStyle>([
  ['state', 'state'],
  ['person', 'person'],
]);
const INSTITUTION_STYLES = new Map<string, MentionStyle>([
  ['forum', 'forum'],
  ['dialogue', 'forum'],
  ['bloc', 'bloc'],
  ['organisation', 'bloc'],
  ['bank', 'finance'],
  ['currency', 'finance'],
  ['agreement', 'agreement'],
  ['initiative', 'agreement'],
]);
/** Spellings a hand-written catalog may use for the same type. */
const TYPE_SYNONYMS = new Map<string, string>([
  ['organization', 'organisation'],
  ['country', 'state'],
  ['people', 'person'],
  ['treaty', 'agreement'],
]);

/** A type as the style table reads it: trimmed, lower case, American and synonym spellings folded. */
export function normaliseType(type: string): string {
  const t = type.trim().toLowerCase();
  return TYPE_SYNONYMS.get(t) ?? t;
}

export function mentionStyleOf(entity: Pick<Entity, 'kind' | 'type'>): MentionStyle {
  const type = normaliseType(entity.type);
  if (entity.kind === 'actor') return ACTOR_STYLES.get(type) ?? 'actorOrganisation';
  return INSTITUTION_STYLES.get(type) ?? 'otherInstitution';
}

/** The style of every entity, by entity index, as an index into MENTION_STYLES. */
export function styleTable(entities: ReadonlyArray<Pick<Entity, 'kind' | 'type'>>): Uint8Array {
  const table = new Uint8Array(entities.length);
  entities.forEach((e, i) => {
    table[i] = MENTION_STYLES.indexOf(mentionStyleOf(e));
  });
  return table;
}

export const MENTION_COLOR_PARTS = ['Background', 'Border', 'OverviewRuler'] as const;
export type MentionColorPart = (typeof MENTION_COLOR_PARTS)[number];

/** Id of a style's colour in `contributes.colors`, e.g. `policyAnnotator.stateMentionBackground`. */
export function mentionColorId(style: MentionStyle, part: MentionColorPart): string {
  return `policyAnnotator.${style}Mention${part}`;
}
