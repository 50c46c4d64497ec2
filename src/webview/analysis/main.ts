// The Analysis panel's webview: draws the model the extension sends (analysis/panelModel.ts) as a
// heatmap with a sortable table of pairs, a co-mention network and mentions per year; sends back
// the analyst's options, the cell or node they open, and the files they export. Scripts come only
// from the extension (a nonce); no inline handlers; workspace text only as text.
import type { Core } from 'cytoscape';
import type { Result } from 'vega-embed';
import { networkEdges } from '../../core/analysis/networkEdges';
import type { FromPanel, PanelModel, PanelOptions, ToPanel } from '../../core/analysis/panelModel';
import { csvLine } from '../../core/export/csvCells';
import { drawHeatmap, drawTimeline, type Measure } from './charts';
import { clear, el } from './dom';
import { drawNetwork, networkSvg } from './network';
import { currentTheme } from './theme';

interface VsCodeApi {
  postMessage(message: FromPanel): void;
  setState(state: unknown): void;
  getState(): unknown;
}
declare function acquireVsCodeApi(): VsCodeApi;
const vscode = acquireVsCodeApi();
const post = (m: FromPanel): void => vscode.postMessage(m);

let model: PanelModel | undefined;
let tab: 'matrix' | 'network' | 'time' = 'matrix';
let measure: Measure = 'c';
let threshold = 1;
let sortKey: 'nAB' | 'c' | 'a' | 'b' | 'nA' | 'nB' = 'nAB';
let chosen: number[] = [];
let heatmap: Result | undefined;
let timeline: Result | undefined;
let network: Core | undefined;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/**
 * User-timing marks for the browser's profiler and the panel bench (npm run bench:panel): a model
 * came (`analysis:model`), a view was drawn (`analysis:matrix`, `analysis:network` at the
 * network's first frame, `analysis:timeline`), and each frame the network draws
 * (`analysis:network-frame`, only the last kept). Nothing else reads them.
 */
function mark(name: 'model' | 'matrix' | 'network' | 'network-frame' | 'timeline'): void {
  if (name === 'network-frame') performance.clearMarks('analysis:network-frame');
  performance.mark(`analysis:${name}`);
}

function options(): PanelOptions {
  return {
    unit: $<HTMLSelectElement>('unit').value as PanelOptions['unit'],
    top: Number($<HTMLInputElement>('top').value) || 25,
    where: $<HTMLInputElement>('where').value,
  };
}

function showTab(next: typeof tab): void {
  tab = next;
  for (const t of ['matrix', 'network', 'time'] as const) {
    $(`tab-${t}`).setAttribute('aria-selected', String(t === tab));
    $(`tab-${t}`).tabIndex = t === tab ? 0 : -1;
    $(`panel-${t}`).hidden = t !== tab;
  }
  void render();
}

async function render(): Promise<void> {
  if (!model) return;
  const m = model;
  const status = $('status');
  const where = m.options.where.trim();
  status.textContent = `${m.documents} of ${m.allDocuments} documents${where ? ` (${where})` : ''}; ${m.entities.length} entities; ${m.pairs.length} pairs in ${m.units} ${m.options.unit}s`;
  $('filter-error').textContent = m.filterError ? `The filter was not applied: ${m.filterError}` : '';
  const theme = currentTheme();
  if (tab === 'matrix') {
    heatmap?.finalize();
    heatmap =
      m.pairs.length > 0 ? await drawHeatmap($('heatmap'), m, measure, theme, (a, b) => post({ type: 'openPair', a, b })) : undefined;
    if (!heatmap) $('heatmap').textContent = 'No two of these entities are mentioned in the same unit.';
    renderPairs(m);
    mark('matrix');
  } else if (tab === 'network') {
    network?.destroy();
    const shown = networkEdges(m.pairs, threshold);
    $('network-note').textContent =
      shown.perEntity === undefined
        ? ''
        : `${shown.edges.length} of the ${shown.eligible} pairs with n_ab ≥ ${threshold} drawn: each entity's ${shown.perEntity} strongest. A higher n_ab ≥ draws all of fewer pairs.`;
    network = drawNetwork($('network'), m, shown.edges, theme, (id) => post({ type: 'openEntity', id }));
    network.one('render', () => mark('network'));
    network.on('render', () => mark('network-frame'));
  } else {
    renderChoices(m);
    timeline?.finalize();
    timeline = m.years.length > 0 ? await drawTimeline($('timeline'), m, chosen, theme) : undefined;
    if (!timeline) $('timeline').textContent = 'No document of these is dated.';
    $('undated').textContent = m.undated > 0 ? `${m.undated} undated documents are not in the chart.` : '';
    mark('timeline');
  }
}

