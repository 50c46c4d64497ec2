// Random texts for property tests of the scanner: words of a small catalog's names (many-word,
// accented, astral) and other words, joined by separators that include every kind of line end.
import fc from 'fast-check';
import { compileMatcher } from '../../../src/core/matcher/mentionMatcher';
import { simpleCatalog } from './matching';

export const scannerMatcher = compileMatcher(
  simpleCatalog({
    un: ['United Nations', 'UN', 'United Nations General Assembly'],
    arf: ['ASEAN Regional Forum'],
    asean: ['ASEAN'],
    astral: ['𝒳 Club'],
    vn: ['Việt Nam'],
    cafe: ['Café 𝒳 Group'],
    us: ['U.S.'],
  }),
);

export const SCANNER_WORDS = [
  'United',
  'Nations',
  'General',
  'Assembly',
  'UN',
  'ASEAN',
  'Regional',
  'Forum',
  'the',
  '😀',
  'Club',
  'Việt',
  'Nam',
  'Café',
  '𝒳',
  'Group',
  'x',
];

export const SCANNER_SEPARATORS = [' ', '   ', '\n', '\r\n', '\r', ' \n ', '\t\r\n\t', '\n\n', '\r\r', '\r\n\r\n', ', ', '. ', ''];

/** Up to 40 words, each followed by a separator. */
export function wordTexts(words: readonly string[], separators: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { maxLength: 40 })
    .map((parts) => parts.map(([w, s]) => w + s).join(''));
}
