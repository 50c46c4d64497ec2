/**
 * Character tables shared by the matcher, the catalog validator and the text normaliser.
 * Built once per process over the Basic Multilingual Plane; astral code points take a slow path.
 */

/** WORD[c]: 0 = not part of a word, 1 = word character (letter, number, mark, underscore), 2 = surrogate. */
export const WORD_NONE = 0;
export const WORD_CHAR = 1;
export const WORD_SURROGATE = 2;

const WORD_RE = /^[\p{L}\p{N}\p{M}_]$/u;
const SPACE_RE = /^\s$/u;

/** Characters treated as the same in aliases and text whatever the case rule: all whitespace is a
 * space, typographic apostrophes are `'`, hyphen variants are `-`. */
const EQUIVALENTS: ReadonlyArray<[number[], number]> = [
  // U+02BC (modifier letter apostrophe) is a letter, so it stays a word character and is not folded.
  [[0x2019, 0x2018, 0xff07], 0x27],
  [[0x2010, 0x2011], 0x2d],
];

export interface CharTables {
  word: Uint8Array;
  /** Equivalence folding only (used when an alias is case-sensitive). */
  equiv: Uint16Array;
  /** Equivalence folding plus lower case (the key the trie is built on). */
  lower: Uint16Array;
}

let tables: CharTables | undefined;

export function charTables(): CharTables {
  if (!tables) tables = buildTables();
  return tables;
}

function buildTables(): CharTables {
  const word = new Uint8Array(0x10000);
  const equiv = new Uint16Array(0x10000);
  const lower = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      word[c] = WORD_SURROGATE;
      equiv[c] = c;
      lower[c] = c;
      continue;
    }
    const s = String.fromCharCode(c);
    if (WORD_RE.test(s)) word[c] = WORD_CHAR;
    const e = SPACE_RE.test(s) ? 0x20 : c;
    equiv[c] = e;
    const l = s.toLowerCase();
    lower[c] = e === c && l.length === 1 ? l.charCodeAt(0) : e;
  }
  for (const [from, to] of EQUIVALENTS)
    for (const c of from) {
      equiv[c] = to;
      lower[c] = to;
    }
  return { word, equiv, lower };
}

/** True when the code point starting at `i` is a word character (handles surrogate pairs). */
export function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const w = charTables().word[text.charCodeAt(i)];
  if (w !== WORD_SURROGATE) return w === WORD_CHAR;
  const cp = text.codePointAt(i) ?? 0;
  if (cp <= 0xffff) {
    // A low surrogate: classify the pair it belongs to, if any.
    const hi = i > 0 ? (text.codePointAt(i - 1) ?? 0) : 0;
    return hi > 0xffff && WORD_RE.test(String.fromCodePoint(hi));
  }
  return WORD_RE.test(String.fromCodePoint(cp));
}

/** Folds a string with a table and collapses whitespace runs to one space, trimming the ends. */
export function foldText(text: string, table: Uint16Array): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const f = table[text.charCodeAt(i)];
    if (f === 0x20) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += String.fromCharCode(f);
  }
  return out;
}

let variants: Map<number, number[]> | undefined;

/** Every BMP word character that folds to the same lower-case key as `c` (itself included). */
export function caseVariants(c: number): number[] {
  if (!variants) {
    const { word, lower } = charTables();
    variants = new Map();
    for (let x = 0; x < 0x10000; x++) {
      if (word[x] !== WORD_CHAR) continue;
      const list = variants.get(lower[x]);
      if (list) list.push(x);
      else variants.set(lower[x], [x]);
    }
  }
  return variants.get(charTables().lower[c]) ?? [c];
}
