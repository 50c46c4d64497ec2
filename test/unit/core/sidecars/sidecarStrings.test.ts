import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Annotation, AnnotationPatch } from '../../../../src/core/sidecars/annotationValue';
import { loadSidecar } from '../../../../src/core/sidecars/sidecarLoad';
import { anyText, LAYOUTS, layoutItem } from '../../helpers/sidecarArbitraries';
import { HAND_WRITTEN, SIDECAR } from '../../helpers/sidecarTexts';

type Field = 'note' | 'exact' | 'prefix' | 'suffix' | 'code';
const FIELDS: readonly Field[] = ['note', 'exact', 'prefix', 'suffix', 'code'];

function patchOf(a: Annotation, field: Field, value: string): AnnotationPatch {
  if (field === 'note') return { note: value };
  if (field === 'code') return { codes: [value] };
  return { target: { ...a.target, [field]: value } };
}

function valueOf(a: Annotation, field: Field): string | undefined {
  if (field === 'note') return a.note;
  if (field === 'code') return a.codes[0];
  return a.target[field];
}

/** What an update accepts for the field (codes: one line, no controls; exact and codes: not empty). */
const allowed = (field: Field, value: string): boolean =>
  !((field === 'exact' || field === 'code') && value === '') &&
  !(field === 'code' && /[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(value));

/** Sets the field, writes, reads back; checks the value, the other items' bytes, and that trimming
 * trailing whitespace (as editors do on save) changes nothing. Returns the changed item's text. */
function roundTrip(text: string, id: string, field: Field, value: string): string {
  const model = loadSidecar(text, SIDECAR);
  const others = model.ids.filter((x) => x !== id).map((x) => [x, model.itemText(x).text] as const);
  model.update(id, patchOf(model.get(id)!, field, value));
  const out = model.toText();
  const reread = loadSidecar(out, SIDECAR);
  assert.equal(valueOf(reread.get(id)!, field), value, `${id}.${field} reads back`);
  for (const [x, itemText] of others) assert.equal(reread.itemText(x).text, itemText, `untouched ${x} keeps its bytes`);
  const trimmed = loadSidecar(out.replace(/[ \t]+(?=\r?\n)/g, ''), SIDECAR);
  assert.deepEqual(trimmed.get(id), reread.get(id), 'trailing whitespace is not content');
  return model.itemText(id).text;
}

describe('sidecar model: any string in block and flow context', () => {
  it('writes a multi-line prefix starting with `?` into a flow-map target (fast-check counterexample)', () => {
    const item = roundTrip(HAND_WRITTEN, 'a1', 'prefix', '?\na');
    assert.match(item, /^ {4}target: \{exact: ASEAN centrality, prefix: "\?\\na", start: 3, end: 19\}$/m);
  });

  it('double-quotes multi-line strings starting with an indicator in every flow context', () => {
    const lineCount = (text: string, id: string): number => loadSidecar(text, SIDECAR).itemText(id).text.split('\n').length;
    for (const start of ['?', '-', ':', '#', '"', "'", '[', '{', '|', '>', '@', '`', ' ', '']) {
      for (const value of [`${start}\na`, `${start}\r\n- b`, `a\n${start}`]) {
        for (const [text, id] of [
          [LAYOUTS.handWritten, 'a1'],
          [LAYOUTS.handWritten, 'a3'],
          [LAYOUTS.inline, 'a1'],
        ]) {
          for (const field of FIELDS.filter((f) => allowed(f, value))) {
            const item = roundTrip(text, id, field, value);
            const inFlow = id !== 'a1' || field === 'exact' || field === 'prefix' || field === 'suffix';
            if (inFlow)
              assert.equal(item.split('\n').length, lineCount(text, id), `${id}.${field} = ${JSON.stringify(value)} stays on its line`);
          }
        }
      }
    }
  });

  it('double-quotes a replaced block note with whitespace at a line end', () => {
    assert.match(roundTrip(HAND_WRITTEN, 'a1', 'note', 'a \nb'), /^ {4}note: "a\\ \\nb"$/m);
    assert.match(roundTrip(HAND_WRITTEN, 'a1', 'note', '?\n- b'), /^ {4}note: \|-\n {6}\?\n {6}- b\n/m, 'a block note stays a block');
  });

  it('any string set as note, exact, prefix, suffix or code reads back exactly (property)', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(layoutItem, fc.constantFrom(...FIELDS), anyText, ({ text, id }, field, value) => {
        fc.pre(allowed(field, value));
        roundTrip(text, id, field, value);
      }),
      { numRuns: 300 },
    );
  });
});
