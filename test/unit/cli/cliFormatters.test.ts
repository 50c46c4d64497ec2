import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { csvField, csvRow, diagnosticLine, renderTable, sortDiagnostics, type Column } from '../../../src/cli/formatters';
import type { Diagnostic } from '../../../src/core/base/diagnostics';
import { parseCsv } from '../../support/csv';

describe('CLI formatters', () => {
  it('quotes CSV fields only when needed, doubling quotes', () => {
    assert.deepEqual(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rx', ' lead', 'trail ', '', 42].map(csvField), [
      'plain',
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      '"cr\rx"',
      '" lead"',
      '"trail "',
      '',
      '42',
    ]);
  });

  it('round-trips any fields through CSV (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', '😀', ',', '"', '\n', ' ', 'x') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((r) => `${csvRow(r)}\n`).join('');
        assert.deepEqual(parseCsv(text), rows);
      }),
    );
  });

  it('aligns table columns by code points and cuts long values', () => {
    interface Row {
      name: string;
      n: number;
    }
    const columns: Array<Column<Row>> = [
      { title: 'Name', align: 'left', value: (r) => r.name, maxWidth: 8 },
      { title: 'N', align: 'right', value: (r) => r.n },
    ];
    assert.deepEqual(
      renderTable(columns, [
        { name: 'Việt Nam', n: 3 },
        { name: '😀 x', n: 12 },
        { name: 'A very long name', n: 1 },
      ]),
      ['Name       N', '--------  --', 'Việt Nam   3', '😀 x       12', 'A very…    1'],
    );
  });

  it('prints diagnostics as file:line:col and sorts them by position', () => {
    const d = (file: string, line: number, column: number): Diagnostic => ({
      file,
      line,
      column,
      severity: 'error',
      code: 'c',
      message: 'm',
    });
    assert.equal(diagnosticLine(d('a.yaml', 3, 7)), 'a.yaml:3:7: error: m [c]');
    assert.equal(diagnosticLine(d('folder', 0, 0)), 'folder: error: m [c]');
    assert.deepEqual(sortDiagnostics([d('b', 1, 1), d('a', 9, 1), d('a', 2, 5), d('a', 2, 1)]).map(diagnosticLine), [
      'a:2:1: error: m [c]',
      'a:2:5: error: m [c]',
      'a:9:1: error: m [c]',
      'b:1:1: error: m [c]',
    ]);
  });
});
