import { strict as assert } from 'node:assert';
import { mostMentioned } from '../../../../src/cli/bench/mostMentioned';
import { CorpusIndex } from '../../../../src/core/index/corpusIndex';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { simpleCatalog } from '../../helpers/matching';

describe('most-mentioned entity (benches)', () => {
  const catalog = simpleCatalog({ ru: ['Russia', 'Moscow'], asean: ['ASEAN'], cn: ['China'] });

  it('finds the entity with the most mentions over all documents, the first in catalog order on a tie', () => {
    const index = new CorpusIndex(compileMatcher(catalog));
    index.setDocument('a.txt', 'Russia and ASEAN. Moscow again. China.');
    index.setDocument('b.txt', 'ASEAN, ASEAN and China.');
    assert.deepEqual(mostMentioned(index), { entity: index.entityIndex('asean'), count: 3 });
    index.setDocument('c.txt', 'Russia.');
    assert.deepEqual(mostMentioned(index), { entity: index.entityIndex('ru'), count: 3 });
  });

  it('finds none in an index without mentions', () => {
    const index = new CorpusIndex(compileMatcher(catalog));
    index.setDocument('a.txt', 'Nothing here.');
    assert.equal(mostMentioned(index), undefined);
  });
});
