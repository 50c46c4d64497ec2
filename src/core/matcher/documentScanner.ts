/**
 * One pass over a document's raw text that finds every mention (ARCHITECTURE.md, Mentions) and, on the way, what
 * the index needs besides: line and column of each mention's start and end (editor positions
 * without the text), sentence and paragraph numbers for co-mentions, and the offset map (CRLF
 * pairs, surrogate pairs, BOM). Doing it in the same loop keeps indexing at one read of each character.
 *
 * Rules: mentions start and end on word boundaries (letters, numbers, marks and `_` are word
 * characters, Unicode-wide); the longest alias starting at a word wins; any whitespace run in the
 * text matches one space in an alias, but a blank line ends any alias; case-sensitive aliases must match as written, modulo
 * typographic apostrophes and hyphens. Possessives and hyphenated compounds need no rule of their
 * own: `'`, `’` and `-` are not word characters.
 */
import { charTables, isWordAt, WORD_CHAR, WORD_NONE } from '../text/charClasses';
import { edgeRecord, edgeSlot } from './edgeTable';
import { NEAR_DEPTH, NOT_A_MENTION, type CompiledMatcher } from './mentionMatcher';
import { startKey } from './startFilter';
import { MentionList, MentionListBuilder } from './mentionList';
import { OffsetMap } from '../text/textOffsets';

export interface ScannedDocument {
  mentions: MentionList;
  offsets: OffsetMap;
  lineCount: number;
  /** Words of the running text (from `bodyFrom`), as analysis/distribution.ts `wordCount` counts them. */
  words: number;
}

/**
 * The version of what a scan yields. Bump it with any change that could make `scanDocument`, or
 * what `scanForIndex` adds to it (indexing/documentScan.ts: the date, the front matter fields,
 * the word count, the decoding of bytes), give a different result for some text: the CLI keeps
 * scans of whole folders between runs (indexing/scanCacheKey.ts) and trusts a kept scan only while
 * this number, the scanning code's bundle and the matcher are the same. When in doubt, bump it:
 * the cost is one full scan of each folder, where forgetting it gives wrong counts.
 */
export const SCANNER_VERSION = 1;

const builder = new MentionListBuilder();

/** No date: only aliases without a period are read. */
export const UNDATED = -1;

/** What acceptAlias gives for a name that holds only at other dates: it names none of the catalog's
 * entities here, and is no mention, but it hides the names inside it (read as the shorter names,
 * "Serbia and Montenegro" in 2010 would be two states). */
const DATED_ELSEWHERE = -2;

/** True when a match hides what it covers without being a mention. */
const hides = (m: CompiledMatcher, alias: number): boolean => alias === DATED_ELSEWHERE || m.aliasEntity[alias] === NOT_A_MENTION;

