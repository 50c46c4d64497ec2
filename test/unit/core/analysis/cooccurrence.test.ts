import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { cCoefficient, CooccurrenceCounter, pairCount } from '../../../../src/core/analysis/cooccurrence';
import { mentionUnits } from '../../../../src/core/analysis/mentionUnits';
import { passageUnits } from '../../../../src/core/analysis/passageUnits';
import { layeredCatalogFile } from '../../helpers/sampleCatalog';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { scanDocument } from '../../../../src/core/matcher/documentScanner';
import * as path from 'node:path';

describe('analysis: co-occurrence counts', () => {
  it('counts units, pairs and the c-coefficient of a hand-made set of units', () => {
    // Items 0 = A, 1 = B, 2 = C. Units: {A,B}, {A,B,C}, {A}, {C}, {B,C}.
    const counter = new CooccurrenceCounter(3, 3, true);
    for (const unit of [[0, 1], [0, 1, 2], [0], [2], [1, 2]]) counter.addUnit(unit);
    assert.equal(counter.units, 5);
    assert.deepEqual(
      [0, 1, 2].map((k) => counter.rowCount(k)),
      [3, 3, 3],
    );
    const ab = counter.pair(0, 1);
    // nA = 3, nB = 3, nAB = 2: c = 2 / (3 + 3 - 2) = 0.5; shares 2/3 each.
    assert.deepEqual([ab.nA, ab.nB, ab.nAB, ab.c], [3, 3, 2, 0.5]);
    assert.equal(ab.shareOfA, 2 / 3);
    const ac = counter.pair(2, 0); // asked the other way round: the same pair
    assert.deepEqual([ac.a, ac.b, ac.nAB, ac.c], [0, 2, 1, 1 / 5]);
    assert.deepEqual(
      counter.pairs().map((p) => [p.a, p.b, p.nAB]),
      [
        [0, 1, 2],
        [1, 2, 2],
        [0, 2, 1],
      ],
    );
  });

  it('flags a pair whose sides differ more than five times in frequency', () => {
    // A in 12 units, B in 2, both in 2: B always comes with A, yet c = 2/12.
    const p = pairCount(0, 1, 12, 2, 2);
    assert.equal(p.c, 2 / 12);
    assert.equal(p.shareOfB, 1);
    assert.equal(p.unbalanced, true);
    assert.equal(pairCount(0, 1, 10, 2, 2).unbalanced, false, 'exactly five times is not more than five times');
  });

  it('counts two sets against each other (codes with entities)', () => {
    const counter = new CooccurrenceCounter(2, 3, false);
    counter.addUnit([0], [0, 1]);
    counter.addUnit([0, 1], [1]);
    counter.addUnit([1], []);
    assert.deepEqual(
      [counter.rowCount(0), counter.rowCount(1), counter.columnCount(0), counter.columnCount(1), counter.columnCount(2)],
      [2, 2, 1, 2, 0],
    );
    const p = counter.pair(0, 1);
    assert.deepEqual([p.nA, p.nB, p.nAB], [2, 2, 2]);
    assert.equal(counter.pair(1, 2).nAB, 0);
  });

  it('counts the same in its sparse form (catalogs too big for a dense table of pairs)', () => {
    const units = [[0, 2999], [2999, 5, 0], [5], [0, 5]];
    const big = new CooccurrenceCounter(3000, 3000, true); // 9 million pairs: kept in a map
    const small = new CooccurrenceCounter(3000, 3000, true);
    for (const u of units) big.addUnit(u);
    const remap = (k: number): number => [0, 5, 2999].indexOf(k);
    const dense = new CooccurrenceCounter(3, 3, true);
    for (const u of units) dense.addUnit(u.map(remap));
    const name = (k: number): number => [0, 5, 2999][k];
    assert.deepEqual(
      big.pairs().map((p) => [p.a, p.b, p.nAB]),
      dense
        .pairs()
        .map((p) => [name(p.a), name(p.b), p.nAB])
        .map(([a, b, n]) => [Math.min(a, b), Math.max(a, b), n]),
    );
    assert.equal(small.pair(0, 5).nAB, 0);
  });

  it('holds n_ab ≤ min(n_a, n_b), 0 ≤ c ≤ 1 and symmetry on any units', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 6 }), { maxLength: 40 }), (units) => {
        const counter = new CooccurrenceCounter(6, 6, true);
        for (const u of units) counter.addUnit(u);
        for (let a = 0; a < 6; a++) {
          for (let b = 0; b < 6; b++) {
            if (a === b) continue;
            const p = counter.pair(a, b);
            const q = counter.pair(b, a);
            assert.equal(p.nAB, q.nAB);
            assert.ok(p.nAB <= Math.min(p.nA, p.nB));
            assert.ok(p.c >= 0 && p.c <= 1);
            assert.equal(p.nAB, units.filter((u) => u.includes(a) && u.includes(b)).length, 'n_ab is the units holding both');
            assert.equal(p.nA, units.filter((u) => u.includes(Math.min(a, b))).length);
          }
        }
      }),
    );
    assert.equal(cCoefficient(0, 0, 0), 0);
  });
});

describe('analysis: units of mentions and passages', () => {
  const matcher = compileMatcher(layeredCatalogFile(path.join(__dirname, '..', '..', '..', '..', 'corpus', 'entities.yaml')));
  const id = (k: number): string => matcher.entities[k].id;

  it("groups a document's mentions by sentence, paragraph and document, each entity once a unit", () => {
    const text = 'Russia and ASEAN met. Russia spoke again, Russia twice.\n\nASEAN replied. Viet Nam agreed.';
    const { mentions } = scanDocument(matcher, text);
    const names = (units: number[][]): string[][] => units.map((u) => u.map(id));
    assert.deepEqual(names(mentionUnits(mentions, 'sentence', (e) => e)), [['russia', 'asean'], ['russia'], ['asean'], ['vietnam']]);
    assert.equal(mentionUnits(mentions, 'paragraph', (e) => e).length, 2);
    assert.equal(mentionUnits(mentions, 'document', (e) => e)[0].length, 3);
    // Entities that are not counted leave no unit behind.
    const onlyAsean = mentionUnits(mentions, 'sentence', (e) => (id(e) === 'asean' ? 0 : -1));
    assert.deepEqual(onlyAsean, [[0], [0]]);
  });

  it('makes a unit of each passage, or of each run of overlapping passages', () => {
    const passages = [
      { start: 0, end: 10, codes: ['a'], entities: ['russia'] },
      { start: 5, end: 20, codes: ['b'] },
      { start: 19, end: 30, codes: ['c', 'a'] },
      { start: 30, end: 40, codes: ['d'] }, // touches the run, does not overlap it
    ];
    assert.deepEqual(
      passageUnits(passages, 'passage').map((u) => u.codes),
      [['a'], ['b'], ['c', 'a'], ['d']],
    );
    assert.deepEqual(passageUnits(passages, 'overlap'), [
      { codes: ['a', 'b', 'c'], entities: ['russia'], start: 0, end: 30 },
      { codes: ['d'], entities: [], start: 30, end: 40 },
    ]);
  });
});
