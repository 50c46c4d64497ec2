import { strict as assert } from 'node:assert';
import { IndexedCatalogTexts } from '../../../../src/core/index/indexedCatalogTexts';

const A = 'file:///w/entities.yaml';
const B = 'file:///w/more/entities.yaml';

/** A finished build that read `texts`. */
function built(texts: Record<string, string>, generation = 1): IndexedCatalogTexts {
  const t = new IndexedCatalogTexts();
  t.begin(generation);
  t.list(generation, Object.keys(texts));
  for (const [file, text] of Object.entries(texts)) t.read(generation, file, text);
  t.end(generation, true);
  return t;
}

describe('IndexedCatalogTexts', () => {
  it('knows the text a finished build read, and nothing else', () => {
    const t = built({ [A]: 'a1' });
    assert.equal(t.holds(A, 'a1'), true);
    assert.equal(t.holds(A, 'a2'), false, 'a changed text rebuilds');
    assert.equal(t.holds(B, 'b'), false, 'a catalog the build did not read rebuilds');
  });

  it('counts a file the running build has yet to read as current, but not a new file', () => {
    const t = built({ [A]: 'a1' });
    t.begin(2);
    assert.equal(t.holds(A, 'a2'), true, 'listing: a known file will be read from now on');
    assert.equal(t.holds(B, 'b'), false, 'listing: a new file may be missed by the listing');
    t.list(2, [A]);
    assert.equal(t.holds(A, 'a3'), true, 'listed, not read yet');
    t.read(2, A, 'a3');
    assert.equal(t.holds(A, 'a4'), false, 'read an older text: rebuild');
    assert.equal(t.holds(A, 'a3'), true);
  });

  it('ignores a superseded build, and forgets what a failed one read', () => {
    const t = built({ [A]: 'a1' });
    t.begin(2);
    t.begin(3);
    t.read(2, A, 'stale');
    t.list(2, [A, B]);
    t.end(2, true);
    t.list(3, [A]);
    assert.equal(t.holds(B, 'b'), false, 'the superseded listing does not count');
    t.read(3, A, 'a3');
    t.end(3, false);
    assert.equal(t.holds(A, 'a3'), false, 'a failed build indexed nothing');
  });
});
