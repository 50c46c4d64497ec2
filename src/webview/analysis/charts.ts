// The matrix as a heatmap and the mentions per year as a line chart, with Vega-Lite. Expressions
// are evaluated by vega-interpreter, so no code is generated at run time (the webview's content
// security policy allows only the extension's own script).
import embed, { type Result } from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';
import type { TopLevelSpec } from 'vega-lite';
import type { PanelModel } from '../../core/analysis/panelModel';
import { vegaConfig, type Theme } from './theme';

export type Measure = 'c' | 'nAB';

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
 * pairs below is the way in). 2,500 cells: a 50 × 50 matrix with every pair mentioned together.
 */
export const SVG_CELLS = 2500;

/**
 * The heatmap's cells: every ordered pair of the entities shown (the matrix is symmetric), each
 * holding just what its tooltip lists, under the names the tooltip shows.
 */
export function heatmapCells(model: PanelModel): Array<Record<string, string | number>> {
  const cells: Array<Record<string, string | number>> = [];
  const share = (x: number): number => Math.round(x * 1000) / 1000;
  for (const p of model.pairs) {
    const a = model.entities[p.a].name;
    const b = model.entities[p.b].name;
    const c = share(p.c);
    const unbalanced = p.unbalanced ? 'yes: c understates the tie' : 'no';
    cells.push(
      { a, b, n_a: p.nA, n_b: p.nB, n_ab: p.nAB, c, 'n_ab/n_a': share(p.shareOfA), 'n_ab/n_b': share(p.shareOfB), unbalanced },
      { a: b, b: a, n_a: p.nB, n_b: p.nA, n_ab: p.nAB, c, 'n_ab/n_a': share(p.shareOfB), 'n_ab/n_b': share(p.shareOfA), unbalanced },
    );
  }
  return cells;
}

export async function drawHeatmap(
  el: HTMLElement,
  model: PanelModel,
  measure: Measure,
  theme: Theme,
  onCell: (a: string, b: string) => void,
): Promise<Result> {
  const order = model.entities.map((e) => e.name);
  const cells = heatmapCells(model);
  const svg = cells.length <= SVG_CELLS;
  const idOf = new Map(model.entities.map((e) => [e.name, e.id]));
  const field = measure === 'c' ? 'c' : 'n_ab';
  // Every expression of the spec is interpreted for every cell (no code is generated: the content
  // security policy), so the spec keeps to few: the axes' order is the scales' domain (a sort adds
  // a chain of one comparison per entity to every cell: 0.8 s of the 1.8 s a 200 × 200 matrix
  // took), and the tooltip is the cell itself (not an object built field by field for every cell).
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values: cells },
    width: Math.max(240, Math.min(900, order.length * 22)),
    height: Math.max(240, Math.min(900, order.length * 22)),
    mark: {
      type: 'rect',
      cursor: 'pointer',
      stroke: theme.highContrast ? theme.foreground : null,
      tooltip: { content: 'data' },
      aria: svg,
    },
    encoding: {
      x: { field: 'b', type: 'nominal', scale: { domain: order }, title: null, axis: { labelAngle: -45, labelLimit: 160 } },
      y: { field: 'a', type: 'nominal', scale: { domain: order }, title: null, axis: { labelLimit: 160 } },
      color: { field, type: 'quantitative', title: field, scale: { scheme: theme.dark ? 'viridis' : 'blues' } },
    },
    config: vegaConfig(theme),
  };
  const result = await embed(el, spec, { ...EMBED, renderer: svg ? 'svg' : 'canvas' });
  result.view.addEventListener('click', (_event, item) => {
    const datum = (item as { datum?: { a?: unknown; b?: unknown } } | null | undefined)?.datum;
    const a = idOf.get(String(datum?.a));
    const b = idOf.get(String(datum?.b));
    if (a && b) onCell(a, b);
  });
  return result;
}

export async function drawTimeline(el: HTMLElement, model: PanelModel, chosen: readonly number[], theme: Theme): Promise<Result> {
  const values = model.years.flatMap((y) =>
    chosen.map((k) => ({ year: String(y.year), entity: model.entities[k].name, mentions: y.counts[k] })),
  );
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values },
    width: 640,
    height: 280,
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: 'year' },
      y: { field: 'mentions', type: 'quantitative', title: 'mentions' },
      color: { field: 'entity', type: 'nominal', title: null },
      tooltip: [{ field: 'entity' }, { field: 'year' }, { field: 'mentions' }],
    },
    config: vegaConfig(theme),
  };
  return embed(el, spec, EMBED);
}
