// ISO 3166-1 alpha-3 codes, looked up at build time in the i18n-iso-countries package by the
// English name a fact file gives (`isoName`), so that no code is ever typed by hand. The name
// must be one the package knows and must name exactly one country: the package matches names
// case-insensitively and returns the first hit, so "Congo", which it gives both Congos, would
// silently pick one.
import { alpha2ToAlpha3, getAlpha3Code, getNames } from 'i18n-iso-countries';

export type IsoLookup = { code: string } | { error: string };

/** alpha-2 code → every English name the package has for the country. */
let namesByCountry: Map<string, string[]> | undefined;

function englishNames(): Map<string, string[]> {
  if (!namesByCountry) {
    const all = getNames('en', { select: 'all' });
    namesByCountry = new Map(Object.entries(all).map(([alpha2, names]) => [alpha2, names]));
  }
  return namesByCountry;
}

export function lookUpAlpha3(isoName: string): IsoLookup {
  const wanted = isoName.toLowerCase();
  const countries = [...englishNames()].filter(([, names]) => names.some((n) => n.toLowerCase() === wanted));
  if (countries.length === 0) return { error: `isoName '${isoName}' is not an English country name known to i18n-iso-countries` };
  if (countries.length > 1) {
    const list = countries.map(([alpha2, names]) => `${alpha2} (${names.join(' / ')})`).join(', ');
    return { error: `isoName '${isoName}' names more than one country in i18n-iso-countries: ${list}` };
  }
  const code = getAlpha3Code(isoName, 'en');
  if (code === undefined || code !== alpha2ToAlpha3(countries[0][0])) {
    return { error: `i18n-iso-countries gave no consistent alpha-3 code for isoName '${isoName}'` };
  }
  return { code };
}
