import { strict as assert } from 'node:assert';
import { CorpusIndex } from '../../../../src/core/index/corpusIndex';
import { EntityMentionCursor, moreMentionsText } from '../../../../src/core/index/entityMentions';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { simpleCatalog } from '../../helpers/matching';

const catalog = simpleCatalog({ un: ['United Nations', 'UN'], asean: ['ASEAN'] });

/** An index of the documents, and a cursor over the mentions of `entity`. */
function cursorOver(documents: Record<string, string>, entity = 'un'): { index: CorpusIndex; cursor: () => EntityMentionCursor } {
  const index = new CorpusIndex(compileMatcher(catalog));
  for (const [id, text] of Object.entries(documents)) index.setDocument(id, text);
  return { index, cursor: () => new EntityMentionCursor(index, index.entityIndex(entity)) };
}

/** A page as "document:start line:start column-end line:end column" strings. */
function described(page: ReturnType<EntityMentionCursor['next']>): string[] {
  return page.flatMap(({ document, mentions }) =>
    mentions.map((i) => {
      const m = document.mentions.at(i);
      return `${document.id}:${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
    }),
  );
}

const DOCUMENTS = {
  'c.txt': 'UN, ASEAN and the UN.',
  'a.txt': 'The United\r\nNations. ASEAN. UN.\nUN',
  'b.txt': 'ASEAN only.',
  'd.txt': 'Once: UN.',
};

describe('entity mentions, a page at a time', () => {
  it('lists every mention of the entity with its positions, documents in id order, without the text', () => {
    const { cursor } = cursorOver(DOCUMENTS);
    const all = cursor();
    assert.equal(all.total, 6);
    assert.equal(all.documentCount, 3);
    assert.deepEqual(described(all.next()), [
      'a.txt:0:4-1:7',
      'a.txt:1:16-1:18',
      'a.txt:2:0-2:2',
      'c.txt:0:0-0:2',
      'c.txt:0:18-0:20',
      'd.txt:0:6-0:8',
    ]);
    assert.deepEqual(all.next(), [], 'nothing after the end');
    assert.equal(all.remaining, 0);
    assert.equal(all.remainingDocuments, 0);
  });

  it('takes pages that split documents, and says what is left', () => {
    const { cursor } = cursorOver(DOCUMENTS);
    const pages = cursor();
    assert.deepEqual(described(pages.next(2)), ['a.txt:0:4-1:7', 'a.txt:1:16-1:18']);
    assert.deepEqual([pages.taken, pages.remaining, pages.remainingDocuments], [2, 4, 3], 'a.txt still has one');
    assert.deepEqual(described(pages.next(3)), ['a.txt:2:0-2:2', 'c.txt:0:0-0:2', 'c.txt:0:18-0:20']);
    assert.deepEqual([pages.remaining, pages.remainingDocuments], [1, 1], "a page ending on a document's last mention leaves it behind");
    assert.deepEqual(described(pages.next(5)), ['d.txt:0:6-0:8']);
    assert.deepEqual([pages.remaining, pages.remainingDocuments], [0, 0]);
  });

  it('gives every mention once, in order, whatever the page size', () => {
    const { cursor } = cursorOver(DOCUMENTS);
    const whole = described(cursor().next());
    for (let size = 1; size <= 7; size++) {
      const pages = cursor();
      const taken: string[] = [];
      for (let page = pages.next(size); page.length > 0; page = pages.next(size)) {
        const listed = described(page);
        assert.ok(listed.length <= size);
        taken.push(...listed);
        assert.equal(pages.taken, taken.length);
      }
      assert.deepEqual(taken, whole, `pages of ${size}`);
    }
  });

  it('is empty for an entity no document mentions', () => {
    const { cursor } = cursorOver({ 'a.txt': 'UN' }, 'asean');
    const none = cursor();
    assert.deepEqual([none.total, none.documentCount, none.next().length, none.remainingDocuments], [0, 0, 0, 0]);
  });

  it('says how many more mentions in how many documents', () => {
    assert.equal(moreMentionsText(149_000, 10_900), '149,000 more mentions in 10,900 documents');
    assert.equal(moreMentionsText(1, 1), '1 more mention in 1 document');
  });
});
