/**
 * Ids and names for entities made from a selection: a stable slug from the name (lowercase, folded
 * to ASCII where a letter has an ASCII form, `-` between words) and the selection cleaned up.
 */

// Letters Unicode does not decompose but that have a usual ASCII spelling.
const ASCII_FORMS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  ŋ: 'ng',
};
const APOSTROPHES = /['’ʼ‘`]/gu;

function foldChar(c: string): string {
  const mapped = ASCII_FORMS[c];
  if (mapped !== undefined) return mapped;
  const stripped = c.normalize('NFKD').replace(/\p{M}+/gu, '');
  // Only take the decomposition when it is plain ASCII: Hangul or kana stay as written.
  return /^[\x20-\x7e]+$/.test(stripped) ? stripped.toLowerCase() : c.normalize('NFC');
}

/** `Việt Nam` -> `viet-nam`, `Anwar's Cabinet` -> `anwars-cabinet`, `ASEAN+3` -> `asean-3`; `fallback`
 * when nothing of the name is left. */
export function slugify(name: string, fallback = 'entity'): string {
  const folded = [...name.normalize('NFC').toLowerCase()].map(foldChar).join('');
  const slug = folded
    .replace(APOSTROPHES, '')
    .replace(/[^\p{Ll}\p{Lo}0-9]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? fallback : slug;
}

/** The slug of `name`, with `-2`, `-3`... appended while it clashes with a taken id. */
export function uniqueId(name: string, taken: ReadonlySet<string>, fallback = 'entity'): string {
  const base = slugify(name, fallback);
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

const SURROUNDING = /^[\s"“”‘’'«»()[\]{}<>,;:.!?*_-]+|[\s"“”‘’'«»()[\]{}<>,;:!?*_-]+$/gu;
const POSSESSIVE = /['’]s?$/u;

/**
 * A selection as a name: whitespace runs (a name wrapped over lines) become one space, quotes,
 * brackets and punctuation around it go, and so does a possessive (`ASEAN’s` -> `ASEAN`). A final
 * full stop stays (`U.S.`), unless it is the only dot.
 */
export function nameFromSelection(selection: string): string {
  let name = selection.replace(/\s+/gu, ' ').replace(SURROUNDING, '');
  if (name.endsWith('.') && name.indexOf('.') === name.length - 1) name = name.slice(0, -1);
  const withoutPossessive = name.replace(POSSESSIVE, '');
  if (withoutPossessive !== name && withoutPossessive.length > 0) name = withoutPossessive;
  return name.replace(SURROUNDING, '');
}
