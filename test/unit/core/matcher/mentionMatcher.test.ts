import { strict as assert } from 'node:assert';
import { found, simpleCatalog } from '../../helpers/matching';

describe('mention matcher: the rules of ARCHITECTURE.md, Mentions', () => {
  const catalog = simpleCatalog({
    asean: ['ASEAN', 'Asean', 'Association of Southeast Asian Nations', 'Association of South-east Asian Nations'],
    arf: ['ASEAN Regional Forum', 'ARF'],
    russia: ['Russia', 'Russian Federation', 'Moscow'],
    usa: ['United States', 'US', 'U.S.', 'Washington'],
    vietnam: ['Việt Nam', 'Vietnam', 'Viet Nam'],
    admm: ['ADMM-Plus'],
    eaeu: ['Eurasian Economic Union', 'EAEU', 'EEU'],
    sochi: ['Sochi Declaration'],
    sco: ['Shanghai Cooperation Organisation', '~sco'],
  });

  it('finds possessives with straight and curly apostrophes, mention excludes the suffix', () => {
    assert.deepEqual(found(catalog, "Russia's pivot and ASEAN’s centrality"), ['russia:Russia', 'asean:ASEAN']);
    assert.deepEqual(found(catalog, 'the Russian Federation’s claims'), ['russia:Russian Federation']);
  });

  it('splits hyphenated compounds into each part', () => {
    assert.deepEqual(found(catalog, 'Asean-Russia relations'), ['asean:Asean', 'russia:Russia']);
    assert.deepEqual(found(catalog, 'the Russia–ASEAN summit'), ['russia:Russia', 'asean:ASEAN']);
  });

  it('keeps hyphens that belong to the alias', () => {
    assert.deepEqual(found(catalog, 'meetings of the ADMM-Plus and ADMM‑Plus'), ['admm:ADMM-Plus', 'admm:ADMM‑Plus']);
    assert.deepEqual(found(catalog, 'the Association of South-east Asian Nations'), ['asean:Association of South-east Asian Nations']);
  });

  it('prefers the longest alias where aliases overlap', () => {
    assert.deepEqual(found(catalog, 'the ASEAN Regional Forum met; ASEAN Regional bodies'), ['arf:ASEAN Regional Forum', 'asean:ASEAN']);
  });

  it('never matches US in us, USD, USA or inside words', () => {
    assert.deepEqual(found(catalog, 'let us pay in USD, not in US dollars; USA; bonus; FOCUS'), ['usa:US']);
    assert.deepEqual(found(catalog, 'the U.S. and the US.'), ['usa:U.S.', 'usa:US']);
  });

  it('matches as written unless the alias ignores case', () => {
    assert.deepEqual(found(catalog, 'asean and ASEAN and Asean and aSEAN'), ['asean:ASEAN', 'asean:Asean']);
    assert.deepEqual(found(catalog, 'SCO, sco, Sco'), ['sco:SCO', 'sco:sco', 'sco:Sco']);
  });

  it('matches diacritics as written, in composed and decomposed form', () => {
    const nfd = 'Việt Nam'.normalize('NFD');
    assert.deepEqual(found(catalog, `Việt Nam, ${nfd}, Vietnam and Viet Nam`), [
      'vietnam:Việt Nam',
      `vietnam:${nfd}`,
      'vietnam:Vietnam',
      'vietnam:Viet Nam',
    ]);
    assert.deepEqual(found(catalog, 'Việt Namese'), [], 'no match when a word continues');
  });

  it('treats letters with combining marks and non-Latin letters as word characters', () => {
    assert.deepEqual(found(catalog, 'Russiá Russia\u0301 ЯRussia Russiaя'), []);
  });

  it('matches text right after an emoji and other astral characters', () => {
    assert.deepEqual(found(catalog, '🇷🇺Russia 😀 ASEAN𝐀 Russia😀'), ['russia:Russia', 'russia:Russia']);
  });

  it('lets any whitespace run stand for one space, including line breaks', () => {
    assert.deepEqual(found(catalog, 'the Eurasian\r\n  Economic\tUnion'), ['eaeu:Eurasian\r\n  Economic\tUnion']);
    assert.deepEqual(found(catalog, 'Sochi\u00a0Declaration'), ['sochi:Sochi\u00a0Declaration']);
    assert.deepEqual(found(catalog, 'the Eurasian Economic\n\nUnion'), [], 'a blank line ends an alias');
  });

  it('falls back to a shorter alias when the longer one is cut short', () => {
    assert.deepEqual(found(catalog, 'ASEAN Region'), ['asean:ASEAN']);
    assert.deepEqual(found(catalog, 'Eurasian Economic Unions'), []);
  });

  it('finds mentions inside Markdown markup and punctuation', () => {
    assert.deepEqual(found(catalog, '**ASEAN**, (Russia) [EAEU](http://x) "Moscow"'), [
      'asean:ASEAN',
      'russia:Russia',
      'eaeu:EAEU',
      'russia:Moscow',
    ]);
  });

  it('matches aliases written with surrounding whitespace, and letters such as U+02BC, as written', () => {
    const c = simpleCatalog({ x: ['Xyz', ' Russia', '~\u00a0asean\t'], nd: ['NʼDjamena'] });
    assert.deepEqual(found(c, 'Russia, ASEAN and NʼDjamena'), ['x:Russia', 'x:ASEAN', 'nd:NʼDjamena']);
    assert.deepEqual(found(c, "N'Djamena"), [], 'U+02BC is a letter, not an apostrophe');
  });

  it('finds nothing with an empty catalog or an empty text', () => {
    assert.deepEqual(found(simpleCatalog({}), 'Russia and ASEAN'), []);
    assert.deepEqual(found(catalog, ''), []);
  });
});
