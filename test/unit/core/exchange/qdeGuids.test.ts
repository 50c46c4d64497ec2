import assert from 'node:assert/strict';
import { canonicalGuid, qdeGuid, selectionGuid } from '../../../../src/core/exchange/qdeGuids';

const GUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('qdeGuids (stable GUIDs for REFI-QDA exports)', () => {
  it('gives the same name-based UUID for the same kind and parts, and different ones otherwise', () => {
    const a = qdeGuid('code', 'pivot');
    assert.match(a, GUID_SHAPE);
    assert.equal(qdeGuid('code', 'pivot'), a);
    assert.notEqual(qdeGuid('entity', 'pivot'), a);
    assert.notEqual(qdeGuid('code', 'pivots'), a);
    // Parts are not simply concatenated: ["a","bc"] and ["ab","c"] differ.
    assert.notEqual(qdeGuid('coding', 'a', 'bc'), qdeGuid('coding', 'ab', 'c'));
  });

  it("keeps an annotation's UUID id as its selection GUID, once", () => {
    const used = new Set<string>();
    const id = '159721DD-8C48-49EB-B858-1F46F4496AD3';
    assert.equal(selectionGuid('a.txt', id, used), id.toLowerCase());
    const again = selectionGuid('b.txt', id, used);
    assert.notEqual(again, id.toLowerCase());
    assert.equal(again, qdeGuid('selection', 'b.txt', id));
    assert.match(selectionGuid('a.txt', 'not-a-uuid', used), GUID_SHAPE);
  });

  it('reads GUIDs as tools write them: braces, upper case; anything else is undefined', () => {
    assert.equal(canonicalGuid('{8A2F3C1E-1B2C-4D5E-8F90-123456789ABC}'), '8a2f3c1e-1b2c-4d5e-8f90-123456789abc');
    assert.equal(canonicalGuid(' 8a2f3c1e-1b2c-4d5e-8f90-123456789abc '), '8a2f3c1e-1b2c-4d5e-8f90-123456789abc');
    assert.equal(canonicalGuid('8a2f3c1e1b2c4d5e8f90123456789abc'), undefined);
    assert.equal(canonicalGuid('{8a2f3c1e-1b2c-4d5e-8f90-123456789abc'), undefined);
  });
});
