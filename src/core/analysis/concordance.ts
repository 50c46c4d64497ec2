/**
 * Concordance (keyword in context): each hit as a line of left context, the match and right
 * context, for aligned columns and for sorting by the words around the match. Contexts are cut
 * from the document's text with every run of whitespace (line breaks included) shown as one space,
 * `width` characters (code points) on each side.
 */

export interface ConcordanceHit {
  document: string;
  /** Document date (YYYYMMDD), for sorting by date; undefined: undated (sorted last). */
  day?: number;
  /** The date as written (`2001`, `2015-06-01`), for showing. */
  date?: string;
  /** UTF-16 offsets in the document's raw text, end exclusive. */
  start: number;
  end: number;
  /** 1-based line, and 1-based column in code points, of the start. */
  line: number;
  column: number;
}

export interface ConcordanceLine extends ConcordanceHit {
  left: string;
  match: string;
  right: string;
}

export const CONCORDANCE_SORTS = ['document', 'date', 'left1', 'left2', 'right1', 'right2'] as const;
export type ConcordanceSort = (typeof CONCORDANCE_SORTS)[number];

const SPACE_RUN = /\s+/gu;

/** The line of one hit in `text`; the left context never reaches before `from` (the end of the
 * document's front matter, which is no part of its running text). */
export function concordanceLine(text: string, hit: ConcordanceHit, width: number, from = 0): ConcordanceLine {
  // Enough raw text for `width` code points after collapsing: whitespace runs shrink, surrogates double.
  const reach = width * 4 + 16;
  const before = text.slice(Math.max(from, hit.start - reach), hit.start).replace(SPACE_RUN, ' ');
  const after = text.slice(hit.end, hit.end + reach).replace(SPACE_RUN, ' ');
  const left = [...before];
  const right = [...after];
  return {
    ...hit,
    left: left.slice(Math.max(0, left.length - width)).join(''),
    match: text.slice(hit.start, hit.end).replace(SPACE_RUN, ' '),
    right: right.slice(0, width).join(''),
  };
}

const WORD = /[\p{L}\p{N}\p{M}_]+(?:['’-][\p{L}\p{N}\p{M}_]+)*/gu;

/** The n-th word (1-based) to the left of the match, or to the right. */
export function contextWord(line: ConcordanceLine, side: 'left' | 'right', n: number): string {
  const words = (side === 'left' ? line.left : line.right).match(WORD) ?? [];
  if (side === 'left') {
    // The first word of the left context may be cut by the width: count from the match.
    return words[words.length - n] ?? '';
  }
  return words[n - 1] ?? '';
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The lines sorted by `by`; ties in document order, then by place. */
export function sortConcordance(lines: readonly ConcordanceLine[], by: ConcordanceSort): ConcordanceLine[] {
  const inOrder = (a: ConcordanceLine, b: ConcordanceLine): number => collator.compare(a.document, b.document) || a.start - b.start;
  const key = (l: ConcordanceLine): string | number | undefined => {
    switch (by) {
      case 'document':
        return undefined;
      case 'date':
        return l.day ?? Number.MAX_SAFE_INTEGER;
      case 'left1':
        return contextWord(l, 'left', 1);
      case 'left2':
        return contextWord(l, 'left', 2);
      case 'right1':
        return contextWord(l, 'right', 1);
      case 'right2':
        return contextWord(l, 'right', 2);
    }
  };
  const keyed = lines.map((l) => ({ l, k: key(l) }));
  keyed.sort((a, b) => {
    const byKey =
      typeof a.k === 'number' && typeof b.k === 'number'
        ? a.k - b.k
        : typeof a.k === 'string' && typeof b.k === 'string'
          ? emptyLast(a.k, b.k)
          : 0;
    return byKey || inOrder(a.l, b.l);
  });
  return keyed.map((x) => x.l);
}

function emptyLast(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return collator.compare(a, b);
}

/**
 * Every occurrence of a phrase in `text`: whole words, in any case, any run of whitespace between
 * its words (a line break included). UTF-16 offsets, in text order.
 */
export function findPhrase(text: string, phrase: string): Array<[number, number]> {
  const words = phrase
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length === 0) throw new Error('the phrase is empty');
  const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}_])${body}(?![\\p{L}\\p{N}\\p{M}_])`, 'giu');
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  return out;
}
