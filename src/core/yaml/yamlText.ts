/**
 * Text-level helpers for editing YAML by splicing (ARCHITECTURE.md, Files the analyst owns: unknown keys and comments survive).
 * `Document.toString()` re-spells a whole file (flow padding, comment spacing, indentation of
 * comments), so editors here rewrite only the items they change and copy every other byte.
 */
import { Document, isScalar, type Scalar, type ToStringOptions } from 'yaml';

/** How new or changed YAML is spelled: no line folding (`lineWidth: 0`, and a double-quoted string
 * keeps its `\n` escapes on one line: folded, a line would end in `\ ` that an editor trimming
 * trailing whitespace turns into a line continuation), two-space indents, `- ` items indented
 * under their key, `[a, b]` without inner padding. */
export const RENDER_OPTIONS: ToStringOptions = {
  lineWidth: 0,
  minContentWidth: 0,
  doubleQuotedMinMultiLineLength: Infinity,
  indent: 2,
  indentSeq: true,
  flowCollectionPadding: false,
};

/** A replacement of `text.slice(start, end)`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits (in any order); throws when two overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`overlapping edits at offset ${e.start}`);
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the line break ending the line that holds `offset - 1` (the end of text when
 * that line has none); `offset` itself when it already starts a line. */
export function lineEndAfter(text: string, offset: number): number {
  if (offset === 0 || text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** Prefixes every non-empty line with `indent` spaces (empty lines stay empty: inside a block
 * scalar they are blank lines either way). */
export function indentLines(text: string, indent: number): string {
  if (indent === 0) return text;
  const pad = ' '.repeat(indent);
  // Split on '\n' only: a JS multiline `^` also matches after U+2028/U+2029, which YAML 1.2 keeps as text.
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

/** Moves lines from column `from` to column `to` (a line indented less than `from` loses what it has). */
export function reindent(text: string, from: number, to: number): string {
  if (from === to) return text;
  const dedented = text
    .split('\n')
    .map((line) => line.slice(Math.min(from, leadingSpaces(line))))
    .join('\n');
  return indentLines(dedented, to);
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

/** One line of YAML for a scalar value, in the style of `like` when that style can hold it. */
export function renderScalar(value: string | number, like?: Scalar): string {
  const doc = new Document(value);
  if (like && isScalar(doc.contents) && typeof like.type === 'string') doc.contents.type = like.type;
  const out = doc.toString(RENDER_OPTIONS);
  return out.endsWith('\n') ? out.slice(0, -1) : out;
}

/** Text ends with a line break (an empty text counts as ending one). */
export function withFinalNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

/** A file written with CRLF line breaks throughout keeps them: new lines get CRLF too. */
export function keepLineBreaks(original: string, edited: string): string {
  const crlf = original.includes('\r\n') && !/(^|[^\r])\n/.test(original);
  return crlf ? edited.replace(/\r?\n/g, '\r\n') : edited;
}
