import { strict as assert } from 'node:assert';
import { commandUri, escapeBlock, escapeInline, markdownLink } from '../../../../src/core/text/markdownText';
import { HOSTILE, linkTargets, liveMarkupProblems, unescapeMarkdown } from '../../helpers/markdownMarkup';

const nothingAllowed = (): boolean => false;

describe('markdown text escaping', () => {
  it('escapes every ASCII punctuation character', () => {
    for (let c = 0x21; c < 0x7f; c++) {
      const ch = String.fromCharCode(c);
      const punct = /[!-/:-@[-`{-~]/.test(ch);
      assert.equal(escapeInline(ch), punct ? `\\${ch}` : ch, `U+${c.toString(16)}`);
    }
    assert.equal(escapeInline('\\'), '\\\\');
  });

  it('turns hostile text into literals: no link, HTML, entity, autolink or icon survives', () => {
    for (const text of HOSTILE) {
      for (const escaped of [escapeInline(text), escapeBlock(text)]) {
        assert.deepEqual(liveMarkupProblems(escaped, nothingAllowed), [], `${text} -> ${escaped}`);
        assert.deepEqual(linkTargets(escaped), [], escaped);
      }
    }
  });

  it('has a checker that sees the live markup in the same text unescaped', () => {
    const formatting = new Set(['`code` and ``double`` ticks', '**bold** _em_ ~~strike~~ | a | b |']);
    for (const text of HOSTILE.filter((t) => !formatting.has(t))) assert.notDeepEqual(liveMarkupProblems(text, nothingAllowed), [], text);
  });

  it('keeps the text itself: unescaped, it reads as written', () => {
    for (const text of HOSTILE.filter((t) => !t.includes('\n'))) assert.equal(unescapeMarkdown(escapeInline(text)), text);
    assert.equal(unescapeMarkdown(escapeInline('Việt Nam, ASEAN’s «centrality» — 10 %')), 'Việt Nam, ASEAN’s «centrality» — 10 %');
  });

  it('makes one line of a name: whitespace runs and newlines become one space', () => {
    assert.equal(escapeInline('  Russian\n  Federation\t\t(RF)  '), 'Russian Federation \\(RF\\)');
  });

  it('keeps paragraphs and line breaks of a description, never block markup', () => {
    const text = 'First line\nsecond line\n\n\n# not a heading\n- not a list\n1. not a list\n> not a quote\n---\n    not code';
    const md = escapeBlock(text);
    assert.equal(md.split('\n\n').length, 2, md);
    assert.equal(md.split('\n\n')[0], 'First line  \nsecond line');
    for (const line of md.split('\n')) assert.doesNotMatch(line, /^(#|-|\d+\.|>|\s{4})/, line);
    assert.equal(
      unescapeMarkdown(md).replace(/ {2}\n/g, '\n'),
      'First line\nsecond line\n\n# not a heading\n- not a list\n1. not a list\n> not a quote\n---\nnot code',
    );
    assert.equal(escapeBlock('a\r\n\r\nb'), 'a\n\nb');
    assert.equal(escapeBlock(' \n\n '), '');
  });

  it('drops control characters and bidirectional overrides', () => {
    assert.equal(escapeInline('ab\u202Ecd\u0000e\u2066f\u0007'), 'abcdef');
  });
});

describe('markdown links', () => {
  it('encodes command arguments as VS Code reads them, with nothing that ends a link early', () => {
    const uri = commandUri('policyAnnotator.showMentions', ['odd)(id\' *!"x y']);
    assert.match(uri, /^command:policyAnnotator\.showMentions\?[A-Za-z0-9%._~-]+$/);
    assert.deepEqual(JSON.parse(decodeURIComponent(uri.slice(uri.indexOf('?') + 1))), ['odd)(id\' *!"x y']);
    assert.deepEqual(linkTargets(markdownLink('Go', uri)), [uri]);
  });

  it('keeps a link target in one piece and escapes its title', () => {
    const md = markdownLink('Go', 'https://example.org/a b(c)', 'say "hi" [x](y)');
    assert.equal(md, '[Go](https://example.org/a%20b%28c%29 "say \\"hi\\" \\[x\\]\\(y\\)")');
    assert.deepEqual(linkTargets(md), ['https://example.org/a%20b%28c%29']);
  });
});
