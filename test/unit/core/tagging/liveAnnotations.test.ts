import { strict as assert } from 'node:assert';
import { AnchorText, createTarget, documentHash, type TextChange } from '../../../../src/core/anchoring';
import { LiveAnnotations } from '../../../../src/core/tagging/liveAnnotations';
import type { Annotation } from '../../../../src/core/sidecars/annotationValue';
import { QUOTE, rangeOf, REPORT } from '../../helpers/anchoring';

const SENTENCE = 'Trade remains modest';
const LONG = 'it is a conscious effort to anchor Russia within a regional framework';

function annotation(id: string, text: string, quote: string, status?: Annotation['status']): Annotation {
  return { id, codes: ['hedging'], entities: [], target: Object.freeze(createTarget(text, ...rangeOf(text, quote))), status };
}

/** A change as the editor reports it, and the text after it. */
function edit(text: string, from: number, to: number, insert: string): [string, TextChange] {
  return [text.slice(0, from) + insert + text.slice(to), { rangeOffset: from, rangeLength: to - from, text: insert }];
}

function anchored(text = REPORT, quotes = [QUOTE, SENTENCE, LONG]): LiveAnnotations {
  const live = new LiveAnnotations();
  live.anchor(
    text,
    documentHash(text),
    quotes.map((q, i) => annotation(`a${i}`, text, q)),
  );
  return live;
}

const summary = (live: LiveAnnotations, text: string): string[] =>
  live.all.map(
    (a) =>
      `${a.annotation.id} ${a.status} ${a.start === undefined ? '-' : JSON.stringify(text.slice(a.start, a.end))}${a.edited ? ' edited' : ''}`,
  );

