/**
 * The hover of a tagged passage as markdown, built from plain data so that all of it (and its
 * escaping) is tested in Node: for each annotation covering the pointer (innermost first) its
 * codes with colour swatches and their path in the codebook, the note, author and dates, what a
 * proposed place is, and the caller's command links. Every piece of workspace text (code names
 * and ids, note, author, dates as written) goes through escapeInline/escapeBlock; the only links
 * are the swatch images (built here from a checked `#rrggbb`) and the caller's command links.
 */
import { safeColor, svgDataUri, hoverSwatchSvg } from './annotationColors';
import type { CardLink } from './hoverCard';
import { commandUri, escapeBlock, escapeInline, markdownLink } from '../text/markdownText';
import type { AnnotationStatus } from '../anchoring/anchorTypes';

export interface HoverCode {
  id: string;
  /** Names from the top-level code down to this one; empty when the codebook has no such code. */
  path: readonly string[];
  /** Its colour (own or inherited), `#rrggbb`. */
  color?: string;
}

export interface AnnotationCardInput {
  codes: readonly HoverCode[];
  note?: string;
  author?: string;
  created?: string;
  modified?: string;
  status: AnnotationStatus;
  /** Score of the proposed place (needs-review, ambiguous), 0..1. */
  score?: number;
  /** Score of the best other place (ambiguous). */
  runnerUpScore?: number;
  /** The quoted text was edited since it was anchored (the place is checked when typing pauses). */
  edited?: boolean;
  /** The sidecar cannot be written until it is fixed: no edit links then. */
  readOnly?: boolean;
  links: readonly CardLink[];
}

export const CODE_PATH_SEPARATOR = ' › ';
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A stored ISO 8601 timestamp as local date and time (`2024-05-01 14:03`); a date alone and text
 * that is no timestamp are returned as written. `offsetMinutes` (east of UTC) defaults to the
 * machine's zone at that date.
 */
export function readableDate(iso: string, offsetMinutes?: (date: Date) => number): string {
  if (DATE_ONLY.test(iso) || !DATE_TIME.test(iso)) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const offset = offsetMinutes ? offsetMinutes(date) : -date.getTimezoneOffset();
  const local = new Date(date.getTime() + offset * 60_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

function codeText(code: HoverCode): string {
  const color = safeColor(code.color);
  const swatch = color ? `![](${svgDataUri(hoverSwatchSvg(color))}) ` : '';
  if (code.path.length === 0) return `${swatch}**${escapeInline(code.id)}** *\\(not in the codebook\\)*`;
  const parents = code.path
    .slice(0, -1)
    .map((name) => `${escapeInline(name)}${CODE_PATH_SEPARATOR}`)
    .join('');
  return `${swatch}${parents}**${escapeInline(code.path[code.path.length - 1])}**`;
}

function factsLine(card: AnnotationCardInput, formatDate: (iso: string) => string): string {
  const facts: string[] = [];
  if (card.author?.trim()) facts.push(`*by* ${escapeInline(card.author)}`);
  if (card.created?.trim()) facts.push(`*created* ${escapeInline(formatDate(card.created.trim()))}`);
  if (card.modified?.trim() && card.modified !== card.created) facts.push(`*modified* ${escapeInline(formatDate(card.modified.trim()))}`);
  return facts.join(' · ');
}

function statusLine(card: AnnotationCardInput): string | undefined {
  const score = (n: number | undefined): string => (n === undefined ? '' : `, score ${n.toFixed(2)}`);
  if (card.status === 'needs-review') {
    return `**Needs review**: proposed place${score(card.score)}; the text changed since it was tagged. Accept this place or re-attach the annotation.`;
  }
  if (card.status === 'ambiguous') {
    const other = card.runnerUpScore === undefined ? '' : `; another place scores ${card.runnerUpScore.toFixed(2)}`;
    return `**Ambiguous**: proposed place${score(card.score)}${other}. Accept this place or re-attach the annotation.`;
  }
  if (card.edited) return '*The tagged text was edited: its place is checked when typing pauses.*';
  return undefined;
}

function linksLine(card: AnnotationCardInput): string {
  if (card.readOnly) return '*Read-only until its sidecar is fixed \\(see the Problems panel\\).*';
  return card.links.map((l) => markdownLink(escapeInline(l.label), commandUri(l.command, l.args), l.title)).join(' · ');
}

/** One annotation: codes, note, facts, status, links (empty parts left out). */
export function annotationCardMarkdown(card: AnnotationCardInput, formatDate: (iso: string) => string = readableDate): string {
  const codes = card.codes.length > 0 ? card.codes.map(codeText).join(' · ') : '*no code*';
  const blocks = [codes];
  if (card.note?.trim()) blocks.push(escapeBlock(card.note));
  const tail = [factsLine(card, formatDate), statusLine(card), linksLine(card)].filter((line): line is string => !!line);
  if (tail.length > 0) blocks.push(tail.join('  \n'));
  return blocks.join('\n\n');
}

/** Every annotation under the pointer, innermost first, separated by rules. */
export function annotationHoverMarkdown(cards: readonly AnnotationCardInput[], formatDate: (iso: string) => string = readableDate): string {
  return cards.map((card) => annotationCardMarkdown(card, formatDate)).join('\n\n---\n\n');
}
