/**
 * The units a document's mentions fall in, for co-occurrence: each sentence, each paragraph, or
 * the whole document, with the distinct items mentioned in it. Sentences and paragraphs are the
 * scanner's own (ARCHITECTURE.md, Mentions): a sentence ends at `.`, `!` or `?` followed by a space
 * or a line end (not after a one-letter word, so "U.S." ends none), a paragraph at a blank line.
 * Units in which no chosen item is mentioned are not listed: they hold no pair.
 */
import type { MentionList } from '../matcher/mentionList';

export const UNITS = ['sentence', 'paragraph', 'document'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * The distinct items of each unit of `mentions`, in text order. `itemOf` maps the matcher's entity
 * index to an item index, or -1 for an entity that is not counted.
 */
export function mentionUnits(mentions: MentionList, unit: Unit, itemOf: (entity: number) => number): number[][] {
  const units: number[][] = [];
  let current: number[] = [];
  let key = -1;
  for (let i = 0; i < mentions.length; i++) {
    const item = itemOf(mentions.entity(i));
    if (item < 0) continue;
    const k = unit === 'sentence' ? mentions.sentence(i) : unit === 'paragraph' ? mentions.paragraph(i) : 0;
    if (k !== key) {
      if (current.length > 0) units.push(current);
      current = [];
      key = k;
    }
    if (!current.includes(item)) current.push(item);
  }
  if (current.length > 0) units.push(current);
  return units;
}
