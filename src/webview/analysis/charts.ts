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
 * interpreted, SVG rendering (crisp, and each mark an element with its description for screen
 * readers). Exported pictures are drawn apart (view.toSVG, toImageURL), whatever the renderer. */
const EMBED = {
  actions: false,
  defaultStyle: false,
  ast: true,
  expr: expressionInterpreter,
  renderer: 'svg',
  tooltip: { theme: 'custom', disableDefaultStyle: true },
} as const;

/**
 * Past this many cells the heatmap is drawn on a canvas, without a description per cell: tens of
 * thousands of SVG elements take the browser longer to lay out and paint than Vega takes to draw
 * them (a 200 × 200 matrix: 0.4 s more), and no one reads that many cells aloud (the table of
 * pairs below is the way in). 2,500 cells: a 50 × 50 matrix with every pair together.
 */
export const SVG_CELLS = 2500;

/**
 * The heatmap's cells: a cell per pair, both ways round when rows and columns are one list, each
 * holding just what its tooltip lists, under the names the tooltip shows.
 */
export function heatmapCells(model: PanelModel): Array<Record<string, string | number>> {
  const cells: Array<Record<string, string | number>> = [];
  const share = (x: number): number => Math.round(x * 1000) / 1000;
  for (const p of model.pairs) {
    const a = model.rows[p.a].name;
    const b = model.cols[p.b].name;
    const c = share(p.c);
    const unbalanced = p.unbalanced ? 'yes: c understates the tie' : 'no';
    cells.push({ a, b, n_a: p.nA, n_b: p.nB, n_ab: p.nAB, c, 'n_ab/n_a': share(p.shareOfA), 'n_ab/n_b': share(p.shareOfB), unbalanced });
    if (model.symmetric)
      cells.push({
        a: b,
        b: a,
        n_a: p.nB,
        n_b: p.nA,
        n_ab: p.nAB,
        c,
        'n_ab/n_a': share(p.shareOfB),
        'n_ab/n_b': share(p.shareOfA),
        unbalanced,
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
  const cells = heatmapCells(model);
  const svg = cells.length <= SVG_CELLS;
  const rowId = new Map(model.rows.map((e) => [e.name, e.id]));
  const colId = new Map(model.cols.map((e) => [e.name, e.id]));
  const field = measure === 'c' ? 'c' : 'n_ab';
  // Every expression of the spec is interpreted for every cell (no code is generated: the content
  // security policy), so the spec keeps to few: the axes' order is the scales' domain (a sort adds
  // a chain of one comparison per item to every cell: 0.8 s of the 1.8 s a 200 × 200 matrix
  // took), and the tooltip is the cell itself (not an object built field by field for every cell).
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values: cells },
    width: Math.max(240, Math.min(900, colOrder.length * 22)),
    height: Math.max(240, Math.min(900, rowOrder.length * 22)),
    mark: {
      type: 'rect',
      cursor: 'pointer',
      stroke: theme.highContrast ? theme.foreground : null,
      tooltip: { content: 'data' },
      aria: svg,
    },
    encoding: {
      x: { field: 'b', type: 'nominal', scale: { domain: colOrder }, title: null, axis: { labelAngle: -45, labelLimit: 160 } },
      y: { field: 'a', type: 'nominal', scale: { domain: rowOrder }, title: null, axis: { labelLimit: 160 } },
      color: { field, type: 'quantitative', title: field, scale: { scheme: theme.dark ? 'viridis' : 'blues' } },
    },
    config: vegaConfig(theme),
  };
  const result = await embed(el, spec, { ...EMBED, renderer: svg ? 'svg' : 'canvas' });
  result.view.addEventListener('click', (_event, item) => {
    const datum = (item as { datum?: { a?: unknown; b?: unknown } } | null | undefined)?.datum;
    const a = rowId.get(String(datum?.a));
    const b = colId.get(String(datum?.b));
    if (a && b) onCell(a, b);
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
