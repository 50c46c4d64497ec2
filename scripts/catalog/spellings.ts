// How the matcher compares spellings (src/core/charClasses.ts, documentScanner.ts), so that the
// build rejects what the loader would reject: typographic apostrophes count as "'", hyphen
// variants as "-", any run of whitespace as one space; letters, digits, marks and "_" are word
// characters. Aliases are case-sensitive, so case is kept.

const APOSTROPHES = /[\u2018\u2019\uFF07]/g;
const HYPHENS = /[\u2010\u2011]/g;
const WORD = /[\p{L}\p{N}\p{M}_]/u;

/** The form two spellings are compared in. */
export function foldSpelling(text: string): string {
  return text.normalize('NFC').replace(APOSTROPHES, "'").replace(HYPHENS, '-').replace(/\s+/gu, ' ').trim();
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

/** True when `spelling` occurs in `phrase` as whole words (both already folded). A spelling that
 * ends in punctuation ("U.S.") needs no word boundary after it, as in the matcher. */
export function containsAsWords(phrase: string, spelling: string): boolean {
  for (let at = phrase.indexOf(spelling); at >= 0; at = phrase.indexOf(spelling, at + 1)) {
    const end = at + spelling.length;
    const startsWord = at === 0 || !isWordChar(phrase[at - 1]);
    const endsWord = end >= phrase.length || !isWordChar(phrase[end]) || !isWordChar(spelling[spelling.length - 1]);
    if (startsWord && endsWord) return true;
  }
  return false;
}
