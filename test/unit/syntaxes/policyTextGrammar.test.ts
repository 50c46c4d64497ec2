import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { describe as scopesOf, isScoped, tokenize, tokensOf, type Token } from '../helpers/textmate';

/** Asserts that each needle of `text` is (or is not) entirely in a token with `scope`. */
async function expectScopes(text: string, scope: string, yes: string[], no: string[] = [], grammar?: string): Promise<Token[][]> {
  const lines = await tokenize(text, grammar);
  for (const needle of yes) assert.ok(isScoped(lines, needle, scope), `"${needle}" should be ${scope}: ${scopesOf(lines, needle)}`);
  for (const needle of no) assert.ok(!isScoped(lines, needle, scope), `"${needle}" should not be ${scope}: ${scopesOf(lines, needle)}`);
  return lines;
}

describe('Policy Text grammar', () => {
  it('marks author-date citations, with authors, years and pages inside', async () => {
    const text =
      'As argued (Trenin, 2013: 6) and (Lukin 2018; Putin 2017), see also (Luzyanin et al., 2015b: 9), (see, for example, Karaganov, 2014), (Russia’s Ministry of Foreign Affairs, 2016), (“Graphics: AIIB Voting Stakes,” 2015) and Sneider (1988).';
    const lines = await expectScopes(
      text,
      'meta.citation.policy',
      [
        '(Trenin, 2013: 6)',
        '(Lukin 2018; Putin 2017)',
        '(Luzyanin et al., 2015b: 9)',
        '(see, for example, Karaganov, 2014)',
        '(Russia’s Ministry of Foreign Affairs, 2016)',
        '(“Graphics: AIIB Voting Stakes,” 2015)',
        '(1988)',
      ],
      ['As argued'],
    );
    assert.ok(isScoped(lines, 'Trenin', 'entity.name.tag.author.policy'));
    assert.ok(isScoped(lines, 'Karaganov', 'entity.name.tag.author.policy'));
    assert.ok(isScoped(lines, '2015b', 'constant.numeric.year.policy'));
    assert.ok(
      tokensOf(lines, ': 6)').some((t) => t.text === '6' && t.scopes.includes('constant.numeric.page.policy')),
      scopesOf(lines, ': 6)'),
    );
    assert.ok(isScoped(lines, '(', 'punctuation.definition.citation.begin.policy'));
  });

  it('marks ibid. and op. cit. references', async () => {
    const lines = await expectScopes('True (ibid.), also (Ibid., p. 45) and (op. cit.).', 'meta.citation.policy', [
      '(ibid.)',
      '(Ibid., p. 45)',
      '(op. cit.)',
    ]);
    assert.ok(isScoped(lines, 'ibid', 'entity.name.tag.reference.policy'));
    assert.ok(isScoped(lines, '45', 'constant.numeric.page.policy'));
  });

  it('leaves ordinary parentheses alone', async () => {
    await expectScopes(
      'Costs rose (see below), fell (in 2014), peaked (October 2014), (as of February 2017), (the 1990s) and (EAS) and (US$4,700).',
      'meta.citation.policy',
      [],
      ['(see below)', '(in 2014)', '(October 2014)', '(as of February 2017)', '(the 1990s)', '(EAS)', '(US$4,700)'],
    );
  });

  it('marks quotations in curly and straight quotes, single ones only where safe', async () => {
    const text =
      "Asean called it “strategic” and \"a reality\", ‘fraternal graveyards’ of ‘Russia’s friends’, 'sovereignty and integrity' but not Anwar's or Russia’s or the states' views.";
    await expectScopes(text, 'string.quoted.double.policy', ['“strategic”', '"a reality"']);
    await expectScopes(
      text,
      'string.quoted.single.policy',
      ['‘fraternal graveyards’', '‘Russia’s friends’', "'sovereignty and integrity'"],
      ["Anwar's", 'Russia’s or', "states' views"],
    );
    await expectScopes(
      'An unclosed “quote goes nowhere, and neither does a "stray one.',
      'string.quoted',
      [],
      ['quote goes nowhere', 'stray one'],
    );
  });

  it('marks money in symbols, codes and words', async () => {
    await expectScopes(
      'Deals of $1.5 billion, US$ 20 bn, €3m, RM 5 million, S$300,000, USD 2.5 trillion and 40 billion roubles, not 5 million people.',
      'constant.numeric.money.policy',
      ['$1.5 billion', 'US$ 20 bn', '€3m', 'RM 5 million', 'S$300,000', 'USD 2.5 trillion', '40 billion roubles'],
      ['5 million people'],
    );
  });

  it('marks percentages', async () => {
    await expectScopes(
      'Up 40%, 20.8 %, 0.4 percent, 5 per cent and 3 percentage points; not 40 people.',
      'constant.numeric.percentage.policy',
      ['40%', '20.8 %', '0.4 percent', '5 per cent', '3 percentage points'],
      ['40 people'],
    );
  });

  it('marks years as words and dates, not other numbers', async () => {
    const text =
      'In 2014 and the 1990s, on 12 March 2024, in March 2024, on March 12, 2024, on 2024-03-12, by 02 Oct 2023 and 9–10 December; 2,000 troops, 12.2019, 3000 km, 1072954, 10.4324/9781315536934-29.';
    await expectScopes(text, 'constant.numeric.year.policy', ['2014', '1990s'], ['2,000', '12.2019', '3000', '1072954', '9781315536934']);
    await expectScopes(
      text,
      'constant.numeric.date.policy',
      ['12 March 2024', 'March 2024', 'March 12, 2024', '2024-03-12', '02 Oct 2023', '9–10 December'],
      ['2,000 troops'],
    );
  });

  it('marks footnote markers', async () => {
    const lines = await expectScopes(
      'As noted.[12] Also here¹² and there^3, see [4, 5]; not [a] or x[2024a].',
      'constant.other.reference.footnote.policy',
      ['[12]', '¹²', '^3', '[4, 5]'],
      ['[a]', '[2024a]'],
    );
    assert.ok(isScoped(lines, '12]', 'constant.other.reference.footnote.policy'));
    assert.ok(scopesOf(lines, '[12]').includes('constant.numeric.footnote.policy'));
  });

  it('marks URLs without the punctuation that follows them', async () => {
    const lines = await expectScopes(
      'See https://example.org/a_(b)/c?x=1. Or (http://www.csmonitor.com/1988/0524/opac.html) or www.valdaiclub.com, done.',
      'markup.underline.link.policy',
      ['https://example.org/a_(b)/c?x=1', 'http://www.csmonitor.com/1988/0524/opac.html', 'www.valdaiclub.com'],
      ['. Or', 'html)', ', done'],
    );
    assert.ok(!isScoped(lines, '1988', 'constant.numeric.year.policy'), 'no year inside a URL');
  });

  it('marks headings: Markdown style, a title on the first line, short Title Case or CAPS lines after a blank line', async () => {
    const text = [
      'The Russian Pivot to Asia',
      'Moscow is not interested in being a bystander.',
      '',
      '# Background of 2016',
      '',
      'ASEAN-RUSSIA RELATIONS',
      'Some text follows here.',
      '',
      '2. The Road Ahead for ASEAN',
      '',
      'But what are those interests?',
      '',
      'The meeting was the message.',
      'Not A Heading Because No Blank Line Before',
    ].join('\n');
    const lines = await expectScopes(
      text,
      'markup.heading.policy',
      ['The Russian Pivot to Asia', '# Background of 2016', 'ASEAN-RUSSIA RELATIONS', '2. The Road Ahead for ASEAN'],
      [
        'Moscow is not interested',
        'Some text follows',
        'But what are those interests?',
        'The meeting was the message.',
        'Not A Heading Because',
      ],
    );
    assert.ok(isScoped(lines, '#', 'punctuation.definition.heading.policy'));
    assert.ok(isScoped(lines, '2016', 'constant.numeric.year.policy'), 'inline rules apply inside headings');
  });

  it('colours the same constructs in Markdown prose, not in code or links', async () => {
    const text = [
      '# Relations since 2014',
      '',
      'Trade rose 40% (Lukin 2018) to $1.5 billion, see [the site](https://example.org/2016).',
      '',
      'Code `2016 (Lukin 2018)` stays.',
      '```',
      'In 2016 (Lukin 2018)',
      '```',
    ].join('\n');
    const lines = await tokenize(text, 'text.html.markdown');
    assert.ok(isScoped(lines, '40%', 'constant.numeric.percentage.policy'), scopesOf(lines, '40%'));
    assert.ok(isScoped(lines, '(Lukin 2018)', 'meta.citation.policy'), scopesOf(lines, '(Lukin 2018)'));
    assert.ok(isScoped(lines, '$1.5 billion', 'constant.numeric.money.policy'));
    assert.ok(isScoped(lines, '2014', 'constant.numeric.year.policy'), `in a heading: ${scopesOf(lines, '2014')}`);
    assert.ok(!isScoped(lines, 'https://example.org/2016', 'markup.underline.link.policy'), "the link stays Markdown's");
    assert.ok(isScoped(lines, 'https://example.org/2016', 'markup.underline.link.markdown'));
    const code = lines.slice(4);
    assert.ok(
      !isScoped(code, '2016 (Lukin', 'constant.numeric.year.policy') && !isScoped(code, '(Lukin 2018)', 'meta.citation.policy'),
      scopesOf(code, '2016 (Lukin'),
    );
    assert.ok(!isScoped(lines.slice(6), 'In 2016', 'constant.numeric.year.policy'), 'not in a fenced block');
  });

  it('never lets a construct run away over the sample corpus (every coloured token stays short)', async () => {
    for (const file of fs.readdirSync('corpus').filter((f) => f.endsWith('.txt'))) {
      const lines = await tokenize(fs.readFileSync(`corpus/${file}`, 'utf8').replace(/\r\n?/g, '\n'));
      const long = lines.flat().filter((t) => t.scopes.length > 1 && !t.scopes.includes('markup.heading.policy') && t.text.length > 200);
      assert.deepEqual(
        long.map((t) => `${t.scopes.join(' ')}: ${t.text.slice(0, 60)}…`),
        [],
        file,
      );
    }
  });

  it("is contributed without claiming any file, with the Markdown injection and plain text's editor defaults", () => {
    const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { contributes: Record<string, unknown> };
    const languages = manifest.contributes.languages as Array<Record<string, unknown>>;
    assert.deepEqual(languages, [{ id: 'policy-text', aliases: ['Policy Text'] }], 'no extensions, file names or first-line patterns');
    const grammars = manifest.contributes.grammars as Array<{ scopeName: string; path: string; language?: string; injectTo?: string[] }>;
    assert.deepEqual(
      grammars.map((g) => [g.scopeName, g.language, g.injectTo]),
      [
        ['text.policy', 'policy-text', undefined],
        ['text.policy.markdown-injection', undefined, ['text.html.markdown']],
      ],
    );
    const main = JSON.parse(fs.readFileSync(grammars[0].path, 'utf8')) as { scopeName: string; repository: Record<string, unknown> };
    const injection = JSON.parse(fs.readFileSync(grammars[1].path, 'utf8')) as { scopeName: string; patterns: Array<{ include: string }> };
    assert.equal(main.scopeName, 'text.policy');
    assert.equal(injection.scopeName, 'text.policy.markdown-injection');
    for (const { include } of injection.patterns)
      assert.ok(include.startsWith('text.policy#') && include.slice(12) in main.repository, include);
    const defaults = (manifest.contributes.configurationDefaults as Record<string, Record<string, unknown>>)['[policy-text]'];
    assert.deepEqual(defaults, {
      'editor.unicodeHighlight.ambiguousCharacters': false,
      'editor.unicodeHighlight.invisibleCharacters': false,
      'editor.wordWrap': 'on',
    });
    assert.deepEqual(
      Object.keys(manifest.contributes.configurationDefaults as object),
      ['[policy-text]'],
      'no defaults for languages not ours',
    );
  });
});
