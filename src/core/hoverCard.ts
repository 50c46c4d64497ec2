/**
 * The hover card of an entity as markdown, built from plain data so that all of it (and its
 * escaping) is tested in Node. Every piece of catalog text goes through escapeInline/escapeBlock;
 * the only links are the ones built here: Wikidata (for a well-formed QID) and the caller's
 * command links.
 */
import type { Entity } from './catalogTypes';
import { incomingLabel, outgoingLabel, type RelationGroup } from './entityRelations';
import { commandUri, escapeBlock, escapeInline, markdownLink } from './markdownText';

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
}

/** Names listed per relation line before "and N more". */
export const RELATION_CAP = 8;
const ALIAS_CAP = 12;
const QID = /^Q[1-9][0-9]*$/;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Escaped names, the first `cap` of them, then "and N more". */
export function nameList(names: readonly string[], cap: number): string {
  const shown = names.slice(0, cap).map(escapeInline).join(', ');
  return names.length > cap ? `${shown} and ${names.length - cap} more` : shown;
}

function relationLines(input: HoverCardInput): string[] {
  const names = (g: RelationGroup): string[] => g.ids.map((id) => input.nameOf(id) ?? id);
  return [
    ...input.outgoing.map((g) => `*${escapeInline(outgoingLabel(g.type))}* ${nameList(names(g), RELATION_CAP)}`),
    ...input.incoming.map((g) => `*${escapeInline(incomingLabel(g.type))}* \\(${g.ids.length}\\): ${nameList(names(g), RELATION_CAP)}`),
  ];
}

function countsLine({ inDocument, inCorpus, documents, documentsTotal }: HoverCardInput['counts']): string {
  return `${plural(inDocument, 'mention')} in this document · ${inCorpus} in the corpus · `
    + `in ${documents} of ${plural(documentsTotal, 'document')}`;
}

export function hoverCardMarkdown(input: HoverCardInput): string {
  const { entity } = input;
  const blocks: string[] = [`**${escapeInline(entity.name)}** · ${escapeInline(entity.kind)} · ${escapeInline(entity.type)}`];
  if (entity.description?.trim()) blocks.push(escapeBlock(entity.description));
  const aliases = [...new Set(entity.aliases.map((a) => a.text))].filter((a) => a !== entity.name);
  if (aliases.length > 0) blocks.push(`*also written* ${nameList(aliases, ALIAS_CAP)}`);
  const relations = relationLines(input);
  if (relations.length > 0) blocks.push(relations.join('  \n'));
  blocks.push('---', countsLine(input.counts));
  if (input.coMentions.length > 0) {
    blocks.push(`*same sentence as* ${input.coMentions.map((c) => `${escapeInline(c.name)} \\(${c.count}\\)`).join(', ')}`);
  }
  const links = input.links.map((l) => markdownLink(escapeInline(l.label), commandUri(l.command, l.args), l.title));
  if (entity.wikidata && QID.test(entity.wikidata)) {
    links.push(markdownLink(`Wikidata ${entity.wikidata}`, `https://www.wikidata.org/wiki/${entity.wikidata}`));
  }
  if (links.length > 0) blocks.push('---', links.join(' · '));
  return blocks.join('\n\n');
}
