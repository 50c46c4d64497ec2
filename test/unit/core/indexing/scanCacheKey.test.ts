// The key of a folder's scan cache (core/indexing/scanCacheKey.ts): the same for the same inputs,
// different when anything a scan depends on differs.
import { strict as assert } from 'node:assert';
import type { DocumentDate } from '../../../../src/core/catalog/catalogPeriod';
import { matcherDigest, scanCacheKey, type ScanCacheKeyInput } from '../../../../src/core/indexing/scanCacheKey';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { catalogFrom } from '../../helpers/matching';

const CATALOG = `entities:
  - { id: russia, name: Russia, kind: actor, type: state, aliases: [Russian Federation] }
  - { id: asean, name: ASEAN, kind: institution, type: organisation }
`;
const matcherOf = (yaml: string) => compileMatcher(catalogFrom(yaml));
const date = (year: string, source = 'documents.yaml'): DocumentDate => ({ day: Number(year) * 10000 + 101, text: year, source });

const BASE: ScanCacheKeyInput = {
  scannerVersion: 1,
  code: 'abc',
  runtime: 'node 20.20.2, unicode 15.1',
  matcher: matcherOf(CATALOG),
  listed: new Map([
    ['a.txt', date('1999')],
    ['b.txt', date('2001')],
  ]),
  keepBom: true,
  attributes: true,
};

describe('scan cache key', () => {
  it('is the same for the same inputs, however they were built', () => {
    const again: ScanCacheKeyInput = {
      ...BASE,
      matcher: matcherOf(CATALOG),
      listed: new Map([...BASE.listed].reverse()), // the same dates, listed in another order
    };
    assert.equal(scanCacheKey(again), scanCacheKey(BASE));
    assert.match(scanCacheKey(BASE), /^[0-9a-f]{64}$/);
  });

  it('changes with every input a scan depends on', () => {
    const key = scanCacheKey(BASE);
    const variants: Record<string, Partial<ScanCacheKeyInput>> = {
      'scanner version': { scannerVersion: 2 },
      'scanning code': { code: 'abd' },
      runtime: { runtime: 'node 22.0.0, unicode 15.1' },
      'an alias added': { matcher: matcherOf(CATALOG.replace('[Russian Federation]', '[Russian Federation, Moscow]')) },
      'an alias made case-insensitive': {
        matcher: matcherOf(CATALOG.replace('aliases: [Russian Federation]', 'aliases: [{ text: Russian Federation, ignoreCase: true }]')),
      },
      'entities in another order': { matcher: matcherOf(`entities:\n${CATALOG.split('\n').slice(1, 3).reverse().join('\n')}\n`) },
      'a listed date changed': { listed: new Map([...BASE.listed, ['b.txt', date('2002')]]) },
      'a listed date added': { listed: new Map([...BASE.listed, ['c.txt', date('2003')]]) },
      'a date from another source': { listed: new Map([...BASE.listed, ['b.txt', date('2001', 'file name')]]) },
      keepBom: { keepBom: false },
      attributes: { attributes: false },
    };
    for (const [what, change] of Object.entries(variants)) assert.notEqual(scanCacheKey({ ...BASE, ...change }), key, what);
  });

  it('ignores what scanning does not read: the entities besides their aliases', () => {
    const described = matcherOf(CATALOG.replace('type: organisation }', 'type: organisation, description: A regional body. }'));
    assert.equal(matcherDigest(described), matcherDigest(BASE.matcher));
  });
});
