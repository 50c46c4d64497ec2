/**
 * Which entity a selection is most likely another spelling of, for the "Add Selection as Alias
 * of…" pick list: a spelling that contains the selection (or is contained in it), the selection as
 * the initials of a spelling (`EAEU`), then the longest shared beginning. Pure ranking; the caller
 * shows every entity, best first.
 */
import { charTables, foldText } from '../../text/charClasses';
import type { SpellingSource } from '../spellingOwner';

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'la', 'le', 'et', '&']);

function fold(text: string): string {
  return foldText(text.normalize('NFC'), charTables().lower);
}

function initials(folded: string): string {
  return folded
    .split(/[\s-]+/u)
    .filter((w) => w !== '' && !MINOR_WORDS.has(w))
    .map((w) => w[0])
    .join('');
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How well one spelling fits the selection (0: not at all). Both folded. */
function spellingScore(spelling: string, selection: string): number {
  if (spelling === selection) return 1000;
  const letters = selection.replace(/[^\p{L}\p{N}]/gu, '');
  if (spelling.includes(selection) || selection.includes(spelling)) {
    return 500 + Math.round((100 * Math.min(spelling.length, selection.length)) / Math.max(spelling.length, selection.length));
  }
  if (letters.length >= 2 && initials(spelling) === letters) return 400;
  const start = sharedStart(spelling, selection);
  return start >= 2 ? 10 * Math.min(start, 30) : 0;
}

/** The best score of the entity's spellings for the selection. */
export function aliasTargetScore(entity: SpellingSource, selection: string): number {
  const wanted = fold(selection);
  if (wanted === '') return 0;
  let best = spellingScore(fold(entity.name), wanted);
  for (const a of entity.aliases) best = Math.max(best, spellingScore(fold(a.text), wanted));
  return best;
}

/** Every entity, the most likely targets first; ties keep the given order (e.g. most mentioned first). */
export function rankAliasTargets<E extends SpellingSource>(entities: readonly E[], selection: string): Array<{ entity: E; score: number }> {
  return entities
    .map((entity, i) => ({ entity, score: aliasTargetScore(entity, selection), i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ entity, score }) => ({ entity, score }));
}
