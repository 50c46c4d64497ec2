import { strict as assert } from 'node:assert';
import { CoMentions } from '../../../../src/core/index/coMentions';
import { CorpusIndex } from '../../../../src/core/index/corpusIndex';
import { loadCatalog } from '../../../../src/core/catalog/catalogLoader';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { find, simpleCatalog } from '../../helpers/matching';

const catalog = simpleCatalog({ ru: ['Russia', 'Moscow'], asean: ['ASEAN'], cn: ['China'], us: ['US'] });

function newIndex(): { index: CorpusIndex; id: (x: string) => number } {
  const index = new CorpusIndex(compileMatcher(catalog));
  return { index, id: (x) => index.entityIndex(x) };
}

/** An index of the given documents with its co-mentions, read back as `id:count` lists. */
function coMentionsOver(documents: Record<string, string>) {
  const { index, id } = newIndex();
  const co = new CoMentions(index);
  for (const [name, text] of Object.entries(documents)) index.setDocument(name, text);
  const names = (list: ReadonlyArray<{ entity: number; count: number }>): string[] =>
    list.map((c) => `${index.entities[c.entity].id}:${c.count}`);
  return { index, id, co, names };
}

describe('corpus index', () => {
  it('counts mentions per document and per entity', () => {
    const { index, id } = newIndex();
    index.setDocument('a.txt', 'Russia and ASEAN. Moscow again.');
    index.setDocument('b.txt', 'ASEAN, ASEAN and China.');
    assert.equal(index.documentCount, 2);
    assert.equal(index.mentionCount, 6);
    assert.equal(index.mentionCountOf(id('asean')), 3);
    assert.equal(index.documentCountOf(id('asean')), 2);
    assert.deepEqual(index.documentsOf(id('asean')), [
      { document: 'b.txt', count: 2 },
      { document: 'a.txt', count: 1 },
    ]);
    assert.deepEqual(
      index.mentionsOf(id('ru')).map((m) => [m.document, m.mention.start, m.mention.end]),
      [
        ['a.txt', 0, 6],
        ['a.txt', 18, 24],
      ],
    );
    assert.equal(index.mentionCountOf(id('us')), 0);
  });

  it('updates one document without touching the others', () => {
    const { index, id } = newIndex();
    index.setDocument('a.txt', 'Russia and ASEAN.');
    const b = index.setDocument('b.txt', 'China and ASEAN.');
    index.setDocument('a.txt', 'Only China here, and China.');
    assert.equal(index.document('b.txt'), b, 'b was not re-scanned');
    assert.equal(index.mentionCountOf(id('ru')), 0);
    assert.equal(index.documentCountOf(id('ru')), 0);
    assert.equal(index.mentionCountOf(id('cn')), 3);
    assert.equal(index.mentionCount, 4);
    assert.ok(index.removeDocument('a.txt'));
    assert.equal(index.removeDocument('a.txt'), false);
    assert.equal(index.mentionCount, 2);
    assert.deepEqual([...index.documentIds()], ['b.txt']);
  });

  it('gives line and column of each mention and finds the mention at an offset', () => {
    const { index } = newIndex();
    const doc = index.setDocument('a.txt', 'Intro\r\n  Russia meets\nASEAN');
    assert.deepEqual(
      [...doc.mentions].map((m) => [m.line, m.column]),
      [
        [1, 2],
        [2, 0],
      ],
    );
    assert.equal(doc.mentions.indexAt(10), 0);
    assert.equal(doc.mentions.indexAt(15), -1, 'the end is exclusive');
    assert.equal(doc.lineCount, 3);
  });

  it('indexes a CRLF file with a BOM: same mentions, lines and code points as its LF twin', () => {
    const { index } = newIndex();
    const lf = 'Intro 😀\nRussia and ASEAN.\n\nThe US.';
    const crlf = index.setDocument('crlf.txt', '\uFEFF' + lf.replace(/\n/g, '\r\n'));
    const plain = index.setDocument('lf.txt', lf);
    const view = (d: typeof plain): number[][] =>
      [...d.mentions].map((m) => [m.line, d.offsets.toCodePoint(m.start), d.offsets.toCodePoint(m.end), m.sentence, m.paragraph]);
    assert.deepEqual(view(crlf), view(plain));
    assert.deepEqual(view(plain), [
      [1, 8, 14, 0, 0],
      [1, 19, 24, 0, 0],
      [3, 31, 33, 1, 1],
    ]);
  });

  it('counts co-mentions within a sentence and within a paragraph', () => {
    const { index, id, co, names } = coMentionsOver({
      'a.txt': 'Russia and China met. ASEAN watched.\n\nThe US and Russia. Russia, Russia and China.',
      'b.txt': 'Moscow and China.',
    });
    assert.deepEqual(names(co.of(id('ru'), 'sentence')), ['cn:3', 'us:1']);
    assert.deepEqual(names(co.of(id('ru'), 'paragraph')), ['cn:3', 'asean:1', 'us:1']);
    index.setDocument('b.txt', 'Moscow alone.');
    assert.deepEqual(names(co.of(id('ru'), 'sentence')), ['cn:2', 'us:1'], 'the cache follows document changes');
    co.dispose();
  });

  it('drops cached co-mentions only when a document that counts for them changes', () => {
    const { index, id, co, names } = coMentionsOver({ 'a.txt': 'Russia and China met.', 'b.txt': 'ASEAN and the US.' });
    assert.deepEqual(names(co.of(id('ru'), 'sentence')), ['cn:1']);
    assert.deepEqual(names(co.of(id('asean'), 'sentence')), ['us:1']);
    index.setDocument('b.txt', 'ASEAN and China.');
    assert.ok(co.isCached(id('ru'), 'sentence'), 'b.txt never mentioned Russia: its list stays');
    assert.ok(!co.isCached(id('asean'), 'sentence'), 'b.txt mentioned ASEAN: its list is dropped');
    index.setDocument('c.txt', 'Moscow and the US.');
    assert.deepEqual(names(co.of(id('ru'), 'sentence')), ['cn:1', 'us:1'], 'a new document mentioning Russia counts');
    index.removeDocument('a.txt');
    assert.deepEqual(names(co.of(id('ru'), 'sentence')), ['us:1'], 'a removed document stops counting');
    index.setDocument('c.txt', 'Nothing here.');
    assert.deepEqual(names(co.of(id('ru'), 'sentence')), [], 'a document that stopped mentioning Russia stops counting');
    assert.deepEqual(names(co.of(id('asean'), 'sentence')), ['cn:1']);
    co.dispose();
  });

  it('splits sentences at full stops but not after one-letter abbreviations', () => {
    const { index } = newIndex();
    const doc = index.setDocument('a.txt', 'The U.S. view of Russia. China? ASEAN');
    assert.deepEqual(
      [...doc.mentions].map((m) => m.sentence),
      [0, 1, 2],
    );
  });
});

describe('a catalog of 50,000 entities', function () {
  // About 5 s alone; a loaded 2-core machine can take several times that (no timing is asserted).
  this.timeout(120_000);
  it('loads, compiles and matches entities from the first to the last', () => {
    const rows = ['entities:'];
    for (let i = 0; i < 50000; i++)
      rows.push(`  - { id: e${i}, name: Entity${i} Ltd, kind: actor, type: organisation, aliases: [E${i}X] }`);
    const big = loadCatalog(rows.join('\n'), 'big.yaml');
    assert.equal(big.diagnostics.length, 0);
    assert.equal(big.entities.length, 50000);
    const m = compileMatcher(big);
    assert.deepEqual(
      find(m, 'Entity0 Ltd, E49999X and Entity49999 Ltd; Entity5 Ltds').map((f) => f.id),
      ['e0', 'e49999', 'e49999'],
    );
  });
});
