/**
 * How a tool counted the positions of its selections in a source with CRLF line ends. The
 * specification counts Unicode code points of the text, but tools differ: some count CR and LF as
 * two characters, some count the pair as one (reading the file with line ends turned into LF).
 * Many tools write the selected text as the selection's `name`; where they do, each reading is
 * tried and the one whose slices match more quotes wins. Without any quote to compare, CRLF is
 * taken as two characters (the specification's reading). A byte order mark is never counted.
 */
import { AnchorText, lowSurrogates } from '../anchoring/anchorText';
import { OffsetMap } from '../text/textOffsets';

export type LineEndReading = 'two' | 'one';

export interface SourceText {
  readonly anchor: AnchorText;
  readonly reading: LineEndReading;
  /** What was assumed, in words, for the report. */
  readonly said: string;
  /** Length of the text in this reading's code points (a selection's end may not pass it). */
  readonly length: number;
  /** Raw UTF-16 offset (in the text as written) of a position in this reading. */
  rawOf(position: number): number;
}

interface Quoted {
  readonly start: number;
  readonly end: number;
  readonly name?: string;
}

/** `raw`: the source text as stored (BOM and CRLF kept). */
export function readSourceText(raw: string, selections: readonly Quoted[]): SourceText {
  const anchor = AnchorText.of(raw);
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? raw.slice(1) : raw;
  const two = OffsetMap.fromDrops(lowSurrogates(body), body.length);
  const readings = {
    two: { length: two.codePointLength, rawOf: (p: number) => two.toRaw(p) + bom },
    one: { length: anchor.codePointLength, rawOf: (p: number) => anchor.rawOf(p) },
  };
  if (!body.includes('\r\n')) return { anchor, reading: 'one', said: 'no CRLF line ends', ...readings.one };
  const matches = { two: 0, one: 0 };
  let quoted = 0;
  for (const s of selections) {
    const quote = comparable(s.name);
    if (quote.length < 3) continue;
    quoted++;
    for (const reading of ['two', 'one'] as const) {
      const r = readings[reading];
      if (!(s.start >= 0 && s.end <= r.length && s.start < s.end)) continue;
      if (sameQuote(quote, comparable(raw.slice(r.rawOf(s.start), r.rawOf(s.end))))) matches[reading]++;
    }
  }
  const reading: LineEndReading = matches.one > matches.two ? 'one' : 'two';
  const said =
    quoted === 0
      ? 'CRLF counted as two characters (assumed: no selection names its text to check against)'
      : `CRLF counted as ${reading === 'two' ? 'two characters' : 'one character'} (${matches[reading]} of ${quoted} quoted selections agree; the other reading: ${matches[reading === 'two' ? 'one' : 'two']})`;
  return { anchor, reading, said, ...readings[reading] };
}

/** Whitespace runs as one space, ends trimmed, a trailing ellipsis (a shortened quote) removed. */
function comparable(text: string | undefined): string {
  return (text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(\.\.\.|…)$/, '')
    .trimEnd();
}

/** The same quote, or a shortened one (at least 10 characters) that the slice starts with. */
function sameQuote(quote: string, slice: string): boolean {
  return quote === slice || (quote.length >= 10 && slice.startsWith(quote));
}
