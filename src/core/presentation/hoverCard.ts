/**
 * presentation/: what the editor shows, as plain data tested in Node: hover cards, labels,
 * tooltips, paints and colours, tree grouping, paging.
 *
 * The hover card of an entity as markdown, built from plain data so that all of it (and its
 * escaping) is tested in Node. Every piece of catalog text goes through escapeInline/escapeBlock;
 * the only links are the ones built here: Wikidata (for a well-formed QID) and the caller's
 * command links.
 */
import { periodLabel, type DocumentDate } from '../catalog/catalogPeriod';
import type { Entity } from '../catalog/catalogTypes';
import { incomingLabel, outgoingLabel, type RelationGroup } from '../catalog/entityRelations';
import { commandUri, escapeBlock, escapeInline, markdownLink } from '../text/markdownText';
import { plural } from '../text/plural';
import { shortened, shortenedBlock } from '../text/shortText';

export interface CardLink {
  label: string;
  command: string;
  args: readonly unknown[];
  /** Tooltip. */
  title?: string;
}

export interface HoverCardInput {
  entity: Entity;
  /** Name of an entity by id (undefined: unknown, the id is shown). */
  nameOf: (id: string) => string | undefined;
  outgoing: readonly RelationGroup[];
  incoming: readonly RelationGroup[];
  counts: { inDocument: number; inCorpus: number; documents: number; documentsTotal: number };
  coMentions: ReadonlyArray<{ name: string; count: number }>;
  links: readonly CardLink[];
  /** The date the document was read as of, and where it came from (undefined: undated). */
  documentDate?: DocumentDate;
  /** The catalog has names that hold only for a period (an undated document is then worth saying). */
  datedNames?: boolean;
}

/** Names listed per outgoing relation line before "and N more". */
export const RELATION_CAP = 8;
/** Incoming relations share one line: this many types, this many names each. */
export const INCOMING_TYPES = 2;
export const INCOMING_CAP = 3;
export const ALIAS_CAP = 3;
/** Outgoing relations: one line per type, this many types before "N other relation types". */
export const OUTGOING_TYPES = 6;
/** Longest entity name in the title, in characters; longer ones end in an ellipsis. */
export const TITLE_CHARS = 150;
/** Longest name in a list (aliases, relation targets, co-mentions) and longest label (a type). */
export const NAME_CHARS = 150;
export const LABEL_CHARS = 60;
/** The description: at most this many characters and lines, then how much more the catalog holds. */
export const DESCRIPTION_CHARS = 600;
export const DESCRIPTION_LINES = 10;
const QID = /^Q[1-9][0-9]*$/;

/** A name or label of the catalog, shortened to `max` characters and escaped. */
function short(text: string, max: number): string {
  return escapeInline(shortened(text, max));
}

/** Escaped names, the first `cap` of them (each shortened), then "and N more". */
export function nameList(names: readonly string[], cap: number): string {
  const shown = names
    .slice(0, cap)
    .map((n) => short(n, NAME_CHARS))
    .join(', ');
  return names.length > cap ? `${shown} and ${names.length - cap} more` : shown;
}

function relationLines(input: HoverCardInput): string[] {
  const names = (g: RelationGroup): string[] => g.ids.map((id) => input.nameOf(id) ?? id);
  const lines = input.outgoing
    .slice(0, OUTGOING_TYPES)
    .map((g) => `*${short(outgoingLabel(g.type), LABEL_CHARS)}* ${nameList(names(g), RELATION_CAP)}`);
  if (input.outgoing.length > OUTGOING_TYPES) lines.push(`and ${plural(input.outgoing.length - OUTGOING_TYPES, 'other relation type')}`);
  if (input.incoming.length > 0) {
    const shown = input.incoming
      .slice(0, INCOMING_TYPES)
      .map((g) => `*${short(incomingLabel(g.type), LABEL_CHARS)}* \\(${g.ids.length}\\): ${nameList(names(g), INCOMING_CAP)}`);
    const hidden = input.incoming.length - INCOMING_TYPES;
    lines.push(shown.join(' · ') + (hidden > 0 ? ` · ${plural(hidden, 'other relation type')}` : ''));
  }
  return lines;
}

function countsLine({ inDocument, inCorpus, documents, documentsTotal }: HoverCardInput['counts']): string {
  return (
    `${plural(inDocument, 'mention')} in this document · ${inCorpus} in the corpus · ` +
    `in ${documents} of ${plural(documentsTotal, 'document')}`
  );
}

function linksLine(input: HoverCardInput): string {
  const links = input.links.map((l) => markdownLink(escapeInline(l.label), commandUri(l.command, l.args), l.title));
  const qid = input.entity.wikidata;
  if (qid && QID.test(qid)) links.push(markdownLink(`Wikidata ${qid}`, `https://www.wikidata.org/wiki/${qid}`));
  return links.join(' · ');
}

/** Which date dated names in the document were read as of, and where it came from. */
function dateLine(date: DocumentDate | undefined, datedNames: boolean): string | undefined {
  if (date) return `*document dated* ${short(date.text, LABEL_CHARS)} \\(${short(date.source, NAME_CHARS)}\\)`;
  return datedNames
    ? '*undated document*: names that hold only for a period are not read here (date it in its front matter, a documents.yaml or its file name)'
    : undefined;
}

/** The description, its first lines; a long one says how much more the catalog holds. */
function descriptionBlock(description: string): string {
  const { text, omitted } = shortenedBlock(description, DESCRIPTION_CHARS, DESCRIPTION_LINES);
  return omitted === 0
    ? escapeBlock(text)
    : `${escapeBlock(text)} *${escapeInline(`(${plural(omitted, 'more character')} in the catalog)`)}*`;
}

/**
 * Title, counts and links first (hover space is short: what matters stays in view without
 * scrolling), then the description, then one line per fact.
 */
export function hoverCardMarkdown(input: HoverCardInput): string {
  const { entity } = input;
  const title = `**${short(entity.name, TITLE_CHARS)}** · ${short(entity.kind, LABEL_CHARS)} · ${short(entity.type, LABEL_CHARS)}`;
  const head = [title, countsLine(input.counts)];
  const links = linksLine(input);
  if (links) head.push(links);
  const blocks = [head.join('  \n')];
  if (entity.description?.trim()) blocks.push(descriptionBlock(entity.description));
  const facts: string[] = [];
  const aliases = [...new Set(entity.aliases.map((a) => a.text))].filter((a) => a !== entity.name);
  if (aliases.length > 0) facts.push(`*also written* ${nameList(aliases, ALIAS_CAP)}`);
  facts.push(...relationLines(input));
  if (input.coMentions.length > 0) {
    facts.push(`*same sentence as* ${input.coMentions.map((c) => `${short(c.name, NAME_CHARS)} \\(${c.count}\\)`).join(', ')}`);
  }
  if (entity.period) facts.push(`*existed* ${escapeInline(periodLabel(entity.period))}`);
  if (facts.length > 0) blocks.push(facts.join('  \n'));
  const date = dateLine(input.documentDate, input.datedNames === true);
  if (date) blocks.push(date);
  return blocks.join('\n\n');
}
