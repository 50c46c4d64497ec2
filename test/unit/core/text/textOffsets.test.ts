import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lineStarts, normaliseText, OffsetMap } from '../../../../src/core/text/textOffsets';
import { scanDocument } from '../../../../src/core/matcher/documentScanner';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { simpleCatalog } from '../../helpers/matching';

/** Reference conversion: code point index in the normalised text of a raw UTF-16 offset. */
function referenceCodePoint(raw: string, offset: number): number {
  return [...normaliseText(raw.slice(0, offset))].length;
}

const pieces = ['a', 'é', 'e\u0301', '😀', '\r\n', '\n', '\r', ' ', 'Z', '\uFEFF', '🇷🇺'];
const rawText = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom(...pieces), { maxLength: 40 }))
  .map(([bom, parts]) => (bom ? '\uFEFF' : '') + parts.join(''));

/** Offsets an editor can hold: not inside a CRLF pair nor a surrogate pair. */
function boundaries(raw: string): number[] {
  const out: number[] = [];
  for (let i = 0; i <= raw.length; i++) {
    const prev = raw.charCodeAt(i - 1);
    const cur = raw.charCodeAt(i);
    if (prev === 13 && cur === 10) continue;
    if (prev >= 0xd800 && prev <= 0xdbff && cur >= 0xdc00 && cur <= 0xdfff) continue;
    if (i === 0 && cur === 0xfeff) continue; // editors never place a caret before a BOM
    out.push(i);
  }
  return out;
}

describe('text normalisation and offsets', () => {
  it('removes a BOM and turns CRLF and lone CR into LF', () => {
    assert.equal(normaliseText('\uFEFFa\r\nb\rc\n'), 'a\nb\nc\n');
    assert.equal(normaliseText('plain'), 'plain');
  });

  it('converts raw UTF-16 offsets to code points over the normalised text', () => {
    const raw = '\uFEFF😀 é\r\nZ';
    const map = OffsetMap.fromText(raw);
    assert.equal(map.toCodePoint(raw.indexOf('Z')), 4);
    assert.equal(map.toRaw(4), raw.indexOf('Z'));
    assert.equal(map.codePointLength, [...normaliseText(raw)].length);
  });

  it('is the identity for text without BOM, CR or astral characters', () => {
    const map = OffsetMap.fromText('Asean-Russia e\u0301');
    assert.ok(map.isIdentity);
    assert.equal(map.toCodePoint(7), 7);
  });

  it('agrees with a reference conversion and round-trips at every editor offset (property)', () => {
    fc.assert(
      fc.property(rawText, (raw) => {
        const map = OffsetMap.fromText(raw);
        for (const r of boundaries(raw)) {
          assert.equal(map.toCodePoint(r), referenceCodePoint(raw, r), `raw ${r} of ${JSON.stringify(raw)}`);
          assert.equal(map.toRaw(map.toCodePoint(r)), r, `round trip of ${r} in ${JSON.stringify(raw)}`);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gets the same offset map from the scanner as from the text (property)', () => {
    const m = compileMatcher(simpleCatalog({ z: ['Z', 'Z Z'] }));
    fc.assert(
      fc.property(rawText, (raw) => {
        const scanned = scanDocument(m, raw).offsets;
        const direct = OffsetMap.fromText(raw);
        for (const r of boundaries(raw)) assert.equal(scanned.toCodePoint(r), direct.toCodePoint(r));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the offset map exact when a wrapped mention holds astral characters', () => {
    const m = compileMatcher(simpleCatalog({ f: ['M𝔸x Forum'] }));
    const raw = 'a 𝔸 M𝔸x\r\nForum 𝔸 end';
    const scanned = scanDocument(m, raw);
    assert.equal(scanned.mentions.length, 1);
    const direct = OffsetMap.fromText(raw);
    for (const r of boundaries(raw)) assert.equal(scanned.offsets.toCodePoint(r), direct.toCodePoint(r), `offset ${r}`);
  });

  it('numbers lines as editors do (LF, CRLF and lone CR)', () => {
    assert.deepEqual(lineStarts('a\r\nb\rc\nd'), [0, 3, 5, 7]);
    const m = compileMatcher(simpleCatalog({ z: ['Z'] }));
    const raw = 'Z\r\nZ\r Z\nZ';
    const lines = [...scanDocument(m, raw).mentions].map((x) => [x.line, x.column]);
    assert.deepEqual(lines, [
      [0, 0],
      [1, 0],
      [2, 1],
      [3, 0],
    ]);
  });
});
