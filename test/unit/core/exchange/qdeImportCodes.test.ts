// Codes of a project into codebook.yaml (core/exchange/qdeImportCodes.ts): matched by GUID, by
// name under the same parent, by a name the codebook has once; the rest added with the hierarchy.
import { strict as assert } from 'node:assert';
import { flattenCodes, loadCodebook } from '../../../../src/core/codebook/codebook';
import { planCodes } from '../../../../src/core/exchange/qdeImportCodes';
import type { QdeCode } from '../../../../src/core/exchange/qdeModel';

const code = (guid: string, name: string, children: QdeCode[] = []): QdeCode => ({ guid, name, isCodable: true, noteRefs: [], children });

describe('planCodes (project codes into the codebook)', () => {
  it('keeps two codes of the same name under different parents apart', () => {
    const codes = [code('g-a', 'A', [code('g-a1', 'Other')]), code('g-b', 'B', [code('g-b1', 'Other')])];
    const plan = planCodes(codes, undefined, 'codebook.yaml', new Map());
    assert.ok(!('refused' in plan));
    const book = loadCodebook(plan.text!, 'codebook.yaml');
    assert.deepEqual(
      flattenCodes(book.codes).map((c) => [c.id, c.parent]),
      [
        ['a', undefined],
        ['other', 'a'],
        ['b', undefined],
        ['other-2', 'b'],
      ],
    );
    assert.deepEqual([plan.idByGuid.get('g-a1'), plan.idByGuid.get('g-b1')], ['other', 'other-2']);
  });

  it('uses a code the codebook has once under another parent, and adds nothing then', () => {
    const existing = 'codes:\n  - id: trade\n    name: Trade\n';
    const plan = planCodes([code('g-x', 'Economy', [code('g-t', 'trade ')])], existing, 'codebook.yaml', new Map());
    assert.ok(!('refused' in plan));
    assert.equal(plan.idByGuid.get('g-t'), 'trade');
    assert.deepEqual(plan.added, ['economy']);
    assert.equal(plan.matched, 1);
  });
});
