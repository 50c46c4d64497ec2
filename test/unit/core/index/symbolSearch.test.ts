import { strict as assert } from 'node:assert';
import { foldForSearch, matchScore, SCORE, SymbolSearch } from '../../../../src/core/index/symbolSearch';

const entities = [
  { name: 'Russia', aliases: [{ text: 'Russian Federation' }, { text: 'Moscow' }, { text: 'Kremlin' }] },
  { name: 'ASEAN', aliases: [{ text: 'Association of Southeast Asian Nations' }, { text: 'Asean' }] },
  { name: 'ASEAN Regional Forum', aliases: [{ text: 'ARF' }] },
  { name: 'Việt Nam', aliases: [{ text: 'Vietnam' }] },
  { name: 'Sergey Lavrov', aliases: [{ text: 'Lavrov' }] },
];

describe('symbol search', () => {
  it('folds case, accents and whitespace', () => {
    assert.equal(foldForSearch('  Việt \n Nam '), 'viet nam');
    assert.equal(foldForSearch('Vie\u0302\u0323t Nam'), 'viet nam', 'decomposed accents too');
  });

  it('scores exact, prefix, word prefix, substring and characters in order', () => {
    assert.equal(matchScore('asean', 'asean'), SCORE.exact);
    assert.equal(matchScore('asean', 'asean regional forum'), SCORE.prefix);
    assert.equal(matchScore('forum', 'asean regional forum'), SCORE.wordPrefix);
    assert.equal(matchScore('gional', 'asean regional forum'), SCORE.substring);
    assert.equal(matchScore('arf', 'asean regional forum'), SCORE.subsequence);
    assert.equal(matchScore('asean forum', 'asean regional forum'), SCORE.subsequence, 'spaces in the query are ignored in order');
    assert.equal(matchScore('fra', 'asean regional forum'), 0);
    assert.equal(matchScore('', 'asean'), 0);
  });

  it('finds an entity by an alias and says which spelling matched', () => {
    const [hit] = new SymbolSearch(entities).search('kreml', 10);
    assert.deepEqual(hit, { index: 0, score: SCORE.prefix, spelling: 'Kremlin', viaAlias: true });
  });

  it('prefers the name to an alias that matches as well', () => {
    const [hit] = new SymbolSearch(entities).search('asean', 10);
    assert.deepEqual(hit, { index: 1, score: SCORE.exact, spelling: 'ASEAN', viaAlias: false });
  });

  it('ranks better matches first, then by weight, and keeps to the limit', () => {
    const search = new SymbolSearch(entities);
    assert.deepEqual(
      search.search('asean', 10).map((h) => h.index),
      [1, 2],
    );
    const twins = new SymbolSearch([
      { name: 'Alpine Union', aliases: [] },
      { name: 'Alpha Bank', aliases: [] },
    ]);
    assert.deepEqual(
      twins.search('alp', 10).map((h) => h.index),
      [1, 0],
      'equal scores and weights: by name',
    );
    assert.deepEqual(
      twins.search('alp', 10, (i) => (i === 0 ? 5 : 1)).map((h) => h.index),
      [0, 1],
      'equal scores: heavier first',
    );
    assert.equal(search.search('a', 2).length, 2);
    assert.deepEqual(search.search('xyz', 10), []);
  });

  it('matches accents loosely and lists the heaviest entities for an empty query', () => {
    const search = new SymbolSearch(entities);
    assert.equal(search.search('viet nam', 10)[0].spelling, 'Việt Nam');
    assert.deepEqual(
      search.search('', 3, (i) => i).map((h) => h.index),
      [4, 3, 2],
    );
  });
});
