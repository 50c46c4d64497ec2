import { strict as assert } from 'node:assert';
import {
  attentionDescription,
  hasProposal,
  needsAttention,
  quoteLabel,
  textOrder,
} from '../../../../src/core/presentation/annotationLabels';
import { annotationTooltip, codeTooltip } from '../../../../src/core/presentation/annotationTooltip';
import { HOSTILE, liveMarkupProblems, unescapeMarkdown } from '../../helpers/markdownMarkup';

describe('annotation labels', () => {
  it('shows a quote on one line, line breaks and runs of spaces as one space', () => {
    assert.equal(quoteLabel('  Russia seeks\r\npartners\n\n in\tAsia. '), 'Russia seeks partners in Asia.');
    assert.equal(quoteLabel('a\u2028b\u0085c'), 'a b c');
  });

  it('drops control characters and bidirectional overrides', () => {
    assert.equal(quoteLabel('ab\u202Edc\u0007'), 'abdc');
  });

  it('cuts a long quote at a word boundary with an ellipsis', () => {
    const quote = 'ASEAN centrality is a claim that the association should sit at the hub of regional architecture';
    const label = quoteLabel(quote);
    assert.ok(label.endsWith('…'));
    assert.ok([...label].length <= 61, label);
    assert.ok(quote.startsWith(label.slice(0, -1)), label);
    assert.match(label, /[a-z]…$/);
    assert.equal(label, 'ASEAN centrality is a claim that the association should sit…');
  });

  it('cuts a quote without spaces at the width, never inside a surrogate pair', () => {
    const label = quoteLabel('😀'.repeat(80), 10);
    assert.equal(label, `${'😀'.repeat(10)}…`);
  });

  it('keeps a quote of exactly the width whole', () => {
    assert.equal(quoteLabel('x'.repeat(60)), 'x'.repeat(60));
  });

  it('says which statuses need attention and which come with a proposal', () => {
    assert.deepEqual((['anchored', 'needs-review', 'ambiguous', 'orphaned'] as const).map(needsAttention), [false, true, true, true]);
    assert.equal(hasProposal('needs-review', 12), true);
    assert.equal(hasProposal('ambiguous', 0), true);
    assert.equal(hasProposal('orphaned', undefined), false);
    assert.equal(hasProposal('needs-review', undefined), false);
  });

  it('describes a proposal with its score, an orphan by its status', () => {
    assert.equal(attentionDescription('needs-review', 0.8234, 5), 'needs review · 82 %');
    assert.equal(attentionDescription('ambiguous', 0.999, 5), 'ambiguous · 100 %');
    assert.equal(attentionDescription('orphaned', 0.4, undefined), 'orphaned');
  });

  it('orders annotations by place, an enclosing passage first, the unplaced last as given', () => {
    const items = [
      { name: 'orphan-1' },
      { name: 'late', start: 50, end: 60 },
      { name: 'inner', start: 10, end: 12 },
      { name: 'outer', start: 10, end: 40 },
      { name: 'orphan-2' },
      { name: 'first', start: 0, end: 3 },
    ];
    assert.deepEqual(
      textOrder(items).map((i) => i.name),
      ['first', 'outer', 'inner', 'late', 'orphan-1', 'orphan-2'],
    );
  });
});

describe('annotation and code tooltips', () => {
  const ours = (): boolean => false;

  it('escapes every piece of workspace text: no link, HTML or icon survives', () => {
    for (const hostile of HOSTILE) {
      const md = annotationTooltip({
        quote: hostile,
        codes: [{ id: 'x', name: hostile }, { id: hostile }],
        note: hostile,
        status: 'needs-review',
        place: hostile,
        author: hostile,
        modified: hostile,
        proposed: hostile,
        readOnly: true,
      });
      assert.deepEqual(liveMarkupProblems(md, ours), [], md);
      const code = codeTooltip({ id: hostile, name: hostile, description: hostile, count: { own: 1, total: 2 }, known: false });
      assert.deepEqual(liveMarkupProblems(code, ours), [], code);
    }
  });

  it('shows quote, codes, note and facts as they read', () => {
    const md = annotationTooltip({
      quote: 'Russia seeks\npartners',
      codes: [{ id: 'hedging', name: 'Hedging' }, { id: 'zz' }],
      note: 'a [link](command:x)',
      status: 'orphaned',
      place: 'report.txt',
      author: 'Ann',
    });
    const text = unescapeMarkdown(md);
    assert.match(text, /“Russia seeks partners”/);
    assert.match(text, /Hedging \(hedging\), zz \(not in the codebook\)/);
    assert.match(text, /a \[link\]\(command:x\)/);
    assert.match(text, /orphaned · report\.txt · Ann/);
    assert.match(
      unescapeMarkdown(codeTooltip({ id: 'a', name: 'A', count: { own: 1, total: 3 }, known: true })),
      /1 coded segment, 3 with the codes below/,
    );
  });
});
