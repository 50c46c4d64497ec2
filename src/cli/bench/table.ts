/** Aligned plain-text tables of the benches' reports. */

export type Align = 'left' | 'right';

/** Columns padded to their widest cell; a rule under the header. */
export function formatTable(columns: ReadonlyArray<[title: string, align: Align]>, rows: readonly string[][]): string {
  const widths = columns.map(([title], c) => Math.max(title.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (columns[c][1] === 'left' ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(columns.map(([t]) => t)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
