/**
 * Entities by name or alias for a symbol search (the editor's Ctrl+T): a relaxed, accent- and
 * case-insensitive match of the query against every spelling, ranked exact > prefix > word prefix
 * > substring > characters in order, names before aliases, then by a weight (mention count).
 * Spellings are folded once per catalog so a query costs one pass over strings.
 */

export interface SymbolCandidate {
  name: string;
  aliases: readonly { text: string }[];
}

export interface SymbolHit {
  /** Index of the candidate in the list given to the constructor. */
  index: number;
  score: number;
  /** The spelling that matched best: the name or one alias. */
  spelling: string;
  viaAlias: boolean;
}

export const SCORE = { exact: 5, prefix: 4, wordPrefix: 3, substring: 2, subsequence: 1 } as const;

/** Lower case, accents removed, whitespace runs as one space. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** How well a folded query matches a folded spelling (0: not at all). */
export function matchScore(query: string, spelling: string): number {
  if (query === '') return 0;
  if (spelling === query) return SCORE.exact;
  const at = spelling.indexOf(query);
  if (at === 0) return SCORE.prefix;
  if (at > 0) return wordStartIndexOf(spelling, query) >= 0 ? SCORE.wordPrefix : SCORE.substring;
  return inOrder(query.replace(/ /g, ''), spelling) ? SCORE.subsequence : 0;
}

export class SymbolSearch {
  /** Per candidate: its folded spellings, the name first. */
  private readonly folded: string[][];

  constructor(private readonly candidates: readonly SymbolCandidate[]) {
    this.folded = candidates.map((c) => [c.name, ...c.aliases.map((a) => a.text)].map(foldForSearch));
  }

  /**
   * The best `limit` candidates for a query, best first; ties go to the higher weight, then to
   * the name in alphabetical order. An empty query lists the heaviest candidates.
   */
  search(query: string, limit: number, weight: (index: number) => number = () => 0): SymbolHit[] {
    const q = foldForSearch(query);
    const hits: SymbolHit[] = [];
    for (let i = 0; i < this.candidates.length; i++) {
      const hit = q === '' ? { index: i, score: 0, spelling: this.candidates[i].name, viaAlias: false } : this.best(i, q);
      if (hit) hits.push(hit);
    }
    const weights = new Map(hits.map((h) => [h.index, weight(h.index)]));
    hits.sort(
      (a, b) =>
        b.score - a.score ||
        (weights.get(b.index) ?? 0) - (weights.get(a.index) ?? 0) ||
        this.candidates[a.index].name.localeCompare(this.candidates[b.index].name),
    );
    return hits.slice(0, Math.max(0, limit));
  }

  private best(i: number, q: string): SymbolHit | undefined {
    const spellings = this.folded[i];
    let bestScore = 0;
    let bestAt = -1;
    for (let k = 0; k < spellings.length; k++) {
      const score = matchScore(q, spellings[k]);
      if (score > bestScore) {
        bestScore = score;
        bestAt = k;
      }
    }
    if (bestAt < 0) return undefined;
    const c = this.candidates[i];
    return { index: i, score: bestScore, spelling: bestAt === 0 ? c.name : c.aliases[bestAt - 1].text, viaAlias: bestAt > 0 };
  }
}

/** Index of `query` in `text` where it starts a word (after a non-letter, non-digit), or -1. */
function wordStartIndexOf(text: string, query: string): number {
  for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1])) return at;
  }
  return -1;
}

/** Every character of `query` appears in `text`, in that order. */
function inOrder(query: string, text: string): boolean {
  let k = 0;
  for (let i = 0; i < text.length && k < query.length; i++) if (text[i] === query[k]) k++;
  return k === query.length;
}
