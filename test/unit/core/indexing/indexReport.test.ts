import { strict as assert } from 'node:assert';
import { CorpusIndex } from '../../../../src/core/index/corpusIndex';
import { indexReport, reportLine } from '../../../../src/core/indexing/indexReport';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { simpleCatalog } from '../../helpers/matching';

describe('index report', () => {
  const index = new CorpusIndex(compileMatcher(simpleCatalog({ ru: ['Russia'], asean: ['ASEAN'], cn: ['China'] })));
  index.setDocument('a.txt', 'Russia and ASEAN. Russia again.');
  index.setDocument('b.txt', 'Nothing here.');
  const build = {
    catalogFiles: 1,
    builtIn: ['world' as const],
    milliseconds: 120,
    threads: 2,
    phases: { catalogMs: 50, listingMs: 20, documentsMs: 50 },
  };

  it('counts from the index what the rebuild made', () => {
    const r = indexReport(index, build);
    assert.deepEqual([r.documents, r.mentions, r.entities, r.entitiesMentioned, r.threads], [2, 3, 3, 2, 2]);
    assert.equal(r.indexBytes, index.memoryBytes);
  });

  it('says in one line what was indexed, from which catalogs, where the time went and what it holds', () => {
    assert.equal(
      reportLine(indexReport(index, build)),
      `Indexed 2 documents: 3 mentions of 2 entities (catalog: 3 entities from the world catalog and 1 file) in 120 ms (catalog 50 ms, listing 20 ms, documents 50 ms) on 2 threads; the index holds ${(index.memoryBytes / 1e6).toFixed(1)} MB.`,
    );
    assert.match(
      reportLine(indexReport(index, { ...build, catalogFiles: 0, builtIn: [] })),
      /^No entity catalog found .* Indexed 2 documents\.$/,
    );
  });
});
