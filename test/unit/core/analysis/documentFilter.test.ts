import { strict as assert } from 'node:assert';
import { dateSpan, FilterError, parseFilter, type AttributeValue } from '../../../../src/core/analysis/documentFilter';
import { documentAttributes, groupValue } from '../../../../src/core/analysis/documentAttributes';

const doc = (fields: Record<string, AttributeValue>): Map<string, AttributeValue> => new Map(Object.entries(fields));
const speech = doc({
  path: 'un/RUS_2001.txt',
  country: 'RUS',
  author: 'Lavrov, Sergey',
  genre: 'speech',
  year: 2001,
  date: '2001-09-24',
  pages: 12,
  topics: ['security', 'trade'],
});
const report = doc({ path: 'think/cfr-2015.md', country: 'USA', genre: 'report', year: 2015, date: '2015', pages: 3.5 });
const undated = doc({ path: 'notes.txt' });
const which = (...filters: string[]): string[] =>
  [speech, report, undated].filter((d) => parseFilter(filters).matches(d)).map((d) => String(d.get('path')));

describe('analysis: the filter on document attributes', () => {
  it('compares text without regard to case, with wildcards and quoted values', () => {
    assert.deepEqual(which('country=rus'), ['un/RUS_2001.txt']);
    assert.deepEqual(which('path=*.md'), ['think/cfr-2015.md']);
    assert.deepEqual(which('path=un/RUS_????.txt'), ['un/RUS_2001.txt']);
    assert.deepEqual(which('author="Lavrov, Sergey"'), ['un/RUS_2001.txt']);
    assert.deepEqual(which('author=Lavrov'), [], 'equality is whole-value');
  });

  it('treats a missing attribute as not equal, and not as anything else', () => {
    assert.deepEqual(which('genre!=speech'), ['think/cfr-2015.md', 'notes.txt']);
    assert.deepEqual(which('genre=*'), ['un/RUS_2001.txt', 'think/cfr-2015.md']);
    assert.deepEqual(which('year<3000'), ['un/RUS_2001.txt', 'think/cfr-2015.md']);
  });

  it('compares numbers as numbers, in lists and ranges', () => {
    assert.deepEqual(which('pages>4'), ['un/RUS_2001.txt'], '12 > 4 though "12" < "4" as text');
    assert.deepEqual(which('pages<=3.5'), ['think/cfr-2015.md']);
    assert.deepEqual(which('year=2000..2010'), ['un/RUS_2001.txt']);
    assert.deepEqual(which('year=2001..'), ['un/RUS_2001.txt', 'think/cfr-2015.md']);
    assert.deepEqual(which('year=..2001'), ['un/RUS_2001.txt']);
    assert.deepEqual(which('genre in [report, statement]'), ['think/cfr-2015.md']);
  });

  it('reads a year or a month as all its days when compared with a full date', () => {
    assert.deepEqual(which('date>=2001-09'), ['un/RUS_2001.txt', 'think/cfr-2015.md']);
    assert.deepEqual(which('date<2001-09-25'), ['un/RUS_2001.txt']);
    assert.deepEqual(which('date=2001-09'), ['un/RUS_2001.txt']);
    assert.deepEqual(which('date=2015-06'), [], 'a document dated only 2015 is not known to be of June');
    assert.deepEqual(which('date>2015-06'), [], 'nor after June');
    assert.deepEqual(which('date<=2015-12-31'), ['un/RUS_2001.txt', 'think/cfr-2015.md']);
    assert.deepEqual(dateSpan('2024-02'), [20240201, 20240229]);
    assert.equal(dateSpan('2023-02-29'), undefined);
  });

  it('holds a clause on a list when one item does, and every clause of every filter', () => {
    assert.deepEqual(which('topics=trade'), ['un/RUS_2001.txt']);
    assert.deepEqual(which('topics!=trade'), ['think/cfr-2015.md', 'notes.txt']);
    assert.deepEqual(which('country=RUS and year>=2010'), []);
    assert.deepEqual(which('country in [RUS, USA]', 'year>=2010'), ['think/cfr-2015.md']);
    assert.deepEqual(which(), ['un/RUS_2001.txt', 'think/cfr-2015.md', 'notes.txt'], 'no filter: every document');
  });

  it('refuses what does not parse, naming the column', () => {
    for (const [bad, said] of [
      ['', /empty filter/],
      ['=RUS', /column 1: expected an attribute name/],
      ['country', /column 8: expected =/],
      ['country=', /column 9: expected a value$/],
      ['year>=', /column 7: expected a value$/],
      ['year>=<2', /column 7: expected a value, not another operator/],
      ['year=..', /needs at least one end/],
      ['genre in speech', /expected a list/],
      ['genre in [a b]', /expected , or \]/],
      ['author="open', /not closed/],
      ['country=RUS or year=1', /column 13: expected `and`/],
    ] as const) {
      assert.throws(
        () => parseFilter([bad]),
        (err: unknown) => err instanceof FilterError && said.test(err.message),
        bad,
      );
    }
  });
});

describe('analysis: document attributes', () => {
  it('takes documents.yaml fields, then front matter over them, then path, date and year', () => {
    const a = documentAttributes(
      'a/x.md',
      { day: 19990301, text: '1999-03', source: 'front matter' },
      { country: 'RUS', genre: 'speech', nested: { a: 1 } },
      { genre: 'statement', tags: ['a', 2], when: null },
    );
    assert.deepEqual(Object.fromEntries(a), {
      country: 'RUS',
      genre: 'statement',
      tags: ['a', 2],
      path: 'a/x.md',
      date: '1999-03',
      year: 1999,
    });
    assert.equal(groupValue(a, 'tags'), 'a, 2');
    assert.equal(groupValue(a, 'missing'), '');
    const kept = documentAttributes('y.txt', undefined, { year: 1950 }, {});
    assert.equal(kept.get('year'), 1950, 'an undated document keeps a year its list gives');
  });
});
