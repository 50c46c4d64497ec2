/**
 * yaml/: YAML the analyst owns: guarded parsing, the field reader with located diagnostics, byte-
 * preserving splicing of scalars, sequences, items and top fields.
 *
 * Guarded YAML parsing for analyst-owned files (ARCHITECTURE.md, Writing safely): a size cap, git conflict markers and a
 * nesting-depth check run before the parser sees the text (a deeply nested file can take the
 * parser down with the whole process), then the `yaml` Document API parses with positions so
 * every error names its line and column.
 */
import { isAlias, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../base/diagnostics';

export interface YamlLimits {
  maxBytes: number;
  maxDepth: number;
}

export const DEFAULT_LIMITS: YamlLimits = { maxBytes: 32 * 1024 * 1024, maxDepth: 48 };

export interface ParsedYaml {
  /** Undefined when the guard refused the text: it was never parsed. */
  doc?: Document.Parsed;
  lines: LineCounter;
  diagnostics: Diagnostic[];
}

const CONFLICT_MARKER = /^(<{7}|={7}|>{7})(?: |$)/m;

function at(file: string, lines: LineCounter, offset: number, code: string, message: string): Diagnostic {
  const { line, col } = lines.linePos(offset);
  return { file, line, column: col, severity: 'error', code, message };
}

/** Checks that are cheap and must happen before parsing. Returns the first problem, if any. */
export function guardYamlText(text: string, file: string, limits: YamlLimits = DEFAULT_LIMITS): Diagnostic | undefined {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  if (text.length > limits.maxBytes) {
    return at(file, lines, 0, 'too-large', `file is ${text.length} characters, over the limit of ${limits.maxBytes}; it was not read`);
  }
  const conflict = CONFLICT_MARKER.exec(text);
  if (conflict) {
    return at(file, lines, conflict.index, 'conflict-marker', 'unresolved git conflict marker: resolve the conflict, then save');
  }
  const deep = findTooDeep(text, limits.maxDepth);
  if (deep >= 0) {
    return at(file, lines, deep, 'too-deep', `nesting deeper than ${limits.maxDepth} levels; the file was not parsed`);
  }
  return undefined;
}

/**
 * Offset of the first line whose nesting estimate passes `maxDepth`, or -1. The estimate counts
 * indentation (two columns a level), `- ` sequence markers opening on the line, and open flow
 * brackets; it over-estimates, never under-estimates, what the parser will nest.
 */
function findTooDeep(text: string, maxDepth: number): number {
  let flow = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let i = lineStart;
    let indent = 0;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) {
      indent++;
      i++;
    }
    let dashes = 0;
    while (i + 1 <= end && text.charCodeAt(i) === 45 && (i + 1 === end || text.charCodeAt(i + 1) === 32)) {
      dashes++;
      i += 2;
      while (i < end && text.charCodeAt(i) === 32) i++;
    }
    const base = indent / 2 + dashes;
    if (base > maxDepth) return lineStart;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 91 || c === 123) {
        // Checked at each bracket: `[[[...]]]` opened and closed on one line nests just as deep.
        if (base + ++flow > maxDepth) return lineStart;
      } else if ((c === 93 || c === 125) && flow > 0) flow--;
      else if (c === 34 || c === 39)
        i = skipQuoted(text, i, end); // brackets and # in quotes are text
      else if (c === 35 && (i === lineStart || text.charCodeAt(i - 1) === 32)) break; // comment
    }
    lineStart = end + 1;
  }
  return -1;
}

/** Index of the closing quote of a quoted scalar starting at `i` (or the line end). Quotes inside a
 * plain word (`don't`) are not quotes: only one after a space, `[`, `{`, `,` or `:` starts a string. */
function skipQuoted(text: string, i: number, end: number): number {
  const before = i === 0 ? 32 : text.charCodeAt(i - 1);
  if (!(before === 32 || before === 9 || before === 91 || before === 123 || before === 44 || before === 58 || before === 45)) return i;
  const q = text.charCodeAt(i);
  for (let k = i + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (q === 34 && c === 92) {
      k++;
      continue;
    } // backslash escape in "..."
    if (c === q) {
      if (q === 39 && text.charCodeAt(k + 1) === 39) {
        k++;
        continue;
      } // '' in '...'
      return k;
    }
  }
  return end;
}

/** `keepSourceTokens` keeps each node's CST token (`node.srcToken`) for editors that splice text. */
export function parseYaml(text: string, file: string, limits: YamlLimits = DEFAULT_LIMITS, keepSourceTokens = false): ParsedYaml {
  const lines = new LineCounter();
  const refused = guardYamlText(text, file, limits);
  if (refused) return { lines, diagnostics: [refused] };
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, keepSourceTokens });
  const diagnostics: Diagnostic[] = [];
  if (doc.errors.some((e) => /call stack/i.test(e.message))) {
    // The parser gave up half-way through: what it built is not safe to walk.
    return { lines, diagnostics: [at(file, lines, 0, 'too-deep', 'the file is nested too deeply to be read')] };
  }
  for (const e of doc.errors) diagnostics.push(at(file, lines, e.pos[0], 'yaml-syntax', e.message.split('\n')[0]));
  for (const w of doc.warnings)
    diagnostics.push({ ...at(file, lines, w.pos[0], 'yaml-warning', w.message.split('\n')[0]), severity: 'warning' });
  return { doc, lines, diagnostics };
}

/** 1-based line and column of a node's start. */
export function nodePosition(node: Node | null | undefined, lines: LineCounter): { line: number; column: number } {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/** Follows a YAML alias (`*anchor`) one step; no expansion of nested aliases happens here. */
export function deref(node: unknown, doc: Document.Parsed): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}
