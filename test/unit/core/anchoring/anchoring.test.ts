import { strict as assert } from 'node:assert';
import { anchorAnnotations, AnchorText, createTarget, documentHash, reanchor, type AnchorResult } from '../../../../src/core/anchoring';
import type { TextTarget } from '../../../../src/core/anchoring/anchorTypes';
import { frozen, QUOTE, rangeOf, REPORT } from '../../helpers/anchoring';

const HASH = documentHash(REPORT);
const target = (text: string, quote: string): TextTarget => frozen(createTarget(text, ...rangeOf(text, quote)));
const quoted = (text: string, r: AnchorResult): string => text.slice(r.range?.rawStart, r.range?.rawEnd);
/** The anchoring score from its parts (ARCHITECTURE.md, Anchoring). */
const formula = (quote: number, prefix: number, suffix: number, proximity: number): number =>
  (50 * quote + 20 * prefix + 20 * suffix + 2 * proximity) / 92;

describe('anchoring: document hash and targets', () => {
  it('hashes the normalised text: CRLF and a BOM do not change it', () => {
    assert.equal(documentHash('test'), 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
    assert.equal(documentHash('\uFEFFa\r\nb\rc'), documentHash('a\nb\nc'));
    assert.notEqual(documentHash('a\nb'), documentHash('a\n\nb'));
    assert.equal(AnchorText.of(REPORT).hash, HASH);
  });

  it('builds a target with 32 code points of context each side and code point positions', () => {
    const t = createTarget(REPORT, ...rangeOf(REPORT, QUOTE));
    assert.equal(t.exact, QUOTE);
    assert.equal(t.prefix, "nd this year's chair, Malaysia, ");
    assert.equal(t.suffix, '. Rather, it is a conscious effo');
    assert.deepEqual([t.start, t.end], rangeOf(REPORT, QUOTE), 'no astral characters: code points = UTF-16 offsets');
  });

  it('counts astral characters once and normalises CRLF in the target', () => {
    const raw = '\uFEFF🌏 Intro\r\nAn 🇷🇺 emoji quote here\r\nand the end';
    const start = raw.indexOf('An');
    const t = createTarget(raw, start, raw.indexOf('here') + 4, 6);
    assert.equal(t.exact, 'An 🇷🇺 emoji quote here');
    assert.equal(t.prefix, 'Intro\n');
    assert.equal(t.suffix, '\nand t');
    assert.equal(t.start, [...'🌏 Intro\n'].length);
    assert.equal(t.end! - t.start!, [...t.exact].length);
  });

  it('keeps short context at the edges of the text and refuses an empty or outside selection', () => {
    const t = createTarget('Short text', 0, 5);
    assert.deepEqual(t, { exact: 'Short', prefix: '', suffix: ' text', start: 0, end: 5 });
    assert.throws(() => createTarget('abc', 1, 1), /empty/);
    assert.throws(() => createTarget('abc', 2, 9), RangeError);
  });
});

describe('anchoring: re-anchoring after edits (ARCHITECTURE.md, Anchoring)', () => {
  const t = target(REPORT, QUOTE);

  it('same hash: keeps the stored positions', () => {
    const r = reanchor(REPORT, t, HASH);
    assert.deepEqual([r.status, r.method, r.moved, r.score], ['anchored', 'hash', false, 1]);
    assert.deepEqual(r.range, { start: t.start, end: t.end, rawStart: t.start, rawEnd: t.end });
  });

  it('an edit after the passage: the positions still hold the quote', () => {
    const edited = `${REPORT}A closing line.\n`;
    const r = reanchor(edited, t, HASH);
    assert.deepEqual([r.status, r.method, r.moved], ['anchored', 'position', false]);
  });

  it('a paragraph inserted before the passage: silent shift, anchored', () => {
    const inserted = 'A paragraph added by the editor, on trade and energy.\n\n';
    const edited = REPORT.replace('Trade remains', `${inserted}Trade remains`).replace('The Association', `${inserted}The Association`);
    const r = reanchor(edited, t, HASH);
    assert.deepEqual([r.status, r.method, r.moved], ['anchored', 'exact', true]);
    assert.equal(r.range?.start, t.start! + inserted.length);
    assert.equal(quoted(edited, r), QUOTE);
    assert.equal(r.score, formula(1, 1, 1, r.parts!.proximity));
  });

  it('a paragraph inserted right before a passage that opens its paragraph: prefix lost, still anchored', () => {
    const opening = target(REPORT, 'Trade remains modest');
    const edited = REPORT.replace('Trade remains', 'Energy is where the two sides meet.\n\nTrade remains');
    const r = reanchor(edited, opening, HASH);
    assert.equal(r.status, 'anchored');
    assert.ok(r.parts!.prefix < 0.6 && r.parts!.suffix === 1, JSON.stringify(r.parts));
    assert.ok((r.parts!.prefix + r.parts!.suffix) / 2 >= 0.6, 'context (mean of both sides) >= 0.6');
  });

  it('a typo fixed inside a quote: anchored when the quote is long enough, needs-review when short', () => {
    // Stored quotes carry the typo ("endorsment", "Rusia"); the document now has them fixed.
    const long = frozen({ ...t, exact: 'engagement is not endorsment' });
    const r = reanchor(REPORT, long, HASH);
    // One edit in 28 units: quote 1 - 1/28 = 0.964 >= 0.95, context intact -> anchored.
    assert.deepEqual([r.status, r.method], ['anchored', 'approximate']);
    assert.equal(quoted(REPORT, r), QUOTE);
    assert.equal(r.parts!.quote, 1 - 1 / 28);
    assert.equal(r.score, formula(1 - 1 / 28, 1, 1, r.parts!.proximity));

    const shortTarget = createTarget(REPORT, ...rangeOf(REPORT, 'meet Russia'));
    const short = frozen({ ...shortTarget, exact: 'meet Rusia' });
    const s = reanchor(REPORT, short, HASH);
    // One edit in 10 units: quote 0.9 < 0.95 -> not anchored; score (45 + 40 + 2)/92 = 0.946 >= 0.75.
    assert.deepEqual([s.status, s.method], ['needs-review', 'approximate']);
    assert.equal(quoted(REPORT, s), 'meet Russia');
    assert.equal(s.parts!.quote, 0.9);
    assert.ok(s.score > 0.94 && s.score < 0.95, String(s.score));
  });

  it('the quoted sentence deleted: orphaned, nothing proposed, the target untouched', () => {
    const edited = REPORT.replace(/For ASEAN and this year's chair[^.]*\. /, '');
    const r = reanchor(edited, t, HASH);
    assert.deepEqual([r.status, r.method, r.range, r.moved], ['orphaned', 'none', undefined, false]);
    assert.ok(r.score < 0.75);
    assert.equal(t.exact, QUOTE, 'stored target unchanged (it is frozen: any write would have thrown)');
  });

  it('a reworded passage: needs-review at the new words, never silently anchored', () => {
    const edited = REPORT.replace(QUOTE, 'engaging them is no endorsement');
    const r = reanchor(edited, t, HASH);
    assert.deepEqual([r.status, r.method], ['needs-review', 'approximate']);
    assert.equal(quoted(edited, r), 'engaging them is no endorsement');
    assert.ok(r.parts!.quote < 0.95 && r.score >= 0.75, JSON.stringify(r));
  });

  it('a duplicate elsewhere with other context: the context decides', () => {
    const sentence = "For ASEAN and this year's chair, Malaysia, engagement is not endorsement.";
    const edited = REPORT.replace('The Association', `As a critic put it: ${QUOTE}, they said.\n\nThe Association`);
    const r = reanchor(edited, t, HASH);
    assert.deepEqual([r.status, r.method], ['anchored', 'exact']);
    assert.equal(r.range?.rawStart, edited.indexOf(sentence) + sentence.indexOf(QUOTE));
    assert.ok(r.runnerUp && r.score - r.runnerUp.score > 0.02, JSON.stringify(r.runnerUp));
    assert.equal(quoted(edited, { ...r, range: r.runnerUp!.range }), QUOTE);
  });

  it('a duplicate with the same context (the paragraph copied higher up): a near-tie, ambiguous', () => {
    const paragraph = REPORT.slice(REPORT.indexOf('For ASEAN'), REPORT.indexOf('Trade remains'));
    const edited = REPORT.replace('The Association', `${paragraph}The Association`);
    const r = reanchor(edited, t, HASH);
    assert.deepEqual([r.status, r.method], ['ambiguous', 'exact']);
    // Same quote and context: only proximity differs, by 2/92 * distance / length.
    assert.ok(r.runnerUp && r.score - r.runnerUp.score <= 0.02, JSON.stringify(r));
    assert.deepEqual([quoted(edited, r), quoted(edited, { ...r, range: r.runnerUp.range })], [QUOTE, QUOTE]);
  });

  it('a copy that lands exactly on the old positions is kept there (ARCHITECTURE.md, Anchoring step 2)', () => {
    const paragraph = REPORT.slice(REPORT.indexOf('For ASEAN'), REPORT.indexOf('Trade remains'));
    const edited = REPORT.replace('For ASEAN', `${paragraph}For ASEAN`);
    const r = reanchor(edited, t, HASH);
    assert.deepEqual([r.status, r.method, r.moved], ['anchored', 'position', false]);
  });

  it('the document re-saved with CRLF and a BOM: same hash, same code points, editor offsets shifted', () => {
    const crlf = `\uFEFF${REPORT.replace(/\n/g, '\r\n')}`;
    assert.equal(documentHash(crlf), HASH);
    const r = reanchor(crlf, t, HASH);
    assert.deepEqual([r.status, r.method, r.moved], ['anchored', 'hash', false]);
    const linesBefore = REPORT.slice(0, t.start).split('\n').length - 1;
    assert.equal(r.range?.rawStart, t.start! + 1 + linesBefore);
    assert.equal(quoted(crlf, r), QUOTE);
  });

  it('an emoji before the passage: positions in code points, raw offsets in UTF-16', () => {
    const edited = `🌏🇷🇺 ${REPORT}`;
    const r = reanchor(edited, t, HASH);
    assert.deepEqual([r.status, r.method], ['anchored', 'exact']);
    assert.equal(r.range?.start, t.start! + 4, 'three code points and a space');
    assert.equal(r.range?.rawStart, t.start! + 7, 'six UTF-16 units and a space');
    assert.equal(quoted(edited, r), QUOTE);
  });

  it('the whole document replaced: every annotation orphaned, none lost', () => {
    const quotes = [QUOTE, 'Trade remains modest', 'depend less on summits than on what Moscow can offer', 'Sochi'];
    const annotations = quotes.map((q, i) => ({ id: `a${i}`, target: target(REPORT, q) }));
    const replaced = 'Minutes of the budget committee. Item one: the roof. Item two: parking permits for staff.\n';
    const report = anchorAnnotations(replaced, { documentHash: HASH, annotations });
    assert.equal(report.results.length, quotes.length);
    assert.deepEqual(
      report.results.map((x) => [x.annotation.id, x.result.status]),
      annotations.map((a) => [a.id, 'orphaned']),
    );
    assert.deepEqual(report.counts, { anchored: 0, 'needs-review': 0, ambiguous: 0, orphaned: quotes.length });
    assert.equal(report.sameHash, false);
    assert.equal(report.documentHash, documentHash(replaced));
  });

  it('batch on an unchanged document: all anchored by hash, the hash to store reported', () => {
    const annotations = [QUOTE, 'Sochi'].map((q, i) => ({ id: `a${i}`, target: target(REPORT, q), note: 'kept as given' }));
    const report = anchorAnnotations(AnchorText.of(REPORT), { documentHash: HASH, annotations });
    assert.deepEqual(
      report.results.map((x) => x.result.method),
      ['hash', 'hash'],
    );
    assert.equal(report.results[0].annotation, annotations[0], 'the caller gets its own annotation objects back');
    assert.equal(report.sameHash, true);
  });

  it('the quote kept but both sides rewritten: needs-review, never orphaned while the words are there', () => {
    const edited = REPORT.replace("For ASEAN and this year's chair, Malaysia, ", 'Seen from Kuala Lumpur the point is simple: ').replace(
      '. Rather, it is a conscious effort',
      ', whatever critics in Europe may claim about it',
    );
    const r = reanchor(edited, t, HASH);
    assert.deepEqual([r.status, r.method], ['needs-review', 'exact']);
    assert.ok((r.parts!.prefix + r.parts!.suffix) / 2 < 0.6, JSON.stringify(r.parts));
    assert.equal(quoted(edited, r), QUOTE);
  });

  it('a quote at the very start of the text, a title added above it: anchored (an empty stored side is no evidence)', () => {
    const text = 'Engagement is not endorsement, the minister said on Monday in Kuala Lumpur.';
    const opening = target(text, 'Engagement is not endorsement');
    assert.equal(opening.prefix, '');
    const r = reanchor(`Minister's remarks\n\n${text}`, opening, documentHash(text));
    assert.deepEqual([r.status, r.method, r.parts?.prefix, r.parts?.suffix], ['anchored', 'exact', 0.5, 1]);
    assert.equal(reanchor(text, frozen({ ...opening, start: undefined, end: undefined })).parts?.prefix, 1, 'at the start again: 1');
  });

  it('a near-tie among approximate matches is ambiguous too', () => {
    const paragraph = REPORT.slice(REPORT.indexOf('For ASEAN'), REPORT.indexOf('Trade remains'));
    const edited = REPORT.replace('The Association', `${paragraph}The Association`).replaceAll(QUOTE, 'engagement is not an endorsement');
    const r = reanchor(edited, t, HASH);
    assert.deepEqual([r.status, r.method], ['ambiguous', 'approximate']);
    assert.ok(r.runnerUp && r.score - r.runnerUp.score <= 0.02);
    assert.deepEqual(
      [quoted(edited, r), quoted(edited, { ...r, range: r.runnerUp.range })],
      ['engagement is not an endorsement', 'engagement is not an endorsement'],
    );
  });

  it('a target without positions or context is found by its quote alone', () => {
    const r = reanchor(REPORT, frozen({ exact: QUOTE }));
    assert.deepEqual([r.status, r.method, r.moved], ['needs-review', 'exact', true]);
    assert.deepEqual(r.parts, { quote: 1, prefix: 0.5, suffix: 0.5, proximity: 1 });
    assert.equal(quoted(REPORT, r), QUOTE);
  });

  it('an empty quote is orphaned, not searched', () => {
    assert.deepEqual(reanchor(REPORT, frozen({ exact: '', start: 0, end: 0 })), {
      status: 'orphaned',
      method: 'none',
      score: 0,
      moved: false,
    });
  });
});
