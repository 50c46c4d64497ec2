// Issue 11: where a document's date comes from (front matter, documents.yaml, file name, folder
// name, in that order) and what a broken source does (a located problem; the next source is used).
import { strict as assert } from 'node:assert';
import { documentDate, frontMatterDate, listedDates, nameDate, parseDocumentList } from '../../../../src/core/catalog/documentDates';

const codes = (ds: Array<{ code: string; line: number; column: number }>): string[] => ds.map((d) => `${d.code}@${d.line}:${d.column}`);

describe('document dates', () => {
  it('reads a year in the file name, else the nearest folder name', () => {
    assert.deepEqual(nameDate('speeches/USA_54_1999.txt'), { day: 19990701, text: '1999', source: 'file name' });
    assert.deepEqual(nameDate('2016-kausikan-fulfilling-the-potential.txt'), { day: 20160701, text: '2016', source: 'file name' });
    assert.deepEqual(nameDate('Session 44 - 1989/RUS.txt'), { day: 19890701, text: '1989', source: 'folder name' });
    assert.equal(nameDate('notes/memo-12345.txt'), undefined, 'digits that are not a year on their own');
    assert.equal(nameDate('notes/memo.txt'), undefined);
  });

  it("reads the front matter date, with the document's own line numbers", () => {
    assert.deepEqual(frontMatterDate('---\ntitle: A speech\ndate: 1985-09-24\n---\nMr. President,\n', 'a.md').date, {
      day: 19850924,
      text: '1985-09-24',
      source: 'front matter',
    });
    assert.deepEqual(frontMatterDate('---\ndate: 1985\n...\ntext', 'a.md').date?.day, 19850701);
    assert.deepEqual(frontMatterDate('no front matter\n---\ndate: 1985\n---\n', 'a.md'), { diagnostics: [] });
    const bad = frontMatterDate('---\ntitle: x\ndate: 24 September 1985\n---\n', 'a.md');
    assert.deepEqual(codes(bad.diagnostics), ['bad-date@3:7']);
    assert.deepEqual(
      frontMatterDate('---\ndate: 2019-05-01T10:00:00+02:00\n---\n', 'a.md').date,
      { day: 20190501, text: '2019-05-01', source: 'front matter' },
      'a time after the date',
    );
    assert.deepEqual(frontMatterDate('---\ndate: 2019-05-01 10:00 +0200\n---\n', 'a.md').date?.day, 20190501);
    assert.deepEqual(frontMatterDate('---\n---\nText', 'a.md'), { diagnostics: [] }, 'empty front matter');
    // A document that opens with a rule, or whose "front matter" is prose, has none: nothing is said.
    assert.deepEqual(frontMatterDate('---\nSpeech of the President\nMr. President: thank you, sir: yes\n---\nText', 'a.txt'), {
      diagnostics: [],
    });
    assert.deepEqual(frontMatterDate('---\ntitle: [unclosed\ndate: 1985\n---\n', 'a.md'), { diagnostics: [] });
    assert.deepEqual(frontMatterDate('---\ndate: 1985\n', 'a.md'), { diagnostics: [] }, 'never closed: a rule, not front matter');
  });

  it('reads documents.yaml: paths relative to it, dates checked, other fields kept', () => {
    const list = parseDocumentList(
      [
        'documents:',
        '  - { path: USA_54_1999.txt, date: 1999-09-21, speaker: Madeleine Albright, country: USA }',
        '  - { path: ./RUS_44_1989.txt, date: 1989 }',
        '  - { path: FRA_60_2005.txt, date: next year }',
        '  - { path: USA_54_1999.txt, date: 2000 }',
        '  - { date: 2001 }',
      ].join('\n'),
      'un/documents.yaml',
    );
    assert.deepEqual(
      list.documents.map((d) => [d.path, d.date?.day]),
      [
        ['un/USA_54_1999.txt', 19990921],
        ['un/RUS_44_1989.txt', 19890701],
        ['un/FRA_60_2005.txt', undefined],
      ],
    );
    assert.deepEqual(list.documents[0].fields, { speaker: 'Madeleine Albright', country: 'USA' });
    assert.deepEqual(codes(list.diagnostics), ['bad-date@4:36', 'duplicate-document@5:5', 'missing-field@6:5']);
  });

  it('takes the front matter, then documents.yaml (the deepest), then the name', () => {
    const top = parseDocumentList(
      'documents:\n  - { path: un/a_1999.txt, date: 1999-01-02 }\n  - { path: un/b.txt, date: 1970 }\n',
      'documents.yaml',
    );
    const deeper = parseDocumentList('documents:\n  - { path: a_1999.txt, date: 1999-03-04 }\n', 'un/documents.yaml');
    const listed = listedDates([deeper, top]);
    assert.equal(documentDate('un/a_1999.txt', '---\ndate: 1999-05-06\n---\n', listed).date?.source, 'front matter');
    assert.deepEqual(documentDate('un/a_1999.txt', 'text', listed).date, { day: 19990304, text: '1999-03-04', source: 'documents.yaml' });
    assert.equal(documentDate('un/b.txt', 'text', listed).date?.day, 19700701);
    assert.equal(documentDate('un/c_2003.txt', 'text', listed).date?.source, 'file name');
    const broken = documentDate('un/c_2003.txt', '---\ndate: soon\n---\n', listed);
    assert.equal(broken.date?.source, 'file name', 'a front matter date that does not parse falls back');
    assert.deepEqual(codes(broken.diagnostics), ['bad-date@2:7']);
    assert.equal(documentDate('notes.txt', 'text', listed).date, undefined);
  });
});
