import { strict as assert } from 'node:assert';
import { checkSidecar } from '../../../../src/core/sidecars/sidecarCheck';
import { loadSidecar, newSidecar, newSidecarText } from '../../../../src/core/sidecars/sidecarLoad';
import { SidecarReadOnlyError } from '../../../../src/core/sidecars/sidecarModel';
import { HAND_WRITTEN, HASH, SIDECAR } from '../../helpers/sidecarTexts';

const lines = (text: string): string[] => text.split('\n');

describe('sidecar model: load, edit, write back', () => {
  it('gives back the very same bytes when nothing changed', () => {
    const model = loadSidecar(HAND_WRITTEN, SIDECAR);
    assert.equal(model.readOnly, false);
    assert.deepEqual(model.ids, ['a1', 'a2']);
    assert.equal(model.changed, false);
    assert.equal(model.toText(), HAND_WRITTEN);
    // Unknown keys are only warnings: the file stays editable.
    assert.deepEqual(
      model.diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}`),
      ['4 warning unknown-key', '24 warning unknown-key', '13 warning unknown-key'],
    );
  });

  it('respells only the annotation it changes, keeping its comments and unknown keys', () => {
    const model = loadSidecar(HAND_WRITTEN, SIDECAR);
    model.update('a2', { codes: ['realism', 'multilateralism'], note: 'Reads as realist.', modified: '2025-03-02T10:00:00Z' });
    const out = model.toText();
    const before = lines(HAND_WRITTEN);
    const after = lines(out);
    assert.deepEqual(after.slice(0, 16), before.slice(0, 16), 'header, a1 and the comments above a2 are untouched');
    assert.deepEqual(after.slice(16), [
      '    codes:',
      '      - realism',
      '      - multilateralism',
      '    note: Reads as realist.',
      '    target:',
      '      exact: "Russia"',
      '    status: anchored',
      '    modified: 2025-03-02T10:00:00Z',
      '  # a comment closing the list',
      'x-tool: {generator: hand}',
      '',
    ]);
    assert.deepEqual(model.get('a2')?.codes, ['realism', 'multilateralism']);
    const reread = loadSidecar(out, SIDECAR);
    assert.equal(reread.get('a2')?.note, 'Reads as realist.');
    assert.equal(reread.plain('a1')?.confidence, 0.8);
  });

  it('keeps comments and unknown keys inside the annotation it changes', () => {
    const model = loadSidecar(HAND_WRITTEN, SIDECAR);
    model.update('a1', { status: 'needs-review' });
    const a1 = model.itemText('a1').text;
    assert.match(a1, /confidence: 0\.8 # unknown annotation key/);
    assert.match(a1, /codes: \[hedging\] # padded flow list/);
    assert.match(a1, /note: \|\n {6}two\n {6}lines\n/);
    assert.match(a1, /status: needs-review\n/);
    assert.ok(model.toText().includes('  - id: a2\n    codes:\n      - realism\n'), 'a2 untouched');
  });

  it('adds an annotation after the last one and deletes by id', () => {
    const model = loadSidecar(HAND_WRITTEN, SIDECAR);
    model.add({
      id: 'n1',
      codes: ['hedging'],
      target: { exact: 'multi\nline "quote" ', prefix: 'x', start: 40, end: 58 },
      author: 'Ana',
      created: '2025-03-01T14:05:00Z',
      note: 'a: b # not a comment',
    });
    model.delete('a1');
    const out = model.toText();
    assert.ok(!out.includes('id: a1') && !out.includes('# the first one\n  - id'), 'a1 is gone');
    assert.ok(out.includes('  # the second one\n  - id: a2\n'));
    assert.ok(
      out.endsWith(
        '    status: anchored\n  - id: n1\n    codes: [hedging]\n    note: "a: b # not a comment"\n    target:\n' +
          '      exact: "multi\\nline \\"quote\\" "\n      prefix: x\n      start: 40\n      end: 58\n    author: Ana\n' +
          '    created: 2025-03-01T14:05:00Z\n  # a comment closing the list\nx-tool: {generator: hand}\n',
      ),
      out,
    );
    const checked = checkSidecar(out, SIDECAR);
    assert.deepEqual(
      checked.annotations.map((a) => a.id),
      ['a2', 'n1'],
    );
    assert.deepEqual(checked.annotations[1].target, { exact: 'multi\nline "quote" ', prefix: 'x', suffix: undefined, start: 40, end: 58 });
    assert.throws(() => model.add({ id: 'a2', target: { exact: 'x' } }), /already exists/);
    assert.throws(() => model.delete('nope'), /no annotation 'nope'/);
  });

  it('writes `annotations: []` when the last annotation goes, and block items into an empty list', () => {
    const model = loadSidecar(HAND_WRITTEN, SIDECAR);
    model.delete('a1');
    model.delete('a2');
    const empty = model.toText();
    assert.ok(empty.includes('annotations: []\n  # the first one\n  # a comment closing the list\nx-tool:'), empty);
    const again = loadSidecar(empty, SIDECAR);
    assert.deepEqual(again.ids, []);
    again.add({ id: 'z', target: { exact: 'zeta' } });
    assert.ok(again.toText().includes('annotations:\n  - id: z\n    codes: []\n    target:\n      exact: zeta\n  # the first one\n'));
  });

  it('turns a one-line list into block items, keeping the comment on its line', () => {
    const text = 'version: 1\ndocument: report.txt\nannotations: [{id: f1, target: {exact: x}}]  # flow\nlast: 1';
    const model = loadSidecar(text, SIDECAR);
    assert.equal(model.toText(), text);
    model.add({ id: 'f2', target: { exact: 'y' } });
    assert.equal(
      model.toText(),
      'version: 1\ndocument: report.txt\nannotations:  # flow\n  - {id: f1, target: {exact: x}}\n' +
        '  - id: f2\n    codes: []\n    target:\n      exact: y\nlast: 1',
    );
  });

  it('sets documentHash in place, or on a new line before `annotations`', () => {
    const model = loadSidecar(HAND_WRITTEN, SIDECAR);
    model.setTop('documentHash', HASH);
    assert.equal(model.toText(), HAND_WRITTEN.replace('annotations:\n', `documentHash: ${HASH}\nannotations:\n`));
    const withHash = loadSidecar(model.toText(), SIDECAR);
    withHash.setTop('documentHash', `sha256:${'b'.repeat(64)}`);
    assert.equal(withHash.toText(), model.toText().replace(HASH, `sha256:${'b'.repeat(64)}`));
  });

  it('creates a new sidecar for a document: version 1, the file name, the hash, no annotations', () => {
    assert.equal(
      newSidecarText('notes/memo 1.md.annotations.yaml', HASH),
      `version: 1\ndocument: memo 1.md\ndocumentHash: ${HASH}\nannotations: []\n`,
    );
    const model = newSidecar('notes/memo 1.md.annotations.yaml', HASH);
    assert.equal(model.changed, false);
    model.add({ id: 'first', codes: ['hedging'], target: { exact: 'x', start: 0, end: 1 } });
    assert.deepEqual(checkSidecar(model.toText(), 'notes/memo 1.md.annotations.yaml').diagnostics, []);
    assert.throws(() => newSidecarText('memo.md'), /not a sidecar name/);
    assert.throws(() => newSidecarText('memo.md.annotations.yaml', 'md5:1'), /sha256/);
  });

  it('keeps CRLF line breaks in a file written with them', () => {
    const crlf = HAND_WRITTEN.replace(/\n/g, '\r\n');
    const model = loadSidecar(crlf, SIDECAR);
    assert.equal(model.toText(), crlf);
    model.update('a2', { status: 'orphaned' });
    model.add({ id: 'n', note: 'two\nlines', target: { exact: 'x' } });
    const out = model.toText();
    assert.equal(out.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
    assert.ok(out.startsWith(crlf.slice(0, crlf.indexOf('  - id: a2'))));
    assert.equal(loadSidecar(out, SIDECAR).get('n')?.note, 'two\nlines');
  });

  it('refuses values a sidecar could not hold, before touching the text', () => {
    const model = loadSidecar(HAND_WRITTEN, SIDECAR);
    assert.throws(() => model.add({ id: '', target: { exact: 'x' } }), /non-empty string id/);
    assert.throws(() => model.add({ id: 'b', target: { exact: '' } }), /target.exact/);
    assert.throws(() => model.update('a1', { target: { exact: 'x', start: 5, end: 2 } }), /after/);
    assert.throws(() => model.update('a1', { codes: [''] }), /non-empty ids/);
    assert.throws(() => model.update('a1', { entities: ['two\nlines'] }), /one line/);
    assert.throws(() => model.update('a1', { modified: 'yesterday' }), /ISO 8601/);
    assert.equal(model.changed, false);
    assert.equal(model.toText(), HAND_WRITTEN);
  });

  it('removes the note with `note: null` and the entities with an empty list', () => {
    const model = loadSidecar(HAND_WRITTEN, SIDECAR);
    model.update('a1', { note: null, entities: [] });
    model.update('a2', { entities: ['asean'] });
    assert.equal(model.get('a1')?.note, undefined);
    assert.ok(!model.itemText('a1').text.includes('note'));
    assert.match(model.itemText('a2').text, / {4}entities: \[asean\]\n {4}target:/);
    assert.ok(model.toText().includes('      - hedging\n    entities: [asean]\n    target:\n'));
  });

  it('makes every operation throw on a read-only model', () => {
    const model = loadSidecar('version: 1\ndocument: report.txt\nannotations: [\n', SIDECAR);
    assert.equal(model.readOnly, true);
    assert.throws(() => model.toText(), SidecarReadOnlyError);
    assert.throws(() => model.add({ id: 'x', target: { exact: 'x' } }), SidecarReadOnlyError);
    assert.throws(() => model.setTop('documentHash', HASH), /read-only until it is fixed \(line \d+, column \d+/);
  });
});
