import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { loadCatalog } from '../../../../src/core/catalog/catalogLoader';
import { scanDocument } from '../../../../src/core/matcher/documentScanner';
import { MENTION_STYLES, styleTable } from '../../../../src/core/presentation/entityStyles';
import { LineIndex } from '../../../../src/core/text/lineIndex';
import { compileMatcher, type CompiledMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { POSITION_STRIDE, positionsByStyle } from '../../../../src/core/index/mentionPositions';
import { lineStarts } from '../../../../src/core/text/textOffsets';

const sampleCatalog = loadCatalog(fs.readFileSync('corpus/entities.yaml', 'utf8'), 'entities.yaml');
const sampleMatcher = compileMatcher(sampleCatalog);
const sampleStyles = styleTable(sampleCatalog.entities);

interface Placed {
  style: string;
  start: [number, number];
  end: [number, number];
}

/** Every mention of `text` with its style and positions, read back from the buckets, in document order. */
function placed(text: string, matcher: CompiledMatcher = sampleMatcher, styles = sampleStyles): Placed[] {
  const { mentions } = scanDocument(matcher, text);
  const buckets = positionsByStyle(mentions, lineStarts(text), styles, MENTION_STYLES.length);
  const out: Placed[] = [];
  buckets.forEach((b, s) => {
    for (let o = 0; o < b.length; o += POSITION_STRIDE)
      out.push({ style: MENTION_STYLES[s], start: [b[o], b[o + 1]], end: [b[o + 2], b[o + 3]] });
  });
  return out.sort((a, b) => a.start[0] - b.start[0] || a.start[1] - b.start[1]);
}

/** The same, computed independently: LineIndex's binary search per offset. */
function expected(text: string, matcher: CompiledMatcher = sampleMatcher, styles = sampleStyles): Placed[] {
  const lines = new LineIndex(text);
  return [...scanDocument(matcher, text).mentions].map((m) => {
    const s = lines.position(m.start);
    const e = lines.position(m.end);
    return { style: MENTION_STYLES[styles[m.entity]], start: [s.line, s.character], end: [e.line, e.character] };
  });
}

describe('mention positions by style', () => {
  it('places each mention at its line and character, bucketed by its entity style', () => {
    const text = 'Russia and ASEAN met.\nPutin spoke at the East Asia Summit.';
    const got = placed(text);
    assert.deepEqual(got, [
      { style: 'state', start: [0, 0], end: [0, 6] },
      { style: 'bloc', start: [0, 11], end: [0, 16] },
      { style: 'person', start: [1, 0], end: [1, 5] },
      { style: 'forum', start: [1, 19], end: [1, 35] },
    ]);
  });

  it('counts LF, CRLF and lone CR line ends as the editor does, and UTF-16 characters', () => {
    const text = '\uFEFFRussia\r\nASEAN\rthe 😀 Russia\nend ASEAN';
    assert.deepEqual(placed(text), expected(text));
    assert.deepEqual(
      placed(text).map((p) => p.start),
      [
        [0, 1],
        [1, 0],
        [2, 7],
        [3, 4],
      ],
    );
  });

  it('ends a name wrapped over a line break on the next line', () => {
    const text = 'Members of the ASEAN\r\n  Regional Forum met; ASEAN too.';
    const got = placed(text);
    assert.deepEqual(got[0].start, [0, 15]);
    assert.deepEqual(got[0].end, [1, 16]);
    assert.deepEqual(got[1].start, [1, 22], 'the pass goes on from the later line');
    assert.deepEqual(got, expected(text));
  });

  it('agrees with a search per mention on every sample document', () => {
    for (const file of fs.readdirSync('corpus').filter((f) => /\.(txt|md)$/.test(f))) {
      const text = fs.readFileSync(`corpus/${file}`, 'utf8');
      const got = placed(text);
      assert.ok(got.length > 50, `${file} has mentions`);
      assert.deepEqual(got, expected(text), file);
      assert.deepEqual(placed(text.replace(/\n/g, '\r\n')), expected(text.replace(/\n/g, '\r\n')), `${file} with CRLF`);
    }
  });

  it('gives empty buckets for a document without mentions, or without text', () => {
    for (const text of ['', 'nothing to see here\n']) {
      const buckets = positionsByStyle(scanDocument(sampleMatcher, text).mentions, lineStarts(text), sampleStyles, MENTION_STYLES.length);
      assert.equal(buckets.length, MENTION_STYLES.length);
      for (const b of buckets) assert.equal(b.length, 0);
    }
  });
});
