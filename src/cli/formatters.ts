/** Text formats of the CLI: CSV rows (RFC 4180 quoting), aligned tables, diagnostic lines. */
import { formatDiagnostic, type Diagnostic } from '../core/base/diagnostics';
import { shortened } from '../core/text/shortText';

/** A field quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: ReadonlyArray<string | number>): string {
  return values.map(csvField).join(',');
}

export interface Column<T> {
  title: string;
  align: 'left' | 'right';
  value(row: T): string | number;
  /** Longer values are cut with an ellipsis (left-aligned columns only). */
  maxWidth?: number;
}

/** Header, rule and one line a row; widths in code points. */
export function renderTable<T>(columns: ReadonlyArray<Column<T>>, rows: readonly T[]): string[] {
  const cells = rows.map((row) => columns.map((c) => fit(String(c.value(row)), c.maxWidth)));
  const widths = columns.map((c, i) => Math.max(width(c.title), ...cells.map((r) => width(r[i]))));
  const line = (values: readonly string[]): string =>
    values
      .map((v, i) => pad(v, widths[i], columns[i].align))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.title)), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
}

function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function fit(text: string, maxWidth: number | undefined): string {
  return maxWidth === undefined ? text : shortened(text, maxWidth, { wordBoundary: 0 });
}

function pad(text: string, size: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** `file:line:col: severity: message [code]`; a problem with no position (line 0) drops `:line:col`. */
export function diagnosticLine(d: Diagnostic): string {
  return d.line > 0 ? formatDiagnostic(d) : `${d.file}: ${d.severity}: ${d.message} [${d.code}]`;
}

/** Code unit order: the same on every machine, whatever its locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By file, then line and column. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => compare(a.file, b.file) || a.line - b.line || a.column - b.column);
}
