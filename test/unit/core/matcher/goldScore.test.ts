// The gold-set scorer, on a hand-made set whose figures are worked out here.
import { strict as assert } from 'node:assert';
import { scoreGold } from '../../../../src/core/matcher/goldScore';

describe('gold-set scorer', () => {
  it('counts found, missed, wrong and extra mentions per class, and leaves out entities the catalog lacks', () => {
    const gold = {
      id: 't',
      mentions: [
        { start: 0, end: 6, entity: 'russia', class: 'plain' }, // found
        { start: 10, end: 20, entity: 'north-korea', class: 'nested' }, // read as south-korea: wrong and missed
        { start: 30, end: 35, entity: 'ussr', class: 'historical' }, // missed
        { start: 40, end: 45, entity: 'elsewhere', class: 'plain' }, // not in the catalog
      ],
      notMentions: [{ start: 50, end: 59, class: 'not-mention' }],
    };
    const predicted = [
      { start: 0, end: 6, entity: 'russia' },
      { start: 10, end: 20, entity: 'south-korea' },
      { start: 50, end: 54, entity: 'the-west' }, // inside a judged phrase: a false positive of that class
      { start: 70, end: 75, entity: 'china' }, // nothing judged there: an extra
    ];
    const s = scoreGold([{ gold, predicted }], (id) => id !== 'elsewhere');
    assert.equal(s.outsideCatalog, 1);
    assert.deepEqual(s.byClass.plain, { gold: 1, found: 1, falsePositives: 1, precision: 0.5, recall: 1 });
    assert.deepEqual(s.byClass.nested, { gold: 1, found: 0, falsePositives: 1, precision: 0, recall: 0 });
    assert.deepEqual(s.byClass.historical, { gold: 1, found: 0, falsePositives: 0, precision: 1, recall: 0 });
    assert.deepEqual(s.byClass['not-mention'], { gold: 0, found: 0, falsePositives: 1, precision: 0, recall: 1 });
    assert.deepEqual(s.overall, { gold: 3, found: 1, falsePositives: 3, precision: 0.25, recall: 1 / 3 });
    assert.deepEqual(s.errors.map((e) => `${e.kind}:${e.class}`).sort(), [
      'extra:plain',
      'missed:historical',
      'wrong:nested',
      'wrong:not-mention',
    ]);
  });
});
