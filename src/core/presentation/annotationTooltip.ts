/**
 * The tooltips of annotations and codes in the views, as markdown in which every piece of
 * workspace text (quotes, notes, code names and descriptions, paths, authors) is escaped: a note
 * holding a `command:` link or HTML shows as the text it is (issue 5, point 8).
 */
import type { CodeCount } from '../codebook/codeUsage';
import { escapeBlock, escapeInline } from '../text/markdownText';
import { quoteLabel, statusWords } from './annotationLabels';
import type { AnnotationStatus } from '../anchoring/anchorTypes';

/** Characters of a quote shown in a tooltip. */
export const TOOLTIP_QUOTE_WIDTH = 400;

export interface AnnotationFacts {
  quote: string;
  /** Code ids with their names (undefined when the codebook does not define the code). */
  codes: ReadonlyArray<{ id: string; name?: string }>;
  note?: string;
  status: AnnotationStatus;
  /** `report.txt, line 12` (or just the path when there is no place). */
  place: string;
  author?: string;
  modified?: string;
  /** The current text at the proposed place, when it differs from the quote. */
  proposed?: string;
  readOnly?: boolean;
}

function codeText({ id, name }: { id: string; name?: string }): string {
  return name === undefined ? `${escapeInline(id)} (not in the codebook)` : `${escapeInline(name)} (${escapeInline(id)})`;
}

export function annotationTooltip(f: AnnotationFacts): string {
  const blocks = [`“${escapeInline(quoteLabel(f.quote, TOOLTIP_QUOTE_WIDTH))}”`];
  if (f.proposed !== undefined) blocks.push(`Proposed place now reads: “${escapeInline(quoteLabel(f.proposed, TOOLTIP_QUOTE_WIDTH))}”`);
  blocks.push(`**Codes:** ${f.codes.length > 0 ? f.codes.map(codeText).join(', ') : 'none'}`);
  if (f.note?.trim()) blocks.push(`**Note:** ${escapeBlock(f.note)}`);
  const facts = [statusWords(f.status), escapeInline(f.place)];
  if (f.author) facts.push(escapeInline(f.author));
  if (f.modified) facts.push(escapeInline(f.modified));
  if (f.readOnly) facts.push('read\\-only until its sidecar is fixed');
  blocks.push(`*${facts.join(' · ')}*`);
  return blocks.join('\n\n');
}

export interface CodeFacts {
  id: string;
  name: string;
  description?: string;
  count?: CodeCount;
  /** False for a code that annotations use but the codebook does not define. */
  known: boolean;
}

export function codeTooltip(f: CodeFacts): string {
  const blocks = [`**${escapeInline(f.name)}** · ${escapeInline(f.id)}`];
  if (!f.known) blocks.push('Not in the codebook: add it there, or merge it into a code of the codebook.');
  if (f.description?.trim()) blocks.push(escapeBlock(f.description));
  if (f.count) {
    const { own, total } = f.count;
    blocks.push(
      own === total
        ? `${own} coded segment${own === 1 ? '' : 's'}`
        : `${own} coded segment${own === 1 ? '' : 's'}, ${total} with the codes below`,
    );
  }
  return blocks.join('\n\n');
}
