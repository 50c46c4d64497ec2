// The checks of documents.yaml lists beyond their YAML: paths that climb out or are absolute, keys
// that are `Date` or spelled two ways, a `year:` that does not date, an attribute with no value,
// and, against the corpus, paths that are no document, documents listed twice and dates that the
// front matter overrides. Every problem is at the line of what it is about.
import { strict as assert } from 'node:assert';
import { parseDocumentList, listedPath } from '../../../../src/core/catalog/documentDates';
import { checkListsAgainstCorpus, type ListedCorpus } from '../../../../src/core/catalog/documentListChecks';
import type { Diagnostic } from '../../../../src/core/base/diagnostics';

const located = (ds: readonly Diagnostic[]): string[] =>
  ds.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`);
const list = (file: string, ...lines: string[]): ReturnType<typeof parseDocumentList> => parseDocumentList(lines.join('\n'), file);

describe('documents.yaml checks', () => {
  it('resolves . and .. in paths, and refuses one that climbs out or is absolute', () => {
    assert.equal(listedPath('un/', './a/./b.txt'), 'un/a/b.txt');
    assert.equal(listedPath('un/', '../other/x.txt'), 'other/x.txt');
    assert.equal(listedPath('un/', '../../x.txt'), undefined);
    const parsed = list(
      'un/documents.yaml',
      'documents:',
      '  - { path: ../other/x.txt }',
      '  - { path: ../../x.txt }',
      '  - { path: /home/me/x.txt }',
      '  - path: C:\\texts\\x.txt',
    );
    assert.deepEqual(
      parsed.documents.map((d) => [d.path, d.line, d.column]),
      [['other/x.txt', 2, 5]],
    );
    assert.deepEqual(located(parsed.diagnostics), [
      "un/documents.yaml:3:13 error bad-path: '../../x.txt' climbs above the workspace folder; paths are relative to this file's folder",
      "un/documents.yaml:4:13 error bad-path: '/home/me/x.txt' is an absolute path; paths are relative to this file's folder",
      "un/documents.yaml:5:11 error bad-path: 'C:\\texts\\x.txt' is an absolute path; paths are relative to this file's folder",
    ]);
  });

  it('names the line of the first entry of a document listed twice', () => {
    const parsed = list('documents.yaml', 'documents:', '  - path: a.txt', '    date: 1999', '  - path: ./a.txt');
    assert.deepEqual(located(parsed.diagnostics), [
      "documents.yaml:4:5 warning duplicate-document: './a.txt' is listed twice; the first entry (line 2) is used",
    ]);
  });

  it('says that Date and PATH are attributes, not the date and the path', () => {
    const parsed = list('documents.yaml', 'documents:', '  - { path: a.txt, Date: 1999 }', '  - { PATH: b.txt }');
    assert.deepEqual(located(parsed.diagnostics).sort(), [
      "documents.yaml:2:20 warning key-case: 'Date' is not read as the document's date, only as an attribute (keys are case-sensitive): write 'date'",
      "documents.yaml:3:5 error missing-field: the document's `path` is required",
      "documents.yaml:3:7 warning key-case: 'PATH' is not read as the document's path, only as an attribute (keys are case-sensitive): write 'path'",
    ]);
  });

  it('says where an attribute is spelled otherwise than in most entries', () => {
    const parsed = list(
      'documents.yaml',
      'documents:',
      '  - { path: a.txt, country: RUS }',
      '  - { path: b.txt, country: USA }',
      '  - { path: c.txt, Country: FRA, first_name: Ann }',
      '  - { path: d.txt, first-name: Bob }',
    );
    assert.deepEqual(located(parsed.diagnostics), [
      "documents.yaml:4:20 warning key-case: 'Country' is written 'country' in 2 other entries; analyses count them as two attributes",
      "documents.yaml:5:20 warning key-case: 'first-name' is written 'first_name' in another entry; analyses count them as two attributes",
    ]);
  });

  it("says a year is not a date, and that a date's year replaces it", () => {
    const parsed = list(
      'documents.yaml',
      'documents:',
      '  - { path: a.txt, year: 1999 }',
      '  - { path: b.txt, date: 2001-02-03, year: 2001 }',
      '  - { path: c.txt, date: 2001-02-03, year: 2002 }',
      '  - { path: d.txt, genre: }',
    );
    assert.deepEqual(located(parsed.diagnostics), [
      "documents.yaml:2:26 info year-attribute: 'year' does not date 'a.txt' (dated names and the charts over time read 'date'): write 'date: 1999'",
      "documents.yaml:4:44 warning year-attribute: 'year: 2002' of 'c.txt' is left out: analyses take the year of its date (2001)",
      "documents.yaml:5:20 warning bad-attribute: the attribute 'genre' of 'd.txt' has no value; analyses leave it out",
    ]);
  });

  describe('against the corpus', () => {
    const corpus = (docs: Record<string, { date?: { day: number; text: string; source: string } }>): ListedCorpus => ({
      document: (path) => docs[path],
      caseVariant: (path) => Object.keys(docs).find((p) => p !== path && p.toLowerCase() === path.toLowerCase()),
    });

    it('reports a path that is no document, with a hint when one is near', () => {
      const parsed = list(
        'un/documents.yaml',
        'documents:',
        '  - { path: USA_1999.txt }',
        '  - { path: usa_2000.txt }',
        '  - { path: sub\\RUS.txt }',
        '  - { path: "*.txt" }',
        '  - { path: gone.txt }',
      );
      const found = checkListsAgainstCorpus([parsed], corpus({ 'un/USA_1999.txt': {}, 'un/USA_2000.txt': {} }));
      assert.deepEqual(located(found), [
        "un/documents.yaml:3:5 warning unknown-document: 'un/usa_2000.txt' is no document of the corpus (did you mean 'un/USA_2000.txt'? paths are case-sensitive)",
        "un/documents.yaml:4:5 warning unknown-document: 'un/sub\\RUS.txt' is no document of the corpus: write '/' between folders",
        "un/documents.yaml:5:5 warning unknown-document: 'un/*.txt' is no document of the corpus: paths are matched as written, without wildcards",
        "un/documents.yaml:6:5 warning unknown-document: 'un/gone.txt' is no document of the corpus: no such file, or one the settings leave out of the corpus; its date and attributes are not used",
      ]);
    });

    it('says which list wins for a document listed in two, and when the front matter overrides a date', () => {
      const top = list('documents.yaml', 'documents:', '  - { path: un/a.txt, date: 1999 }', '  - { path: un/b.txt, date: 1999-05 }');
      const deeper = list('un/documents.yaml', '# the UN speeches', 'documents:', '  - { path: a.txt, date: 1999-09-21 }');
      const dated = { day: 19990521, text: '1999-05-21', source: 'front matter' };
      const found = checkListsAgainstCorpus([deeper, top], corpus({ 'un/a.txt': {}, 'un/b.txt': { date: dated } }));
      assert.deepEqual(
        located(found),
        [
          "documents.yaml:2:5 info listed-elsewhere: 'un/a.txt' is also listed in un/documents.yaml (line 3), whose entry wins",
          "documents.yaml:3:5 info date-overridden: 'un/b.txt' is dated 1999-05-21 by its own front matter, which wins over this date (1999-05)",
        ].sort(),
      );
      assert.deepEqual(checkListsAgainstCorpus([top], corpus({ 'un/a.txt': {}, 'un/b.txt': { date: { ...dated, text: '1999-05' } } })), []);
    });
  });
});
