/**
 * How the analysis commands write their tables: CSV with every cell guarded as the exports guard
 * them (a cell a spreadsheet would run as a formula is written as text) and an optional UTF-8
 * byte order mark for Excel; JSON; aligned tables for reading in a terminal.
 */
import { csvLine, type CsvValue } from '../../core/export/csvCells';

export function csvText(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>, bom: boolean): string {
  return `${bom ? '\ufeff' : ''}${[header, ...rows].map((r) => csvLine(r)).join('\n')}\n`;
}

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A share or coefficient with three decimals (CSV and tables); JSON keeps full precision. */
export function decimal(n: number): number {
  return Math.round(n * 1000) / 1000;
}
