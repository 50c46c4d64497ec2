import assert from 'node:assert/strict';
import { parseDocumentList } from '../../../../src/core/catalog/documentDates';
import { planAttributes, sourceAttributes, type Attribute } from '../../../../src/core/exchange/qdeImportAttributes';
import type { QdeProject, QdeTextSource } from '../../../../src/core/exchange/qdeModel';

const source = (values: [string, string][]): QdeTextSource => ({
  guid: 's',
  selections: [],
  noteRefs: [],
  variableValues: values.map(([variableGuid, value]) => ({ variableGuid, value })),
});
const PROJECT: QdeProject = {
  name: 'p',
  users: [],
  codes: [],
  sources: [],
  otherSources: [],
  notes: [],
  variables: [
    { guid: 'a', name: 'Speaker  role', type: 'Text' },
    { guid: 'b', name: 'Pages', type: 'Integer' },
    { guid: 'c', name: 'Share', type: 'Float' },
    { guid: 'd', name: 'Official', type: 'Boolean' },
    { guid: 'e', name: 'Date', type: 'Date' },
    { guid: 'f', name: 'year', type: 'Integer' },
    { guid: 'g', name: 'PATH', type: 'Text' },
  ],
};

describe('qdeImportAttributes (REFI-QDA variables into documents.yaml)', () => {
  it('types values by their variable, names date and year as the project does, never path', () => {
    const all = sourceAttributes(
      PROJECT,
      source([
        ['a', 'Minister'],
        ['b', '12'],
        ['c', '0.25'],
        ['d', 'true'],
        ['e', '2019-09-24'],
        ['f', '2019'],
        ['g', 'x/../y.txt'],
      ]),
    );
    assert.deepEqual(all, { 'Speaker role': 'Minister', Pages: 12, Share: 0.25, Official: true, date: '2019-09-24' });
    assert.deepEqual(sourceAttributes(PROJECT, source([['f', '1999']])), { date: 1999 }, 'a year alone dates the document');
    assert.deepEqual(sourceAttributes(PROJECT, source([['b', 'twelve']])), { Pages: 'twelve' }, 'a value its type does not fit stays text');
  });

  it('starts documents.yaml when there is none, listing only documents with attributes', () => {
    const plan = planAttributes(
      new Map<string, Record<string, Attribute>>([
        ['a.txt', { date: 1999, Pages: 3 }],
        ['b.txt', {}],
      ]),
      { kind: 'absent' },
    );
    assert.equal(plan.added, 1);
    assert.equal(plan.text, 'documents:\n  - path: a.txt\n    date: 1999\n    Pages: 3\n');
    assert.deepEqual(parseDocumentList(plan.text!, 'documents.yaml').diagnostics, []);
  });

  it("adds to an existing list, keeping its entries' bytes and comments, and leaves a listed document as it is", () => {
    const text = '# Our corpus\ndocuments:\n  # the first one\n  - { path: a.txt, date: 2001-02-03, genre: speech }\n';
    const plan = planAttributes(
      new Map<string, Record<string, Attribute>>([
        ['a.txt', { date: 1999 }],
        ['new one.txt', { genre: 'op-ed' }],
      ]),
      { kind: 'text', text },
    );
    assert.equal(plan.added, 1);
    assert.ok(plan.text!.startsWith(text), plan.text);
    assert.equal(plan.text!.slice(text.length), '  - path: new one.txt\n    genre: op-ed\n');
    assert.deepEqual(
      parseDocumentList(plan.text!, 'documents.yaml').documents.map((d) => [d.path, d.fields.genre]),
      [
        ['a.txt', 'speech'],
        ['new one.txt', 'op-ed'],
      ],
    );
  });

  it('writes nothing to a documents.yaml with errors, and says which line', () => {
    const plan = planAttributes(new Map([['a.txt', { date: 1999 }]]), { kind: 'text', text: 'documents:\n  - path: [x\n' });
    assert.equal(plan.text, undefined);
    assert.equal(plan.problems.length, 1);
    assert.match(plan.problems[0].message, /has errors .*the attributes of 1 document are not written/);
    assert.equal(typeof plan.problems[0].line, 'number');
  });
});
