// Completion in a documents.yaml, on worked cases typed as an analyst types them: `|` is the
// cursor. Keys, paths, dates and attribute values; block and flow entries; half-typed lines; an
// empty file; what is never offered (comments, other keys, nested mappings).
import { strict as assert } from 'node:assert';
import {
  documentListCompletions,
  ListEntries,
  MAX_PATHS,
  USUAL_ATTRIBUTES,
  type ListCompletionContext,
  type ListCompletions,
} from '../../../../src/core/catalog/documentListCompletion';
import { cursorSlot, WINDOW_FROM } from '../../../../src/core/catalog/documentListCursor';

const DOCUMENTS = [{ path: 'USA_54_1999.txt', detail: 'dated 1999 (file name)' }, { path: 'RUS_44_1989.txt' }, { path: 'sub/FRA.txt' }];

function complete(typed: string, more: Partial<ListCompletionContext> = {}): ListCompletions | undefined {
  const offset = typed.indexOf('|');
  assert.ok(offset >= 0, 'the case marks the cursor');
  const text = typed.slice(0, offset) + typed.slice(offset + 1);
  return documentListCompletions({ text, offset, documents: DOCUMENTS, otherEntries: [], ...more });
}

const labels = (c: ListCompletions | undefined): string[] => (c?.items ?? []).map((i) => i.label);
const item = (c: ListCompletions | undefined, label: string) => c?.items.find((i) => i.label === label);
/** The replaced text, shown with brackets: `[sp]`. */
const replaced = (typed: string, c: ListCompletions | undefined): string => {
  const text = typed.replace('|', '');
  return c ? `${text.slice(0, c.start)}[${text.slice(c.start, c.end)}]${text.slice(c.end)}` : 'nothing';
};

const LIST = [
  'documents:',
  '  - path: USA_54_1999.txt',
  '    date: 1999-09-21',
  '    genre: speech',
  '    country: USA',
  '  - path: ./RUS_44_1989.txt',
  '    genre: speech',
  '    tags: [UN, disarmament]',
  '  - { path: sub/GBR.txt, genre: statement, pages: 3, draft: false }',
].join('\n');

