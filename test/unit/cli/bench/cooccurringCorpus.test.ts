import { strict as assert } from 'node:assert';
import type { SpecEntity } from '../../../../src/cli/bench/catalogYaml';
import { weaveEntities } from '../../../../src/cli/bench/cooccurringCorpus';
import type { BenchCorpus, BenchDocument } from '../../../../src/cli/bench/corpusGenerator';
import { Random } from '../../../../src/cli/bench/random';

describe('bench corpus with entities named together', () => {
  const entity = (name: string): SpecEntity => ({ id: name.toLowerCase(), name, kind: 'actor', type: 'state', aliases: [], relations: [] });
  const entities = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'].map(entity);
  const doc = (id: string, text: string): BenchDocument => ({ id, text, bytes: Buffer.byteLength(text) });
  const small = doc('a.txt', 'First paragraph.\n\nSecond one.');
  const large = doc('b.txt', 'Only one.\r\n\r\nWith CRLF.');
  const corpus: BenchCorpus = {
    documents: [small, large],
    totalBytes: small.bytes + large.bytes,
    totalChars: small.text.length + large.text.length,
    crlfDocuments: 1,
    paragraphs: 4,
    sourceFiles: [],
    small,
    large,
  };

  it('ends every paragraph with two sentences naming two to five distinct entities, the same for a seed', () => {
    const woven = weaveEntities(corpus, entities, new Random(3));
    const paragraphs = woven.documents.flatMap((d) => d.text.split(/\r?\n\r?\n/));
    assert.deepEqual(
      paragraphs.map((p) => p.split('. ')[0]),
      ['First paragraph', 'Second one', 'Only one', 'With CRLF'],
    );
    for (const p of paragraphs) {
      const sentences = p.split(/(?<=\.) /).slice(1);
      assert.equal(sentences.length, 2, p);
      for (const s of sentences) {
        const named = entities.filter((e) => s.includes(e.name));
        assert.ok(named.length >= 2 && named.length <= 5, s);
      }
    }
    assert.ok(woven.large.text.includes('\r\n\r\n') && !woven.large.text.replace(/\r\n/g, '').includes('\n'), 'CRLF kept');
    assert.equal(
      woven.totalBytes,
      woven.documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0),
    );
    assert.equal(woven.small, woven.documents[0]);
    assert.deepEqual(weaveEntities(corpus, entities, new Random(3)), woven);
  });
});
