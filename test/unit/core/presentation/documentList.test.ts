import { strict as assert } from 'node:assert';
import { documentAttributes } from '../../../../src/core/analysis/documentAttributes';
import { parseFilter } from '../../../../src/core/analysis/documentFilter';
import type { DocumentDate } from '../../../../src/core/catalog/catalogPeriod';
import {
  attributeLines,
  documentDescription,
  documentTooltip,
  listDocuments,
  listingSummary,
  type DocumentRow,
} from '../../../../src/core/presentation/documentList';

const dated = (text: string, source = 'documents.yaml'): DocumentDate => {
  const [y, m = '07', d = '01'] = text.split('-');
  return { day: Number(y) * 10000 + Number(m) * 100 + Number(d), text, source };
};
const row = (path: string, date?: DocumentDate, listed?: Record<string, unknown>): DocumentRow => ({
  path,
  date,
  attributes: documentAttributes(path, date, listed, {}),
});

const speech = row('un/speech-10.txt', dated('1999-09-21'), { country: 'RUS', speaker: 'Ivanov, Igor', topics: ['security', 'trade'] });
const early = row('un/speech-9.txt', dated('1985-09-24'), { country: 'USA' });
const report = row('2016-report.txt', dated('2016', 'file name'));
const notes = row('notes.md');
const all = [speech, early, report, notes];
const paths = (rows: DocumentRow[]): string[] => rows.map((r) => r.path);

describe('presentation: the Documents view list', () => {
  it('sorts by path as people read numbers, or by date with undated documents last', () => {
    assert.deepEqual(paths(listDocuments(all, undefined, 'path').rows), [
      '2016-report.txt',
      'notes.md',
      'un/speech-9.txt',
      'un/speech-10.txt',
    ]);
    assert.deepEqual(paths(listDocuments(all, undefined, 'date').rows), [
      'un/speech-9.txt',
      'un/speech-10.txt',
      '2016-report.txt',
      'notes.md',
    ]);
    assert.deepEqual(paths(all), ['un/speech-10.txt', 'un/speech-9.txt', '2016-report.txt', 'notes.md'], 'the input is left as it was');
  });

  it('keeps what the filter keeps, and counts every document', () => {
    const listing = listDocuments(all, parseFilter(['year>=1990 and path=un/*']), 'path');
    assert.deepEqual(paths(listing.rows), ['un/speech-10.txt']);
    assert.equal(listing.total, 4);
    assert.deepEqual(paths(listDocuments(all, parseFilter(['topics=trade']), 'path').rows), ['un/speech-10.txt'], 'a list holds one item');
    assert.deepEqual(paths(listDocuments(all, parseFilter(['country!=RUS']), 'date').rows), [
      'un/speech-9.txt',
      '2016-report.txt',
      'notes.md',
    ]);
  });

  it('shows the date with its source, then the listed attributes, never the path or the year', () => {
    assert.deepEqual(attributeLines(speech), [
      { name: 'date', value: '1999-09-21', source: 'documents.yaml' },
      { name: 'country', value: 'RUS' },
      { name: 'speaker', value: 'Ivanov, Igor' },
      { name: 'topics', value: 'security, trade' },
    ]);
    assert.deepEqual(attributeLines(report), [{ name: 'date', value: '2016', source: 'file name' }]);
    assert.deepEqual(attributeLines(notes), []);
  });

  it('describes a document by its date, mentions and folder, and says everything in the tooltip', () => {
    assert.equal(documentDescription(speech, 12), '1999-09-21 · 12 mentions · un');
    assert.equal(documentDescription(report, 1), '2016 · 1 mention');
    assert.equal(documentDescription(notes, 10953), '10,953 mentions');
    assert.equal(
      documentTooltip(speech, 12),
      'un/speech-10.txt\n12 mentions\ndate: 1999-09-21 (documents.yaml)\ncountry: RUS\nspeaker: Ivanov, Igor\ntopics: security, trade',
    );
    assert.equal(documentTooltip(notes, 0), 'notes.md\n0 mentions');
  });

  it('says how many documents are shown of how many, and when the filter keeps none', () => {
    assert.deepEqual(listingSummary(listDocuments(all, undefined, 'path'), ''), { description: '4 documents' });
    assert.deepEqual(listingSummary(listDocuments(all, parseFilter(['year<2000']), 'path'), 'year<2000'), {
      description: '2 of 4 documents',
      message: 'Documents where year<2000: 2 of 4 documents.',
    });
    assert.deepEqual(listingSummary(listDocuments(all, parseFilter(['year>3000']), 'path'), 'year>3000'), {
      description: '0 of 4 documents',
      message: 'No document matches year>3000. Clear the filter to see all 4.',
    });
  });
});
