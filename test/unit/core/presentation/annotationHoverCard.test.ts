// The hover of a tagged passage as markdown: codes with their path and swatch, note, author,
// readable dates, what a proposed place is, the caller's links; every piece of workspace text
// shown as literal text, whatever it holds.
import { strict as assert } from 'node:assert';
import {
  annotationCardMarkdown,
  annotationHoverMarkdown,
  readableDate,
  type AnnotationCardInput,
} from '../../../../src/core/presentation/annotationHoverCard';
import { HOSTILE, linkTargets, liveMarkupProblems, unescapeMarkdown } from '../../helpers/markdownMarkup';

const LINKS = [
  { label: 'Edit', command: 'policyAnnotator.editAnnotation', args: ['file:///c/doc.txt', 'a1'], title: 'Edit it' },
  { label: 'Delete', command: 'policyAnnotator.deleteAnnotation', args: ['file:///c/doc.txt', 'a1'] },
];
const UTC = (): number => 0;

function card(over: Partial<AnnotationCardInput> = {}): AnnotationCardInput {
  return {
    codes: [
      { id: 'hedging-balancing', path: ['Hedging & strategic autonomy', 'Balancing a dominant power'], color: '#305bc0' },
      { id: 'sanctions', path: ['Sanctions'] },
    ],
    note: 'Kausikan frames Russia as a counterweight.\nSecond line.',
    author: 'ana',
    created: '2024-05-01T10:15:00Z',
    modified: '2024-05-02T08:00:30.123Z',
    status: 'anchored',
    links: LINKS,
    ...over,
  };
}

const swatch = /^data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+$/;
const ours = (t: string): boolean => t.startsWith('command:policyAnnotator.') || swatch.test(t);

describe('annotation hover card', () => {
  it('shows codes with their path and swatch, note, author, dates and links', () => {
    const md = annotationCardMarkdown(card(), (iso) => readableDate(iso, UTC));
    const text = unescapeMarkdown(md);
    assert.ok(text.includes('Hedging & strategic autonomy › **Balancing a dominant power**'), md);
    assert.ok(text.includes('**Sanctions**'));
    assert.ok(text.includes('Kausikan frames Russia as a counterweight.  \nSecond line.'), 'note kept as lines');
    assert.ok(text.includes('*by* ana · *created* 2024-05-01 10:15 · *modified* 2024-05-02 08:00'), text);
    const targets = linkTargets(md);
    assert.equal(targets.filter((t) => swatch.test(t)).length, 1, 'one swatch: only the coloured code has one');
    const commands = targets.filter((t) => t.startsWith('command:'));
    assert.deepEqual(
      commands.map((t) => t.slice(0, t.indexOf('?'))),
      ['command:policyAnnotator.editAnnotation', 'command:policyAnnotator.deleteAnnotation'],
    );
    for (const t of commands) assert.deepEqual(JSON.parse(decodeURIComponent(t.slice(t.indexOf('?') + 1))), ['file:///c/doc.txt', 'a1']);
    assert.deepEqual(liveMarkupProblems(md, ours), []);
  });

  it('says when a code is not in the codebook, when there is none, and leaves out what is missing', () => {
    const md = unescapeMarkdown(
      annotationCardMarkdown(
        card({ codes: [{ id: 'gone', path: [] }], note: undefined, author: undefined, created: undefined, modified: undefined }),
      ),
    );
    assert.ok(md.includes('**gone** *(not in the codebook)*'), md);
    assert.ok(!md.includes('*by*') && !md.includes('*created*'));
    assert.ok(unescapeMarkdown(annotationCardMarkdown(card({ codes: [] }))).startsWith('*no code*'));
    const same = unescapeMarkdown(annotationCardMarkdown(card({ modified: '2024-05-01T10:15:00Z' }), (iso) => readableDate(iso, UTC)));
    assert.ok(!same.includes('*modified*'), 'modified left out when it equals created');
  });

  it('explains a proposed place with its score and shows only the links the caller gives', () => {
    const review = unescapeMarkdown(annotationCardMarkdown(card({ status: 'needs-review', score: 0.8234 })));
    assert.ok(review.includes('**Needs review**: proposed place, score 0.82'), review);
    const amb = unescapeMarkdown(annotationCardMarkdown(card({ status: 'ambiguous', score: 0.9, runnerUpScore: 0.885 })));
    assert.ok(amb.includes('**Ambiguous**: proposed place, score 0.90; another place scores 0.89'), amb);
    assert.ok(unescapeMarkdown(annotationCardMarkdown(card({ edited: true }))).includes('edited'));
    const locked = annotationCardMarkdown(card({ readOnly: true }));
    assert.equal(linkTargets(locked).filter((t) => t.startsWith('command:')).length, 0, 'no edit links on a read-only sidecar');
    assert.ok(unescapeMarkdown(locked).includes('Read-only until its sidecar is fixed'));
  });

  it('separates several annotations, innermost first as given', () => {
    const md = annotationHoverMarkdown([card({ note: 'inner' }), card({ note: 'outer' })]);
    const parts = md.split('\n\n---\n\n');
    assert.equal(parts.length, 2);
    assert.ok(parts[0].includes('inner') && parts[1].includes('outer'));
  });

  it('renders hostile notes, code names, ids, authors and dates as literal text', () => {
    for (const evil of HOSTILE) {
      const md = annotationCardMarkdown(
        card({
          codes: [
            { id: evil, path: [evil, evil], color: '#123456' },
            { id: evil, path: [] },
            { id: 'x', path: ['x'], color: `#123456"/><script>${evil}` },
          ],
          note: evil,
          author: evil,
          created: evil,
          modified: `${evil} `,
        }),
      );
      assert.deepEqual(liveMarkupProblems(md, ours), [], `${evil}\n${md}`);
      assert.equal(linkTargets(md).filter((t) => !t.startsWith('command:')).length, 1, 'one swatch; the bad colour has none');
      const text = unescapeMarkdown(md);
      const inline = evil.replace(/\s+/g, ' ').trim();
      assert.ok(text.includes(inline), `shown: ${inline}`);
    }
  });

  it('reads timestamps as local date and time and leaves anything else as written', () => {
    assert.equal(
      readableDate('2024-05-01T23:30:00Z', () => 120),
      '2024-05-02 01:30',
    );
    assert.equal(readableDate('2024-05-01T10:00:00+02:00', UTC), '2024-05-01 08:00');
    assert.equal(readableDate('2024-05-01'), '2024-05-01');
    assert.equal(readableDate('last Tuesday'), 'last Tuesday');
    assert.equal(readableDate('2024-13-45T99:99'), '2024-13-45T99:99');
  });
});
