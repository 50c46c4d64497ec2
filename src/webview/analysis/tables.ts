// The panel's tables as CSV (the same guarded cells as the command line's exports): the pairs of
// the matrix, the counts per group, and the concordance lines.
import type { ConcordanceLine } from '../../core/analysis/concordance';
import type { PanelModel } from '../../core/analysis/panelModel';
import { csvLine } from '../../core/export/csvCells';
import type { Rate } from './charts';

function csv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((r) => csvLine(r)).join('\n') + '\n';
}

/** Columns a, b, n_a, n_b, n_ab, c as the command line's cooccur writes them. */
export function pairsCsv(m: PanelModel): string {
  const head = ['a', 'b', 'n_a', 'n_b', 'n_ab', 'c', 'share_a', 'share_b', 'unbalanced'];
  return csv([
    head,
    ...m.pairs.map((p) => [m.rows[p.a].id, m.cols[p.b].id, p.nA, p.nB, p.nAB, p.c, p.shareOfA, p.shareOfB, p.unbalanced ? 'yes' : 'no']),
  ]);
}

/** One row a group: its value, documents, words, then each item's count (or rate). */
export function groupsCsv(m: PanelModel, rate: Rate): string {
  const value = (count: number, words: number): number => (rate === 'count' ? count : words === 0 ? 0 : (count * 10_000) / words);
  return csv([
    [m.options.groupBy, 'documents', 'words', ...m.rows.map((e) => e.id)],
    ...m.groups.map((g) => [g.group, g.documents, g.words, ...g.counts.map((c) => value(c, g.words))]),
  ]);
}

/** Columns document, line, column, left, match, right, date as the command line's kwic writes them. */
export function concordanceCsv(lines: readonly ConcordanceLine[]): string {
  return csv([
    ['document', 'line', 'column', 'left', 'match', 'right', 'date'],
    ...lines.map((l) => [l.document, l.line, l.column, l.left, l.match, l.right, l.date ?? '']),
  ]);
}