describe('live annotations (the editor\u2019s places)', () => {
  it('anchors in raw offsets of the text as it stands: CRLF and a BOM included', () => {
    const raw = `\uFEFF${REPORT.replace(/\n/g, '\r\n')}`;
    const live = new LiveAnnotations();
    live.anchor(raw, documentHash(REPORT), [annotation('a0', REPORT, QUOTE)]);
    const a = live.get('a0')!;
    assert.deepEqual([a.status, a.result?.method, raw.slice(a.start, a.end)], ['anchored', 'hash', QUOTE]);
  });

  it('shifts places silently for a paragraph inserted before them, and leaves them for an edit after', () => {
    const live = anchored();
    const [text, change] = edit(REPORT, 0, 0, 'A new opening paragraph.\n\n');
    assert.equal(live.shift([change]), true);
    assert.deepEqual(summary(live, text), [`a0 anchored "${QUOTE}"`, `a1 anchored "${SENTENCE}"`, `a2 anchored "${LONG}"`]);
    const end = text.length;
    assert.equal(live.shift([{ rangeOffset: end, rangeLength: 0, text: 'The end.' }]), false);
    assert.equal(live.shift([]), false);
  });

  it('re-anchors a quote edited inside (a typo fixed): anchored on its new text, the stored quote kept', () => {
    const typo = REPORT.replace('conscious', 'concsious');
    const live = anchored(typo, [QUOTE, SENTENCE, LONG.replace('conscious', 'concsious')]);
    const at = typo.indexOf('concsious');
    const [text, change] = edit(typo, at, at + 9, 'conscious');
    live.shift([change]);
    assert.equal(live.get('a2')?.edited, true);
    assert.equal(live.refreshEdited(text), true);
    assert.deepEqual(summary(live, text)[2], `a2 anchored "${LONG}"`);
    assert.equal(live.get('a2')?.annotation.target.exact, LONG.replace('conscious', 'concsious'));
    assert.equal(live.refreshEdited(text), false, 'nothing left to re-anchor');
  });

  it('the quoted sentence deleted: orphaned, kept; the undo brings it back where it was', () => {
    const live = anchored();
    const [start, end] = rangeOf(REPORT, SENTENCE);
    const [deleted, del] = edit(REPORT, start, end + 1, '');
    live.shift([del]);
    live.refreshEdited(deleted);
    assert.deepEqual(summary(live, deleted)[1], 'a1 orphaned -');
    assert.deepEqual(live.get('a1')?.lastSeen, { start, end: start });
    const [restored, undo] = edit(deleted, start, start, REPORT.slice(start, end + 1));
    live.shift([undo]);
    assert.equal(live.get('a1')?.edited, true, 'text put back where it was last seen');
    live.refreshEdited(restored);
    assert.deepEqual([live.get('a1')?.status, live.get('a1')?.start, live.get('a1')?.end], ['anchored', start, end]);
    assert.equal(live.get('a1')?.lastSeen, undefined);
  });

  it('a quote cut short at its end and completed again: anchored on the whole quote', () => {
    const live = anchored();
    const [start, end] = rangeOf(REPORT, LONG);
    const [cut, del] = edit(REPORT, end - 9, end, '');
    live.shift([del]);
    live.refreshEdited(cut);
    assert.notEqual(live.get('a2')?.status, 'anchored');
    const [whole, undo] = edit(cut, end - 9, end - 9, 'framework');
    live.shift([undo]);
    live.refreshEdited(whole);
    assert.deepEqual([live.get('a2')?.status, live.get('a2')?.start, live.get('a2')?.end], ['anchored', start, end]);
  });

  it('records moved places in code points and changed statuses; proposals and edited places keep their target', () => {
    const live = anchored();
    const [text, change] = edit(REPORT, 0, 0, '🌏 ');
    live.shift([change]);
    const patches = live.persistPatches(text);
    assert.deepEqual(
      patches.map((p) => [p.id, p.patch.target?.start, p.patch.target?.exact]),
      [
        ['a0', rangeOf(REPORT, QUOTE)[0] + 2, QUOTE],
        ['a1', rangeOf(REPORT, SENTENCE)[0] + 2, SENTENCE],
        ['a2', rangeOf(REPORT, LONG)[0] + 2, LONG],
      ],
    );
    const at = text.indexOf(QUOTE);
    const [reworded, rework] = edit(text, at, at + QUOTE.length, 'engagement does not mean endorsement');
    live.shift([rework]);
    assert.equal(live.persistPatches(reworded).find((p) => p.id === 'a0')?.patch.target, undefined, 'edited: not recorded');
    live.refreshEdited(reworded);
    assert.equal(live.get('a0')?.status, 'needs-review');
    assert.deepEqual(live.persistPatches(reworded).find((p) => p.id === 'a0')?.patch, { status: 'needs-review' });
  });

  it('keeps places that hold for the text without a search, and searches again on other line ends', () => {
    // The quote's paragraph appears twice: only the live place tells the copies apart.
    const para = REPORT.slice(REPORT.lastIndexOf('\n\n', REPORT.indexOf(QUOTE)) + 2, REPORT.indexOf('\n', REPORT.indexOf(QUOTE)) + 1);
    const text = `${REPORT}${para}`;
    const live = anchored(text, [QUOTE]);
    const [shifted, change] = edit(text, 0, 0, para);
    live.shift([change]);
    const annotations = live.all.map((a) => a.annotation);
    const before = live.get('a0')!;
    live.anchor(shifted, documentHash(text), annotations, { current: true });
    assert.deepEqual(
      [live.get('a0')?.status, live.get('a0')?.start],
      ['anchored', before.start],
      'kept (a search from the stored target would find a tie)',
    );
    assert.equal(live.isAnchoredOn(AnchorText.of(shifted)), true);
    assert.equal(live.isAnchoredOn(AnchorText.of(shifted.replace(/\n/g, '\r\n'))), false, 'same normalised text, other raw offsets');
    live.anchor(shifted, documentHash(text), annotations);
    assert.equal(live.get('a0')?.start, before.start, 'same raw text: kept');
    live.anchor(shifted.replace(/\n/g, '\r\n'), documentHash(text), annotations);
    assert.equal(live.get('a0')?.status, 'ambiguous', 'searched again from the stored target');
  });

  it('anchors gradually: pauses between slices, follows changes made meanwhile, gives way to a newer run', async () => {
    const live = anchored();
    const annotations = live.all.map((a) => a.annotation);
    const [text, change] = edit(REPORT, 0, 0, 'Intro.\n\n');
    let pauses = 0;
    const done = await live.anchorGradually(REPORT, undefined, annotations, {
      sliceMs: 0,
      pause: async () => {
        if (++pauses === 1) live.shift([change]);
      },
    });
    assert.deepEqual([done, pauses], [true, 3]);
    assert.deepEqual(summary(live, text), [`a0 anchored "${QUOTE}"`, `a1 anchored "${SENTENCE}"`, `a2 anchored "${LONG}"`]);
    const before = live.all;
    const slow = live.anchorGradually('Something else entirely.', undefined, annotations, { sliceMs: 0, pause: async () => live.cancel() });
    assert.equal(await slow, false);
    assert.equal(live.all, before, 'a superseded run changes nothing');
  });
});