function unbalancedNote(unbalanced: boolean): string {
  return unbalanced ? '!' : '';
}

function renderPairs(m: PanelModel): void {
  const body = $('pairs-body');
  clear(body);
  const rows = m.pairs.map((p) => ({
    ...p,
    aName: m.entities[p.a].name,
    bName: m.entities[p.b].name,
    aId: m.entities[p.a].id,
    bId: m.entities[p.b].id,
  }));
  const text = (k: typeof sortKey, r: (typeof rows)[number]): string | number => (k === 'a' ? r.aName : k === 'b' ? r.bName : r[k]);
  rows.sort((x, y) => {
    const a = text(sortKey, x);
    const b = text(sortKey, y);
    return typeof a === 'number' && typeof b === 'number' ? b - a : String(a).localeCompare(String(b));
  });
  for (const r of rows.slice(0, 500)) {
    const open = el(
      'button',
      { type: 'button', 'data-a': r.aId, 'data-b': r.bId, title: `Open the ${r.nAB} units where both are mentioned` },
      'Open',
    );
    body.append(
      el(
        'tr',
        {},
        el('td', {}, r.aName),
        el('td', {}, r.bName),
        el('td', { class: 'num' }, String(r.nA)),
        el('td', { class: 'num' }, String(r.nB)),
        el('td', { class: 'num' }, String(r.nAB)),
        el('td', { class: 'num' }, r.c.toFixed(3)),
        el('td', { class: 'num' }, r.shareOfA.toFixed(3)),
        el('td', { class: 'num' }, r.shareOfB.toFixed(3)),
        el(
          'td',
          {
            class: 'warn',
            title: r.unbalanced ? 'One side occurs in more than five times as many units as the other: c understates the tie' : '',
          },
          unbalancedNote(r.unbalanced),
        ),
        el('td', {}, open),
      ),
    );
  }
  $('pairs-more').textContent = rows.length > 500 ? `${rows.length - 500} more pairs: export the CSV for all of them.` : '';
}

function renderChoices(m: PanelModel): void {
  if (chosen.length === 0 || chosen.some((k) => k >= m.entities.length)) chosen = m.entities.slice(0, 5).map((_, k) => k);
  const box = $('choices');
  clear(box);
  m.entities.forEach((e, k) => {
    const input = el('input', { type: 'checkbox', id: `choice-${k}`, 'data-k': String(k) });
    input.checked = chosen.includes(k);
    box.append(el('label', { for: `choice-${k}` }, input, ` ${e.name}`));
  });
}

function pairsCsv(m: PanelModel): string {
  const head = ['a', 'b', 'n_a', 'n_b', 'n_ab', 'c', 'share_a', 'share_b', 'unbalanced'];
  const rows = m.pairs.map((p) => [
    m.entities[p.a].id,
    m.entities[p.b].id,
    p.nA,
    p.nB,
    p.nAB,
    p.c,
    p.shareOfA,
    p.shareOfB,
    p.unbalanced ? 'yes' : 'no',
  ]);
  return [head, ...rows].map((r) => csvLine(r)).join('\n') + '\n';
}

function yearsCsv(m: PanelModel): string {
  return (
    [['year', 'documents', ...m.entities.map((e) => e.id)], ...m.years.map((y) => [y.year, y.documents, ...y.counts])]
      .map((r) => csvLine(r))
      .join('\n') + '\n'
  );
}

