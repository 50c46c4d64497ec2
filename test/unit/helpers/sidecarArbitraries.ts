// fast-check arbitraries for the sidecar editor's property tests.
import fc from 'fast-check';
import type { NewAnnotation } from '../../../src/core/sidecars/annotationValue';
import type { SidecarModel } from '../../../src/core/sidecars/sidecarModel';
import { HAND_WRITTEN } from './sidecarTexts';

/** Characters YAML treats specially, plus line breaks, tabs, controls, emoji and a BOM. */
const tricky = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    ' ',
    '  ',
    '\n',
    '\r\n',
    '\t',
    '#',
    ': ',
    '"',
    "'",
    '\\',
    '- ',
    '[',
    '}',
    '|',
    '>',
    '&',
    '*',
    '!',
    '%',
    '@',
    '`',
    '?',
    ',',
    '😀',
    'é',
    '\u0000',
    '\u0085',
    '\u2028',
    '\ufeff',
    'yes',
    'null',
    '1e3',
    '~',
  ),
  maxLength: 12,
});
const text = fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 20 }));
const nonEmpty = text.filter((s) => s !== '');
/** Code and entity ids: one line, no control characters. */
const idText = nonEmpty.filter((s) => !/[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(s));
/** One line of any text: a YAML indicator or spaces first, unicode, spaces or `:` last. */
const anyLine = fc
  .tuple(
    fc.constantFrom(
      '',
      ' ',
      '  ',
      '\t',
      '?',
      '-',
      ':',
      '#',
      '"',
      "'",
      '[',
      '{',
      '|',
      '>',
      '&',
      '*',
      '!',
      '%',
      '@',
      '`',
      ',',
      '---',
      '...',
      '\ufeff',
    ),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.constantFrom('', ' ', '\t', ':', ' #'),
  )
  .map((parts) => parts.join(''));
/** Any string: the tricky units, any code point, or lines of `anyLine` joined by line breaks. */
export const anyText = fc.oneof(
  tricky,
  fc.string({ unit: 'binary', maxLength: 16 }),
  fc.array(fc.tuple(anyLine, fc.constantFrom('\n', '\r\n', '\n\n', '\u2028')), { maxLength: 4 }).map((ls) => ls.flat().join('')),
);
const timestamp = fc.constantFrom('2025-03-01T14:05:00Z', '2024-12-31', '2025-01-02T03:04:05.678+02:00');

export const annotation = (id: string): fc.Arbitrary<NewAnnotation> =>
  fc.record({
    id: fc.constant(id),
    codes: fc.array(idText, { maxLength: 3 }),
    note: fc.option(text, { nil: undefined }),
    entities: fc.array(idText, { maxLength: 2 }),
    target: fc
      .record({
        exact: nonEmpty,
        prefix: fc.option(text, { nil: undefined }),
        suffix: fc.option(text, { nil: undefined }),
        start: fc.option(fc.nat(10 ** 6), { nil: undefined }),
      })
      .map((t) => (t.start === undefined ? t : { ...t, end: t.start + t.exact.length })),
    status: fc.option(fc.constantFrom('anchored', 'needs-review', 'ambiguous', 'orphaned' as const), { nil: undefined }),
    author: fc.option(nonEmpty, { nil: undefined }),
    created: fc.option(timestamp, { nil: undefined }),
    modified: fc.option(timestamp, { nil: undefined }),
  });

/** What reading the annotation back should give (no undefined fields; empty note reads as absent). */
export function expected(a: NewAnnotation): object {
  const t = a.target;
  return JSON.parse(
    JSON.stringify({
      id: a.id,
      codes: a.codes ?? [],
      note: a.note === '' ? undefined : a.note,
      entities: a.entities ?? [],
      target: { exact: t.exact, prefix: t.prefix || undefined, suffix: t.suffix || undefined, start: t.start, end: t.end },
      status: a.status,
      author: a.author,
      created: a.created,
      modified: a.modified,
    }),
  );
}

/** Sidecars holding annotations in block and in flow context: a1's target is a flow map, a2 is
 * all block, a3 is one flow map; `inline` is a one-line list (respelled as block items). */
export const LAYOUTS = {
  handWritten: HAND_WRITTEN.replace(
    '  # a comment closing the list\n',
    "  - {id: a3, codes: [x], note: 'n', target: {exact: e, prefix: p, suffix: s}}\n  # a comment closing the list\n",
  ),
  inline:
    'version: 1\ndocument: report.txt\nannotations: [{id: a1, codes: [x], note: "n", target: {exact: e, prefix: \'p\', suffix: s}}, {id: a2, target: {exact: f}}]\n',
};
export const layoutItem = fc.constantFrom(
  { text: LAYOUTS.handWritten, id: 'a1' },
  { text: LAYOUTS.handWritten, id: 'a2' },
  { text: LAYOUTS.handWritten, id: 'a3' },
  { text: LAYOUTS.inline, id: 'a1' },
  { text: LAYOUTS.inline, id: 'a2' },
);

/** One step of an edit script: add a new annotation, update or delete the `pick`-th one. */
export const editStep = fc.oneof(
  fc.record({ op: fc.constant('add' as const), a: annotation('') }),
  fc.record({ op: fc.constant('update' as const), pick: fc.nat(), a: annotation('') }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
);
export type EditStep = typeof editStep extends fc.Arbitrary<infer T> ? T : never;

/** Applies one step to a model (new ids from `newId`); returns the id it added, changed or deleted. */
export function applyStep(model: SidecarModel, step: EditStep, newId: () => string): string | undefined {
  const ids = model.ids;
  if (step.op === 'add') {
    const id = newId();
    model.add({ ...step.a, id });
    return id;
  }
  if (ids.length === 0) return undefined;
  const id = ids[step.pick % ids.length];
  if (step.op === 'delete') model.delete(id);
  else model.update(id, { codes: step.a.codes, note: step.a.note ?? null, target: step.a.target, status: step.a.status });
  return id;
}