describe('documents.yaml completion', () => {
  it('offers the documents list in an empty file, and nothing more once it is there', () => {
    const empty = complete('|');
    assert.deepEqual(empty?.items, [
      {
        label: 'documents',
        insert: 'documents:\n  - path: $0',
        snippet: true,
        detail: 'the list of documents, each with its path, date and attributes',
        kind: 'file-key',
        retrigger: true,
      },
    ]);
    assert.deepEqual(labels(complete('doc|')), ['documents']);
    assert.deepEqual(labels(complete(`${LIST}\n|`)), []);
  });

  it("offers an entry's missing keys: path and date, then the attributes in use (most used first), then the usual ones", () => {
    const typed = `${LIST}\n  - path: sub/FRA.txt\n    gen|`;
    const c = complete(typed, { otherEntries: [{ country: 'RUS' }, { country: 'FRA', speaker: 'Putin' }] });
    assert.deepEqual(labels(c), [
      'date',
      'genre',
      'country',
      'draft',
      'pages',
      'tags',
      'speaker',
      ...USUAL_ATTRIBUTES.filter((k) => k !== 'genre' && k !== 'country'),
    ]);
    assert.equal(item(c, 'genre')?.detail, 'attribute: 3 entries here');
    assert.equal(item(c, 'country')?.detail, 'attribute: 1 entry here, 2 in other lists');
    assert.equal(item(c, 'speaker')?.detail, 'attribute: 1 in other lists');
    assert.equal(item(c, 'author')?.detail, 'attribute: in no entry yet');
    assert.deepEqual(item(c, 'genre'), {
      label: 'genre',
      insert: 'genre: ',
      detail: 'attribute: 3 entries here',
      documentation: undefined,
      kind: 'key',
      retrigger: true,
    });
    assert.equal(replaced(typed, c).split('\n').pop(), '    [gen]');
  });

  it('starts a new entry with its path, after `- ` or right under `documents:`', () => {
    const dash = complete(`${LIST}\n  - |`);
    assert.equal(labels(dash)[0], 'path');
    assert.deepEqual([item(dash, 'path')?.insert, item(dash, 'path')?.retrigger], ['path: ', true]);
    const first = complete('documents:\n  |');
    assert.deepEqual([item(first, 'path')?.insert, item(first, 'date')?.insert], ['- path: ', '- date: ']);
    const flow = complete('documents: [{ path: a.txt, genre: speech }, |]');
    assert.deepEqual(item(flow, 'path'), {
      label: 'path',
      insert: '{ path: $1 }',
      snippet: true,
      retrigger: true,
      detail: item(flow, 'path')?.detail,
      documentation: undefined,
      kind: 'key',
    });
    assert.equal(item(flow, 'genre')?.detail, 'attribute: 1 entry here');
  });

  it('offers keys on a blank line of an entry, and in a flow entry, never one the entry has', () => {
    const blank = complete('documents:\n  - path: a.txt\n    genre: speech\n    |\n  - path: b.txt\n    country: USA');
    assert.deepEqual(labels(blank).slice(0, 3), ['date', 'country', 'author']);
    const flow = complete('documents:\n  - { path: a.txt, country: RUS }\n  - { path: b.txt, co| }');
    assert.deepEqual(labels(flow).slice(0, 2), ['date', 'country']);
    assert.equal(item(flow, 'country')?.insert, 'country: ');
  });

  it('replaces the whole key when the cursor is inside one, without a second colon', () => {
    const typed = `${LIST}\n  - path: a.txt\n    cou|ntry: RUS`;
    const c = complete(typed);
    assert.equal(item(c, 'country')?.insert, 'country');
    assert.equal(item(c, 'country')?.retrigger, undefined);
    assert.equal(replaced(typed, c).split('\n').pop(), '    [country]: RUS');
  });

  it('offers the values other entries give a key, most frequent first', () => {
    const typed = `${LIST}\n  - path: a.txt\n    genre: sp|`;
    const c = complete(typed, { otherEntries: [{ genre: 'op-ed' }, { genre: 'statement' }, { genre: 'statement' }] });
    assert.deepEqual(labels(c), ['speech', 'statement', 'op-ed'], 'the uses in this list first');
    assert.equal(item(c, 'speech')?.detail, '2 entries here');
    assert.equal(item(c, 'statement')?.detail, '1 entry here, 2 in other lists');
    assert.equal(replaced(typed, c).split('\n').pop(), '    genre: [sp]');
    assert.deepEqual(labels(complete(`${LIST}\n  - path: a.txt\n    pages: |`)), ['3']);
    assert.deepEqual(labels(complete(`${LIST}\n  - path: a.txt\n    draft: |`)), ['false']);
  });

  it('quotes a value where YAML would read it otherwise, and writes it inside the quotes typed', () => {
    const others = { otherEntries: [{ title: 'Peace, at last: a speech' }, { title: 'yes' }, { title: 'It\'s "done"' }] };
    const block = complete('documents:\n  - path: a.txt\n    title: |', others);
    assert.deepEqual(
      block?.items.map((i) => i.insert),
      ['It\'s "done"', '"Peace, at last: a speech"', 'yes'],
    );
    const flow = complete('documents:\n  - { path: a.txt, title: P| }', others);
    assert.equal(item(flow, 'Peace, at last: a speech')?.insert, '"Peace, at last: a speech"');
    const double = complete('documents:\n  - path: a.txt\n    title: "It|"', others);
    assert.equal(item(double, 'It\'s "done"')?.insert, 'It\'s \\"done\\"');
    const single = complete("documents:\n  - path: a.txt\n    title: 'It|", others);
    assert.equal(item(single, 'It\'s "done"')?.insert, 'It\'\'s "done"');
    assert.equal(replaced("documents:\n  - path: a.txt\n    title: 'It|", single).split('\n').pop(), "    title: '[It]");
  });

  it('offers the items of a list value that this list does not hold yet', () => {
    const others = { otherEntries: [{ tags: ['UN', 'nuclear'] }] };
    assert.deepEqual(labels(complete(`${LIST}\n  - path: a.txt\n    tags: [UN, |]`, others)), ['disarmament', 'nuclear']);
    assert.deepEqual(labels(complete(`${LIST}\n  - path: a.txt\n    tags:\n      - |`, others)), ['UN', 'disarmament', 'nuclear']);
  });

  it('offers as paths the corpus documents the list does not hold yet, with what the editor says of them', () => {
    const c = complete('documents:\n  - path: ./RUS_44_1989.txt\n  - path: |');
    assert.deepEqual(
      c?.items.map((i) => [i.label, i.detail]),
      [
        ['USA_54_1999.txt', 'dated 1999 (file name)'],
        ['sub/FRA.txt', 'corpus document'],
      ],
    );
    assert.equal(c?.incomplete, false);
    const odd = complete('documents:\n  - path: |', { documents: [{ path: 'notes #1.txt' }, { path: '1999' }, { path: 'a-b/c.d.md' }] });
    assert.deepEqual(
      odd?.items.map((i) => i.insert),
      ['"notes #1.txt"', '"1999"', 'a-b/c.d.md'],
      'quoted where YAML would read a comment or a number',
    );
    assert.deepEqual(labels(complete('documents:\n  - { path: U| }')), ['USA_54_1999.txt', 'RUS_44_1989.txt', 'sub/FRA.txt']);
  });

  it(`offers at most ${MAX_PATHS} paths, those holding what is typed, and says more may come`, () => {
    const documents = Array.from({ length: 3000 }, (_, i) => ({ path: `speech-${i}.txt` }));
    const all = complete('documents:\n  - path: |', { documents });
    assert.equal(all?.items.length, MAX_PATHS);
    assert.equal(all?.incomplete, true);
    const typed = complete('documents:\n  - path: 12|', { documents });
    assert.ok(typed?.items.every((i) => i.label.includes('12')));
    assert.equal(typed?.items.length, documents.filter((d) => d.path.includes('12')).length);
  });

  it("offers a date's formats, with the year its file name gives first", () => {
    const named = complete('documents:\n  - path: USA_54_1999.txt\n    date: |');
    assert.deepEqual(
      named?.items.map((i) => [i.label, i.insert, i.detail]),
      [
        ['1999', '1999', 'the year in its file name'],
        ['YYYY-MM-DD', '${1:1999}-${2:MM}-${3:DD}', 'a day'],
        ['YYYY-MM', '${1:1999}-${2:MM}', 'a month'],
        ['YYYY', '${1:1999}', 'a year'],
      ],
    );
    assert.deepEqual(
      complete('documents:\n  - { date: |, path: memo.txt }')?.items.map((i) => i.insert),
      ['${1:YYYY}-${2:MM}-${3:DD}', '${1:YYYY}-${2:MM}', '${1:YYYY}'],
    );
  });

  it('offers nothing in a comment, under another key, or in a nested mapping', () => {
    assert.equal(complete('documents:\n  - path: a.txt\n    # a note|'), undefined);
    assert.equal(complete('notes:\n  - path: |'), undefined);
    assert.equal(complete('documents:\n  - path: a.txt\n    author:\n      name: |'), undefined);
    assert.equal(complete('documents: |'), undefined);
    assert.equal(complete('documents:\n  - path: a.txt\n    genre: speech\n      |'), undefined, 'a plain value going on');
  });

  it("replaces what is on the cursor's line only, when a quote is left open", () => {
    const typed = 'documents:\n  - path: a.txt\n    title: "The B|\n  - path: b.txt\n    title: "The Bear"';
    assert.equal(replaced(typed, complete(typed)).split('\n')[2], '    title: "[The B]');
  });

  it(`reads a list past ${WINDOW_FROM / 1024} kB in the lines of the cursor's entry alone, with the same slot everywhere`, () => {
    const lines = [
      '# the UN speeches',
      'documents:',
      '  # first the 1990s',
      '  - path: a.txt',
      '    tags: [x, y]',
      '',
      '    genre: speech',
      '  - { path: b.txt, genre: statement,',
      '      country: RUS }',
      '  - path: c.txt',
      '    tags:',
      '      - x',
      '    notes: |',
      '      - not an entry',
      '    author: "A. B."',
      '  - path: d.txt',
      'other: 1',
    ];
    // Every line cut short at every length (as it is typed), the cursor at every place of it.
    for (let li = 0; li < lines.length; li++) {
      for (let cut = 0; cut <= lines[li].length; cut++) {
        const text = [...lines.slice(0, li), lines[li].slice(0, cut), ...lines.slice(li + 1)].join('\n');
        const lineStart = lines.slice(0, li).join('\n').length + (li > 0 ? 1 : 0);
        for (let offset = lineStart; offset <= lineStart + cut; offset++) {
          const where = JSON.stringify(`${text.slice(offset - 30, offset)}|${text.slice(offset, offset + 10)}`);
          assert.deepEqual(cursorSlot(text, offset, 0), cursorSlot(text, offset, Infinity), where);
        }
      }
    }
  });

  it("reads the entries again only when a line other than the cursor's changed", () => {
    const entries = new ListEntries();
    const first = entries.at(`${LIST}\n  - path: a.txt\n    genre: s`, LIST.length + 31);
    assert.equal(first?.length, 4);
    assert.equal(entries.at(`${LIST}\n  - path: a.txt\n    genre: spe`, LIST.length + 33), first, 'typing on one line');
    const other = entries.at(`${LIST}\n  - path: b.txt\n    genre: spe`, LIST.length + 33);
    assert.notEqual(other, first);
    assert.equal(other?.[3].path, 'b.txt');
  });

  it('places the cursor by indentation as YAML does', () => {
    const slot = (typed: string) => cursorSlot(typed.replace('|', ''), typed.indexOf('|'));
    assert.deepEqual(slot('documents:\n- path: a.txt\n  gen|'), {
      start: 27,
      end: 30,
      partial: 'gen',
      flow: false,
      kind: 'key',
      entry: { keys: ['path'], path: 'a.txt' },
      hasColon: false,
      opens: undefined,
    });
    assert.equal(slot('documents:\n  - path: a.txt\n    tags:\n    - x\n    - |')?.kind, 'value', 'a list at the indentation of its key');
    assert.deepEqual(slot('documents: [{ path: a.txt }, { path: b.txt, gen|')?.kind, 'key');
  });
});