async function save(what: string): Promise<void> {
  if (!model) return;
  const m = model;
  const theme = currentTheme();
  switch (what) {
    case 'pairs-csv':
      return post({ type: 'save', name: 'cooccurrence.csv', format: 'csv', data: pairsCsv(m) });
    case 'heatmap-svg':
      if (heatmap) post({ type: 'save', name: 'cooccurrence.svg', format: 'svg', data: await heatmap.view.toSVG() });
      return;
    case 'heatmap-png':
      if (heatmap) post({ type: 'save', name: 'cooccurrence.png', format: 'png', data: await heatmap.view.toImageURL('png', 2) });
      return;
    case 'network-svg':
      if (network) post({ type: 'save', name: 'network.svg', format: 'svg', data: networkSvg(network, theme) });
      return;
    case 'network-png':
      if (network)
        post({
          type: 'save',
          name: 'network.png',
          format: 'png',
          data: network.png({ output: 'base64uri', bg: theme.background, full: true, scale: 2 }),
        });
      return;
    case 'time-csv':
      return post({ type: 'save', name: 'mentions-per-year.csv', format: 'csv', data: yearsCsv(m) });
    case 'time-svg':
      if (timeline) post({ type: 'save', name: 'mentions-per-year.svg', format: 'svg', data: await timeline.view.toSVG() });
      return;
    case 'time-png':
      if (timeline) post({ type: 'save', name: 'mentions-per-year.png', format: 'png', data: await timeline.view.toImageURL('png', 2) });
      return;
  }
}

function wire(): void {
  $('apply').addEventListener('click', () => post({ type: 'options', options: options() }));
  $('where').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') post({ type: 'options', options: options() });
  });
  $('unit').addEventListener('change', () => post({ type: 'options', options: options() }));
  $('measure').addEventListener('change', () => {
    measure = $<HTMLSelectElement>('measure').value as Measure;
    void render();
  });
  $('threshold').addEventListener('change', () => {
    threshold = Number($<HTMLInputElement>('threshold').value) || 1;
    $('threshold-value').textContent = String(threshold);
    void render();
  });
  for (const t of ['matrix', 'network', 'time'] as const) $(`tab-${t}`).addEventListener('click', () => showTab(t));
  $('tabs').addEventListener('keydown', (e) => {
    const order = ['matrix', 'network', 'time'] as const;
    const at = order.indexOf(tab);
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const next = order[(at + (e.key === 'ArrowRight' ? 1 : order.length - 1)) % order.length];
      showTab(next);
      $(`tab-${next}`).focus();
    }
  });
  $('pairs-body').addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest('button');
    if (button?.dataset.a && button.dataset.b) post({ type: 'openPair', a: button.dataset.a, b: button.dataset.b });
  });
  $('pairs-head').addEventListener('click', (e) => {
    const key = (e.target as HTMLElement).closest('th')?.dataset.key as typeof sortKey | undefined;
    if (key) {
      sortKey = key;
      if (model) renderPairs(model);
    }
  });
  $('choices').addEventListener('change', (e) => {
    const k = Number((e.target as HTMLInputElement).dataset.k);
    chosen = (e.target as HTMLInputElement).checked ? [...chosen, k] : chosen.filter((x) => x !== k);
    void render();
  });
  document.body.addEventListener('click', (e) => {
    const what = (e.target as HTMLElement).closest('button')?.dataset.save;
    if (what) void save(what);
  });
  window.addEventListener('message', (event: MessageEvent<ToPanel>) => {
    const message = event.data;
    if (message.type === 'busy') {
      $('status').textContent = 'Counting…';
      return;
    }
    mark('model');
    model = message.model;
    $<HTMLSelectElement>('unit').value = model.options.unit;
    $<HTMLInputElement>('top').value = String(model.options.top);
    $<HTMLInputElement>('where').value = model.options.where;
    void render();
  });
  // The theme changed: the body's classes change with it.
  new MutationObserver(() => void render()).observe(document.body, { attributes: true, attributeFilter: ['class'] });
  post({ type: 'ready' });
}

wire();