/** Scans `text`, reading dated aliases as of `day` (YYYYMMDD, or UNDATED). */
/** `bodyFrom`: where the running text starts (after a front matter), the first word `words` counts. */
export function scanDocument(m: CompiledMatcher, text: string, day: number = UNDATED, bodyFrom = 0): ScannedDocument {
  const { word, lower, equiv } = charTables();
  const { rootNext, termHead, startFilter, aliasEndsInWord } = m;
  const near = m.nearEdges.records,
    nearMask = m.nearEdges.mask;
  const far = m.farEdges.records,
    farMask = m.farEdges.mask;
  const out = builder.reset();
  const drops: number[] = [];
  const n = text.length;
  let line = 0,
    lineStart = 0,
    sentence = 0,
    paragraph = 0;
  let prevWord = false,
    words = 0,
    wordStart = 0,
    lastWordLen = 0;
  let lineHasText = false,
    blankLines = 0;
  let sentenceEnd = false,
    spaceAfterEnd = false;
  if (text.charCodeAt(0) === 0xfeff) drops.push(0);

  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    let cls = word[c];
    let width = 1;
    if (cls > WORD_CHAR) {
      // Surrogate pair: one code point, two code units.
      const lo = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) {
        drops.push(i + 1);
        width = 2;
      }
      cls = isWordAt(text, i) ? WORD_CHAR : WORD_NONE;
    }
    if (cls === WORD_NONE) {
      if (prevWord) {
        lastWordLen = i - wordStart;
        prevWord = false;
      }
      if (c <= 63) {
        if (c === 10 || c === 13) {
          if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) {
            drops.push(i + 1);
            i++;
          }
          line++;
          lineStart = i + 1;
          if (lineHasText) {
            lineHasText = false;
            blankLines = 0;
          } else blankLines++;
          if (sentenceEnd) spaceAfterEnd = true;
        } else if (c === 46 || c === 33 || c === 63) {
          // "U.S." and "e.g." end no sentence: a one-letter word before the stop.
          sentenceEnd = lastWordLen > 1 || c !== 46;
          spaceAfterEnd = false;
        } else if (c === 32 || c === 9) {
          if (sentenceEnd) spaceAfterEnd = true;
        }
      }
      i += width;
      continue;
    }
    if (prevWord) {
      i += width;
      continue;
    }

    // A word starts at i.
    prevWord = true;
    if (i >= bodyFrom) words++;
    wordStart = i;
    if (!lineHasText) {
      lineHasText = true;
      if (blankLines > 0 && line > 0) {
        paragraph++;
        sentence++;
        sentenceEnd = false;
      }
    }
    if (sentenceEnd) {
      if (spaceAfterEnd) sentence++;
      sentenceEnd = false;
    }
    // Dismiss most words with one bit test: no alias starts with these three characters.
    const k0 = word[c] === WORD_CHAR ? c : 0;
    // Reads stay in bounds: an out-of-bounds typed-array read makes V8 deoptimise this loop.
    const c1 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    const k1 = k0 !== 0 && word[c1] === WORD_CHAR ? c1 : 0;
    const c2 = i + 2 < n ? text.charCodeAt(i + 2) : 0;
    const k2 = k1 !== 0 && word[c2] === WORD_CHAR ? c2 : 0;
    const key = startKey(k0, k1, k2);
    if ((startFilter[key >>> 5] & (1 << (key & 31))) === 0) {
      i = pastPlainWord(text, i + width, word);
      continue;
    }
    let node = rootNext[lower[c]];
    if (node === 0) {
      i = pastPlainWord(text, i + width, word);
      continue;
    }

    let bestEnd = -1,
      bestAlias = -1,
      crossedSpecial = false,
      runBreaks = 0;
    let head = termHead[node];
    let depth = 1;
    let j = i + 1;
    for (;;) {
      if (head >= 0) {
        const w = j < n ? word[text.charCodeAt(j)] : WORD_NONE;
        if (w === WORD_NONE || aliasEndsInWord[head] === 0 || (w !== WORD_CHAR && !isWordAt(text, j))) {
          const alias = acceptAlias(m, head, text, i, j, equiv, day);
          if (alias !== -1) {
            bestEnd = j;
            bestAlias = alias;
          }
        }
      }
      if (j >= n) break;
      const f = lower[text.charCodeAt(j)];
      if (f === 32) {
        const cj = text.charCodeAt(j);
        if (cj === 10 || (cj === 13 && (j + 1 >= n || text.charCodeAt(j + 1) !== 10))) {
          // A multi-word alias may wrap over a line, never over a blank line (a new paragraph).
          if (++runBreaks > 1) break;
          crossedSpecial = true;
        }
        // A whitespace run matches one space: skip the rest of the run.
        if (lower[text.charCodeAt(j - 1)] === 32) {
          j++;
          continue;
        }
      } else {
        runBreaks = 0;
        if (f >= 0xd800 && f <= 0xdfff) crossedSpecial = true;
      }
      const edges = depth <= NEAR_DEPTH ? near : far;
      const mask = depth <= NEAR_DEPTH ? nearMask : farMask;
      let next = 0;
      for (let slot = edgeSlot(node, f) & mask; edges[slot << 2] !== 0; slot = (slot + 1) & mask) {
        const e = slot << 2;
        if (edges[e] === node + 1 && edges[e + 1] === f) {
          next = edges[e + 2];
          head = edges[e + 3];
          break;
        }
      }
      if (next === 0) break;
      node = next;
      depth++;
      j++;
    }
    if (bestAlias === -1) {
      i = pastPlainWord(text, i + width, word);
      continue;
    }
    // A mention that a phrase starting inside it runs past ("the West" in "the West Bank") is
    // not one: go on from the next word, where the phrase hides it.
    if (m.phraseCount > 0 && !hides(m, bestAlias) && m.aliasMayBeOverhung[bestAlias] === 1 && phraseOverhangs(m, text, i, bestEnd, day)) {
      i += width;
      continue;
    }

    // A phrase that is never a mention hides what it contains and is not reported itself.
    if (!hides(m, bestAlias)) out.push(m.aliasEntity[bestAlias], i, bestEnd, line, i - lineStart, sentence, paragraph);
    if (crossedSpecial) {
      // The match wrapped over a line or holds astral characters: one ordered pass keeps line
      // numbers exact and the offset map's drops sorted. (The first character's drop is pushed.)
      for (let k = i + width; k < bestEnd; k++) {
        const ck = text.charCodeAt(k);
        if (ck === 10 || (ck === 13 && (k + 1 >= n || text.charCodeAt(k + 1) !== 10))) {
          line++;
          lineStart = k + 1;
        } else if (ck === 13) {
          drops.push(k + 1);
        } else if (ck >= 0xd800 && ck <= 0xdbff) {
          const lo = k + 1 < n ? text.charCodeAt(k + 1) : 0;
          if (lo >= 0xdc00 && lo <= 0xdfff) {
            drops.push(k + 1);
            k++;
          }
        }
      }
      // Where it ends: on a later line when it wrapped.
      if (!hides(m, bestAlias)) out.endLast(line, bestEnd - lineStart);
    }
    // The words of a many-word name after its first (counted above).
    if (i >= bodyFrom) words += wordStartsIn(text, i + width, bestEnd, word);
    lastWordLen = bestEnd - i;
    i = bestEnd;
    prevWord = false;
  }
  return {
    mentions: out.finish(),
    offsets: OffsetMap.fromDrops(Int32Array.from(drops), n),
    lineCount: line + 1,
    words,
  };
}

