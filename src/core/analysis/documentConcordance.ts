/**
 * Concordance lines of places in whole documents: the line and column of each place (columns in
 * code points, as the command line and the editor count them), its date, and the left context
 * kept out of the document's front matter when the place is in the running text.
 */
import type { DocumentDate } from '../catalog/catalogPeriod';
import { frontMatterLength } from '../catalog/documentDates';
import { LineIndex } from '../text/lineIndex';
import { concordanceLine, type ConcordanceLine } from './concordance';

export interface ConcordanceSource {
  /** The document as lines name it (its path). */
  path: string;
  /** Its text (none: an empty line). */
  text?: string;
  /** Raw UTF-16 offsets to code points (the index's offset map). */
  offsets: { toCodePoint(raw: number): number };
  date?: DocumentDate;
}

/** Line starts and front matter of each document seen (kept while the document object lives). */
const known = new WeakMap<ConcordanceSource, { lines: LineIndex; body: number }>();

/** The concordance line of text[start, end) in the document (raw offsets). */
export function concordanceLineIn(doc: ConcordanceSource, start: number, end: number, width: number): ConcordanceLine {
  const text = doc.text ?? '';
  let k = known.get(doc);
  if (!k) known.set(doc, (k = { lines: new LineIndex(text), body: frontMatterLength(text) }));
  const at = k.lines.position(start);
  const column = doc.offsets.toCodePoint(start) - doc.offsets.toCodePoint(start - at.character) + 1;
  return concordanceLine(
    text,
    { document: doc.path, day: doc.date?.day, date: doc.date?.text, start, end, line: at.line + 1, column },
    width,
    start >= k.body ? k.body : 0,
  );
}
