/**
 * A pre-check run at every word start before the trie walk: a 2^20-bit set of the first three
 * characters of every alias, case-sensitive. Running text is mostly lower-case words and most
 * aliases start with a capital, so most words are dismissed with one bit test instead of a walk
 * through the (cache-missing) edge table.
 *
 * Key: characters 0..2 from the word start; a character that is not a plain BMP word character
 * (space, punctuation, surrogate, end of text) counts as 0, and so does everything after it. The
 * same rule on alias and text means a real match always finds its bit set: word characters of a
 * case-sensitive alias are equal in the text, and an `ignoreCase` alias sets the bits of all its
 * case variants.
 */
import { caseVariants, charTables, foldText, WORD_CHAR } from '../text/charClasses';

export const FILTER_BITS = 20;
const MASK = (1 << FILTER_BITS) - 1;

export function startKey(c0: number, c1: number, c2: number): number {
  let h = Math.imul(c0, 0x9e3779b1) ^ Math.imul(c1, 0x85ebca77) ^ Math.imul(c2, 0xc2b2ae3d);
  h ^= h >>> 13;
  return h & MASK;
}

/** The three key characters of a string from `i`, as the scanner computes them on text. */
function keyChars(text: string, word: Uint8Array): number[] {
  const out = [0, 0, 0];
  for (let k = 0; k < 3; k++) {
    const c = text.charCodeAt(k);
    if (!(word[c] === WORD_CHAR)) break;
    out[k] = c;
  }
  return out;
}

export function buildStartFilter(aliases: ReadonlyArray<{ text: string; ignoreCase: boolean }>, word: Uint8Array): Int32Array {
  const bits = new Int32Array(1 << (FILTER_BITS - 5));
  const set = (c0: number, c1: number, c2: number): void => {
    const k = startKey(c0, c1, c2);
    bits[k >>> 5] |= 1 << (k & 31);
  };
  const { equiv } = charTables();
  for (const a of aliases) {
    // The key comes from the alias as the trie sees it: folded, whitespace trimmed and collapsed.
    const [c0, c1, c2] = keyChars(foldText(a.text, equiv), word);
    if (!a.ignoreCase) {
      set(c0, c1, c2);
      continue;
    }
    const v = (c: number): number[] => (c === 0 ? [0] : caseVariants(c));
    for (const x of v(c0)) for (const y of v(c1)) for (const z of v(c2)) set(x, y, z);
  }
  return bits;
}
