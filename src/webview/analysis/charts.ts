// The matrix as a heatmap and the mentions per year as a line chart, with Vega-Lite. Expressions
// are evaluated by vega-interpreter, so no code is generated at run time (the webview's content
// security policy allows only the extension's own script).
import embed, { type Result } from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';
import type { TopLevelSpec } from 'vega-lite';
import type { PanelModel } from '../../core/analysis/panelModel';
import { vegaConfig, type Theme } from './theme';

export type Measure = 'c' | 'nAB';
/** The heatmap's order of rows and columns: most frequent first, or by name. */
export type Order = 'count' | 'name';

/** No actions menu, no injected styles (the tooltip is styled by media/analysis.css), expressions
 * interpreted, SVG rendering (the pictures the analyst exports). */
const EMBED = {
  actions: false,
  defaultStyle: false,
  ast: true,
  expr: expressionInterpreter,
  renderer: 'svg',
  tooltip: { theme: 'custom', disableDefaultStyle: true },
} as const;

/** The heatmap's cells: a cell per pair, both ways round when rows and columns are one list. */
export function heatmapCells(model: PanelModel): Array<Record<string, unknown>> {
  const cells: Array<Record<string, unknown>> = [];
  for (const p of model.pairs) {
    const a = model.rows[p.a];
    const b = model.cols[p.b];
    const cell = {
      nA: p.nA,
      nB: p.nB,
      nAB: p.nAB,
      c: Math.round(p.c * 1000) / 1000,
      shareA: Math.round(p.shareOfA * 1000) / 1000,
      shareB: Math.round(p.shareOfB * 1000) / 1000,
      unbalanced: p.unbalanced ? 'yes: c understates the tie' : 'no',
    };
    cells.push({ row: a.name, col: b.name, rowId: a.id, colId: b.id, ...cell });
    if (model.symmetric)
      cells.push({
        row: b.name,
        col: a.name,
        rowId: b.id,
        colId: a.id,
        ...cell,
        nA: p.nB,
        nB: p.nA,
        shareA: cell.shareB,
        shareB: cell.shareA,
      });
  }
  return cells;
}

export async function drawHeatmap(
  el: HTMLElement,
  model: PanelModel,
  measure: Measure,
  order: Order,
  theme: Theme,
  onCell: (a: string, b: string) => void,
): Promise<Result> {
  const sorted = (names: string[]): string[] => (order === 'name' ? [...names].sort((a, b) => a.localeCompare(b)) : names);
  const rowOrder = sorted(model.rows.map((e) => e.name));
  const colOrder = sorted(model.cols.map((e) => e.name));
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values: heatmapCells(model) },
    width: Math.max(240, Math.min(900, colOrder.length * 22)),
    height: Math.max(240, Math.min(900, rowOrder.length * 22)),
    mark: { type: 'rect', cursor: 'pointer', stroke: theme.highContrast ? theme.foreground : null },
    encoding: {
      x: { field: 'col', type: 'nominal', sort: colOrder, title: null, axis: { labelAngle: -45, labelLimit: 160 } },
      y: { field: 'row', type: 'nominal', sort: rowOrder, title: null, axis: { labelLimit: 160 } },
      color: {
        field: measure,
        type: 'quantitative',
        title: measure === 'c' ? 'c' : 'n_ab',
        scale: { scheme: theme.dark ? 'viridis' : 'blues' },
      },
      tooltip: [
        { field: 'row', title: 'a' },
        { field: 'col', title: 'b' },
        { field: 'nA', title: 'n_a' },
        { field: 'nB', title: 'n_b' },
        { field: 'nAB', title: 'n_ab' },
        { field: 'c', title: 'c' },
        { field: 'shareA', title: 'n_ab/n_a' },
        { field: 'shareB', title: 'n_ab/n_b' },
        { field: 'unbalanced', title: 'unbalanced' },
      ],
    },
    config: vegaConfig(theme),
  };
  const result = await embed(el, spec, EMBED);
  result.view.addEventListener('click', (_event, item) => {
    const datum = (item as { datum?: { rowId?: string; colId?: string } } | null | undefined)?.datum;
    if (datum?.rowId && datum.colId) onCell(datum.rowId, datum.colId);
  });
  return result;
}

/** Groups drawn at most (grouped by path, a chart of thousands of documents says nothing; the CSV has them all). */
export const MAX_GROUPS = 200;

/** What the chart over time shows: counts, or counts per 10,000 words of each group's documents. */
export type Rate = 'count' | 'per10k';

/** One point of the chart: an item's count (or rate) in a group. */
export function timelinePoints(
  model: PanelModel,
  chosen: readonly number[],
  rate: Rate,
): Array<{ group: string; item: string; value: number }> {
  return model.groups.flatMap((g) =>
    chosen.map((k) => ({
      group: g.group,
      item: model.rows[k].name,
      value: rate === 'count' ? g.counts[k] : g.words === 0 ? 0 : Math.round((g.counts[k] * 10_000 * 100) / g.words) / 100,
    })),
  );
}

export async function drawTimeline(
  el: HTMLElement,
  model: PanelModel,
  chosen: readonly number[],
  rate: Rate,
  theme: Theme,
): Promise<Result> {
  const what = model.options.of === 'entities' ? 'mentions' : 'passages';
  const title = rate === 'count' ? what : `${what} per 10,000 words`;
  const groupBy = model.options.groupBy;
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values: timelinePoints(model, chosen, rate) },
    width: 640,
    height: 280,
    mark: { type: groupBy === 'year' ? 'line' : 'bar', point: groupBy === 'year', tooltip: true },
    encoding: {
      x: {
        field: 'group',
        type: 'ordinal',
        sort: model.groups.slice(0, MAX_GROUPS).map((g) => g.group),
        title: groupBy,
        axis: { labelLimit: 160 },
      },
      y: { field: 'value', type: 'quantitative', title },
      color: { field: 'item', type: 'nominal', title: null },
      ...(groupBy === 'year' ? {} : { xOffset: { field: 'item' } }),
      tooltip: [{ field: 'item' }, { field: 'group', title: groupBy }, { field: 'value', title }],
    },
    config: vegaConfig(theme),
  };
  return embed(el, spec, EMBED);
}
