import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Catalog } from '../../../../src/core/catalog/catalogTypes';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { find, simpleCatalog, type Found } from '../../helpers/matching';

/** A deliberately naive matcher: one regular expression per spelling, tried at every word start. */
function referenceFind(catalog: Catalog, text: string): Found[] {
  const isWord = (i: number): boolean =>
    i >= 0 && i < text.length && /[\p{L}\p{N}\p{M}_]/u.test(String.fromCodePoint(text.codePointAt(i) ?? 0));
  const fold = (s: string): string => s.replace(/[’‘ʼ]/g, "'").replace(/[‐‑]/g, '-');
  const patterns = catalog.entities.flatMap((e) =>
    e.spellings.map((s) => ({
      id: e.id,
      re: new RegExp(
        fold(s.text)
          .replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')
          .replace(/ /g, '(?:[^\\S\\r\\n]*(?:\\r\\n|\\r|\\n)[^\\S\\r\\n]*|[^\\S\\r\\n]+)'),
        s.ignoreCase ? 'iyu' : 'yu',
      ),
      endsInWord: /[\p{L}\p{N}\p{M}_]$/u.test(s.text),
    })),
  );
  const folded = fold(text);
  const out: Found[] = [];
  for (let i = 0; i < text.length;) {
    if (!isWord(i) || isWord(i - 1) || (i > 0 && text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff)) {
      i++;
      continue;
    }
    let best: Found | undefined;
    for (const p of patterns) {
      p.re.lastIndex = i;
      const m = p.re.exec(folded);
      if (!m) continue;
      const end = i + m[0].length;
      if (p.endsInWord && isWord(end)) continue;
      if (!best || end > best.end) best = { id: p.id, text: text.slice(i, end), start: i, end };
    }
    if (best) {
      out.push(best);
      i = best.end;
    } else i++;
  }
  return out;
}

const catalog = simpleCatalog({
  asean: ['ASEAN', 'Asean', 'ASEAN Regional'],
  arf: ['ASEAN Regional Forum'],
  ru: ['Russia', "Russia's Far East"],
  us: ['US', 'U.S.'],
  sco: ['SCO', '~Shanghai Cooperation Organisation'],
  vn: ['Việt Nam'],
});
const matcher = compileMatcher(catalog);
const words = [
  'ASEAN',
  'Asean',
  'asean',
  'Regional',
  'Forum',
  'Russia',
  'Russia’s',
  "Russia's",
  'Far',
  'East',
  'US',
  'us',
  'USD',
  'U.S.',
  'SCO',
  'shanghai',
  'COOPERATION',
  'Organisation',
  'Việt',
  'Nam',
  'Việt Nam',
  'the',
  '😀',
  'é',
];
const separators = [' ', '  ', '\n', '\r\n', '\n\n', '-', '–', ', ', '. ', "'", '’s ', '', '**', '\t'];
const text = fc
  .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { maxLength: 30 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('mention matcher properties (fast-check)', () => {
  it('finds exactly what a naive per-alias matcher finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        assert.deepEqual(find(matcher, t), referenceFind(catalog, t), JSON.stringify(t));
      }),
      { numRuns: 1000 },
    );
  });

  it('returns mentions sorted and never overlapping, each on word boundaries', () => {
    fc.assert(
      fc.property(text, (t) => {
        const ms = find(matcher, t);
        for (let i = 1; i < ms.length; i++) assert.ok(ms[i - 1].end <= ms[i].start, JSON.stringify([t, ms]));
        for (const m of ms) assert.ok(m.end > m.start);
      }),
      { numRuns: 500 },
    );
  });

  it('matches a document as it matches its paragraphs separately', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const whole = paragraphs.join('\n\n');
        let offset = 0;
        const separately = paragraphs.flatMap((p) => {
          const shifted = find(matcher, p).map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }));
          offset += p.length + 2;
          return shifted;
        });
        // A multi-word alias may not cross a blank line, so the two must agree exactly.
        assert.deepEqual(find(matcher, whole), separately, JSON.stringify(paragraphs));
      }),
      { numRuns: 500 },
    );
  });
});
