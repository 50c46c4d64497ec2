// How tagged passages are grouped for drawing: one group per colour and look, nested passages
// and proposals told apart, orphans and empty places left out, in document order.
import { strict as assert } from 'node:assert';
import { paintKey, paintPlan, type PaintSource } from '../../../../src/core/presentation/annotationPaint';

const COLORS: Record<string, string> = { hedging: '#3177c6', sanctions: '#c0392b' };
const colorOf = (codes: readonly string[]): string | undefined => COLORS[codes[0] ?? ''];
const place = (
  id: string,
  start: number | undefined,
  end: number | undefined,
  codes = ['hedging'],
  status: PaintSource['status'] = 'anchored',
): PaintSource => ({ id, codes, status, start, end });
const looks = (sources: PaintSource[]): Record<string, string> =>
  Object.fromEntries(paintPlan(sources, colorOf).places.map((p) => [p.id, p.look]));

describe('annotation paint plan', () => {
  it('groups places by colour and look, the default colour for codes without one', () => {
    const plan = paintPlan(
      [place('a', 0, 10), place('b', 20, 30, ['sanctions']), place('c', 40, 50), place('d', 60, 70, ['uncoloured'])],
      colorOf,
    );
    assert.deepEqual([...plan.groups.keys()], [paintKey('#3177c6', 'plain'), paintKey('#c0392b', 'plain'), paintKey(undefined, 'plain')]);
    assert.deepEqual(
      plan.groups.get('#3177c6/plain')?.places.map((p) => p.id),
      ['a', 'c'],
    );
    assert.equal(plan.groups.get('default/plain')?.color, undefined);
    for (const p of plan.places) assert.equal(p.key, paintKey(p.color, p.look));
  });

  it('marks passages inside another (or on the same text) as nested; crossing ones stay plain', () => {
    assert.deepEqual(
      looks([place('inner', 5, 8), place('outer', 0, 20), place('crossing', 15, 30), place('same', 0, 20), place('after', 30, 40)]),
      { outer: 'plain', same: 'nested', inner: 'nested', crossing: 'plain', after: 'plain' },
    );
    assert.deepEqual(
      looks([place('a', 0, 10), place('b', 0, 5), place('c', 5, 10)]),
      { a: 'plain', b: 'nested', c: 'nested' },
      'shared edges',
    );
  });

  it('draws needs-review and ambiguous places as proposals, leaves orphans and empty places out', () => {
    const plan = paintPlan(
      [
        place('review', 0, 10, ['hedging'], 'needs-review'),
        place('amb', 2, 4, ['hedging'], 'ambiguous'),
        place('orphan', undefined, undefined, ['hedging'], 'orphaned'),
        place('empty', 12, 12),
        place('inside', 3, 5),
      ],
      colorOf,
    );
    assert.deepEqual(
      plan.places.map((p) => [p.id, p.look]),
      [
        ['review', 'proposed'],
        ['amb', 'proposed'],
        ['inside', 'nested'],
      ],
    );
  });

  it('lists places in document order, longest first at a shared start, whatever the input order', () => {
    const plan = paintPlan([place('z', 50, 60), place('short', 0, 5), place('long', 0, 30), place('m', 10, 12)], colorOf);
    assert.deepEqual(
      plan.places.map((p) => p.id),
      ['long', 'short', 'm', 'z'],
    );
  });

  it('handles a thousand passages with one colour lookup each', () => {
    let lookups = 0;
    const sources = Array.from({ length: 1000 }, (_, i) =>
      place(`a${i}`, i * 10, i * 10 + (i % 3 === 0 ? 25 : 5), [i % 2 ? 'hedging' : 'sanctions']),
    );
    const plan = paintPlan(sources, (codes) => {
      lookups++;
      return colorOf(codes);
    });
    assert.equal(lookups, 1000);
    assert.equal(plan.places.length, 1000);
    assert.equal(
      [...plan.groups.values()].reduce((n, g) => n + g.places.length, 0),
      1000,
    );
    // Places 10i..10i+25 (every third) cover the next two short ones.
    assert.equal(plan.places.filter((p) => p.look === 'nested').length, 666);
  });
});