/** The end of a run of plain word characters from `i`: the rest of a word that starts no mention
 * needs no bookkeeping (its first character that is not plain, if any, is left to the main loop). */
function pastPlainWord(text: string, i: number, word: Uint8Array): number {
  const n = text.length;
  while (i < n && word[text.charCodeAt(i)] === WORD_CHAR) i++;
  return i;
}

/** Words that start in text[from, to) after a word character at `from - 1` (a matched name's later words). */
function wordStartsIn(text: string, from: number, to: number, word: Uint8Array): number {
  let starts = 0;
  let inWord = 1;
  for (let k = from; k < to; k++) {
    let cls = word[text.charCodeAt(k)];
    if (cls > WORD_CHAR) {
      cls = isWordAt(text, k) ? WORD_CHAR : WORD_NONE;
      const ck = text.charCodeAt(k);
      if (ck >= 0xd800 && ck <= 0xdbff) k++;
    }
    if (cls === WORD_NONE) inWord = 0;
    else {
      starts += 1 - inWord;
      inWord = 1;
    }
  }
  return starts;
}

/** True when a phrase that is never a mention starts at a word inside [start, end) and ends after `end`. */
function phraseOverhangs(m: CompiledMatcher, text: string, start: number, end: number, day: number): boolean {
  for (let k = start + 1; k < end; k++) {
    if (!isWordAt(text, k) || isWordAt(text, k - 1)) continue;
    const [longest, alias] = longestFrom(m, text, k, day);
    if (alias !== -1 && longest > end && hides(m, alias)) return true;
  }
  return false;
}

/** The end and the alias of the longest alias starting at `i` (a word start), or [-1, -1]: the
 * scanning loop's walk without its bookkeeping, for the rare check above. */
function longestFrom(m: CompiledMatcher, text: string, i: number, day: number): [number, number] {
  const { word, lower, equiv } = charTables();
  const n = text.length;
  let node = m.rootNext[lower[text.charCodeAt(i)]];
  if (node === 0) return [-1, -1];
  let head = m.termHead[node];
  let bestEnd = -1,
    bestAlias = -1,
    depth = 1,
    runBreaks = 0;
  for (let j = i + 1; ; j++) {
    if (head >= 0 && (j >= n || m.aliasEndsInWord[head] === 0 || (word[text.charCodeAt(j)] !== WORD_CHAR && !isWordAt(text, j)))) {
      const alias = acceptAlias(m, head, text, i, j, equiv, day);
      if (alias !== -1) {
        bestEnd = j;
        bestAlias = alias;
      }
    }
    if (j >= n) break;
    const f = lower[text.charCodeAt(j)];
    if (f === 32) {
      const cj = text.charCodeAt(j);
      if ((cj === 10 || (cj === 13 && text.charCodeAt(j + 1) !== 10)) && ++runBreaks > 1) break;
      if (lower[text.charCodeAt(j - 1)] === 32) continue;
    } else runBreaks = 0;
    const table = depth <= NEAR_DEPTH ? m.nearEdges : m.farEdges;
    const edge = edgeRecord(table, node, f);
    if (edge < 0) break;
    node = table.records[edge + 2];
    head = table.records[edge + 3];
    depth++;
  }
  return [bestEnd, bestAlias];
}

/** First alias ending at this terminal whose period holds the day and whose case rule accepts
 * text[start, end); DATED_ELSEWHERE when only aliases dated at other times would; else -1. */
function acceptAlias(m: CompiledMatcher, head: number, text: string, start: number, end: number, equiv: Uint16Array, day: number): number {
  let elsewhere = false;
  for (let a = head; a >= 0; a = m.aliasNext[a]) {
    const asWritten = m.aliasIgnoreCase[a] === 1 || sameAsWritten(m.aliasEquiv[a], text, start, end, equiv);
    if (!asWritten) continue;
    if (m.aliasDated[a] === 1 && (day === UNDATED || day < m.aliasFrom[a] || day >= m.aliasUntil[a])) {
      elsewhere = true;
      continue;
    }
    return a;
  }
  return elsewhere ? DATED_ELSEWHERE : -1;
}
/** Compares text[start, end) with an equivalence-folded alias, whitespace runs counting as one space. */
function sameAsWritten(alias: string, text: string, start: number, end: number, equiv: Uint16Array): boolean {
  let a = 0;
  for (let k = start; k < end; k++) {
    const f = equiv[text.charCodeAt(k)];
    if (f === 32 && k > start && equiv[text.charCodeAt(k - 1)] === 32) continue;
    if (a >= alias.length || alias.charCodeAt(a) !== f) return false;
    a++;
  }
  return a === alias.length;
}
