// Issue 11: the catalog audit points at spellings found inside longer names, spellings matched in
// any case that the corpus writes in lowercase, and entities no document mentions.
import { strict as assert } from 'node:assert';
import { CatalogAudit, longerName } from '../../../../src/core/matcher/catalogAudit';
import { scanDocument } from '../../../../src/core/matcher/documentScanner';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { catalogFrom } from '../../helpers/matching';

const CATALOG = catalogFrom(
  [
    'entities:',
    '  - { id: south-korea, name: South Korea, kind: actor, type: state, aliases: [Republic of Korea] }',
    '  - { id: the-west, name: the West, kind: actor, type: group, aliases: [West] }',
    '  - { id: chad, name: Chad, kind: actor, type: state, aliases: [{ text: chad, ignoreCase: true }] }',
    '  - { id: palestine, name: Palestine, kind: actor, type: state, aliases: [West Bank Authority] }',
    '  - { id: mongolia, name: Mongolia, kind: actor, type: state }',
  ].join('\n'),
);

const DOCUMENTS: Array<[string, string]> = [
  ['dprk.txt', "The Democratic People's Republic of Korea rejects the claims.\nThe Republic of Korea welcomes talks."],
  ['africa.txt', 'Peace in West Africa matters. West Africa and the West Bank, and the West.\nIn West Africa, too.'],
  ['chad.txt', 'Chad spoke. A chad is a paper fragment.'],
];

function audit(): ReturnType<CatalogAudit['report']> {
  const matcher = compileMatcher(CATALOG);
  const a = new CatalogAudit(CATALOG);
  for (const [name, text] of DOCUMENTS) a.add(name, text, scanDocument(matcher, text).mentions);
  return a.report();
}

describe('catalog audit', () => {
  it('finds the capitalised name around a match, not a sentence start or words across punctuation', () => {
    const t = "The Democratic People's Republic of Korea rejects.";
    assert.equal(longerName(t, t.indexOf('Republic'), t.indexOf(' rejects')), "Democratic People's Republic of Korea");
    const w = 'Peace in West Africa matters. In Russia, too. Russia, West Bank.';
    assert.equal(longerName(w, w.indexOf('West'), w.indexOf('West') + 4), 'West Africa');
    assert.equal(longerName(w, w.indexOf('Russia'), w.indexOf('Russia') + 6), undefined, '"In" starts the sentence');
    assert.equal(longerName(w, w.lastIndexOf('Russia'), w.lastIndexOf('Russia') + 6), undefined, 'a comma ends a name');
  });

  it('points at "West" inside West Africa, and "the West" in the West Bank, with counts, examples and fixes', () => {
    const report = audit();
    const west = report.spellings.find((s) => s.entity === 'the-west' && s.spelling === 'West')!;
    assert.deepEqual(
      west.inside.map((l) => [l.name, l.count]),
      [['West Africa', 3]],
    );
    assert.equal(west.insideCount, 3);
    const theWest = report.spellings.find((s) => s.entity === 'the-west' && s.spelling === 'the West')!;
    assert.deepEqual(
      theWest.inside.map((l) => [l.name, l.count]),
      [['the West Bank', 1]],
      'the name "the West" runs into "Bank"',
    );
    assert.deepEqual(
      west.inside[0].example,
      {
        document: 'africa.txt',
        line: 1,
        start: 9,
        end: 13,
        text: 'Peace in West Africa matters. West Africa and the West Bank, and the West.',
      },
      'the rest of the line, 61 characters, takes no more room than 60 and an ellipsis: shown whole',
    );
    assert.match(west.fixes[0], /"West Africa" \(3×\): add it as an alias of the entity it names, or to notMentions/);
    assert.equal(report.spellings[0].spelling, 'West', 'the biggest problem first');
  });

  it('points at "Republic of Korea" inside the formal name of the DPRK, which the catalog does not know', () => {
    const korea = audit().spellings.find((s) => s.entity === 'south-korea')!;
    assert.deepEqual(
      korea.inside.map((l) => [l.name, l.count, l.knownAs]),
      [["Democratic People's Republic of Korea", 1, undefined]],
    );
    assert.equal(korea.matches, 2);
  });

  it('counts a spelling matched in any case that is written in lowercase, and lists entities never mentioned', () => {
    const report = audit();
    const chad = report.spellings.find((s) => s.entity === 'chad')!;
    assert.equal(chad.lowercase, 1);
    assert.equal(chad.lowercaseExample?.text, 'Chad spoke. A chad is a paper fragment.');
    assert.match(chad.fixes.join('\n'), /drop ignoreCase/);
    assert.deepEqual(
      report.unmentioned.map((u) => u.id),
      ['palestine', 'mongolia'],
    );
    assert.deepEqual([report.documents, report.mentions], [3, 9]);
  });
});
