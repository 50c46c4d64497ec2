// The Analysis panel's webview: draws the model the extension sends (analysis/panelModel.ts) as a
// heatmap with a sortable table of pairs, a co-occurrence network, counts over time (or over an
// attribute's values) and a concordance; sends back the analyst's options, the cell, node or line
// they open, and the files they export. Scripts come only from the extension (a nonce); no inline
// handlers; workspace text only as text.
import type { Core } from 'cytoscape';
import type { Result } from 'vega-embed';
import type { ConcordanceSort } from '../../core/analysis/concordance';
import { networkEdges } from '../../core/analysis/networkEdges';
import type { ConcordanceReply, ConcordanceTarget, FromPanel, ToPanel } from '../../core/analysis/panelMessages';
import { PANEL_UNITS, type PanelModel, type PanelOf, type PanelOptions } from '../../core/analysis/panelModel';
import { drawHeatmap, drawTimeline, MAX_GROUPS, type Measure, type Order, type Rate } from './charts';
import { renderConcordance } from './concordanceView';
import { clear, el } from './dom';
import { drawNetwork, networkPairs } from './network';
import { renderPairs, type PairSort } from './pairsTable';
import { saveExport } from './exports';
import { currentTheme } from './theme';

interface VsCodeApi {
  postMessage(message: FromPanel): void;
  setState(state: unknown): void;
  getState(): unknown;
}
declare function acquireVsCodeApi(): VsCodeApi;
const vscode = acquireVsCodeApi();
const post = (m: FromPanel): void => vscode.postMessage(m);

const TABS = ['matrix', 'network', 'time', 'concordance'] as const;
type Tab = (typeof TABS)[number];

let model: PanelModel | undefined;
let tab: Tab = 'matrix';
let measure: Measure = 'c';
let order: Order = 'count';
let rate: Rate = 'count';
let threshold = 1;
let sortKey: PairSort = 'nAB';
let chosen: number[] = [];
let lines: ConcordanceReply | undefined;
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
const UNIT_LABELS: Record<string, string> = { overlap: 'overlapping passages' };

function options(): PanelOptions {
  return {
    of: $<HTMLSelectElement>('of').value as PanelOf,
    unit: $<HTMLSelectElement>('unit').value as PanelOptions['unit'],
    top: Number($<HTMLInputElement>('top').value) || 25,
    where: $<HTMLInputElement>('where').value,
    groupBy: $<HTMLInputElement>('group-by').value,
  };
}

/** The unit choices of the kind of count, keeping the chosen one when it still applies. */
function fillUnits(of: PanelOf, unit: string): void {
  const select = $<HTMLSelectElement>('unit');
  clear(select);
  for (const u of PANEL_UNITS[of]) select.append(el('option', { value: u }, UNIT_LABELS[u] ?? u));
  select.value = PANEL_UNITS[of].includes(unit as never) ? unit : PANEL_UNITS[of][0];
}

function showTab(next: Tab): void {
  tab = next;
  for (const t of TABS) {
    $(`tab-${t}`).setAttribute('aria-selected', String(t === tab));
    $(`tab-${t}`).tabIndex = t === tab ? 0 : -1;
    $(`panel-${t}`).hidden = t !== tab;
  }
  void render();
}

function statusText(m: PanelModel): string {
  const where = m.options.where.trim();
  const items = m.symmetric ? `${m.rows.length} ${m.options.of}` : `${m.rows.length} codes × ${m.cols.length} entities`;
  const unit = m.options.unit === 'overlap' ? 'runs of overlapping passages' : `${m.options.unit}s`;
  return `${m.documents} of ${m.allDocuments} documents${where ? ` (${where})` : ''}; ${items}; ${m.pairs.length} pairs in ${m.units} ${unit}`;
}

async function render(): Promise<void> {
  if (!model) return;
  const m = model;
  $('status').textContent = statusText(m);
  $('filter-error').textContent = m.filterError ? `The filter was not applied: ${m.filterError}` : '';
  const theme = currentTheme();
  if (tab === 'matrix') {
    heatmap?.finalize();
    heatmap =
      m.pairs.length > 0
        ? await drawHeatmap($('heatmap'), m, measure, order, theme, (a, b) => post({ type: 'openPair', a, b }))
        : undefined;
    if (!heatmap) $('heatmap').textContent = emptyMatrix(m);
    renderPairs($('pairs-body'), $('pairs-more'), m, sortKey);
    mark('matrix');
  } else if (tab === 'network') {
    network?.destroy();
    const shown = networkEdges(networkPairs(m), threshold);
    $('network-note').textContent =
      shown.perEntity === undefined
        ? ''
        : `${shown.edges.length} of the ${shown.eligible} pairs with n_ab ≥ ${threshold} drawn: each item's ${shown.perEntity} strongest. A higher n_ab ≥ draws all of fewer pairs.`;
    network = drawNetwork($('network'), m, shown.edges, theme, (id, isCode) => {
      if (isCode) concordanceOf({ kind: 'code', value: id });
      else post({ type: 'openItem', id });
    });
    network.one('render', () => mark('network'));
    network.on('render', () => mark('network-frame'));
  } else if (tab === 'time') {
    renderChoices(m);
    const names = $('attributes');
    clear(names);
    for (const a of m.attributes) names.append(el('option', { value: a }));
    timeline?.finalize();
    timeline = m.groups.length > 0 && chosen.length > 0 ? await drawTimeline($('timeline'), m, chosen, rate, theme) : undefined;
    if (!timeline)
      $('timeline').textContent =
        m.groups.length === 0
          ? `No document of these has a ${m.options.groupBy === 'year' ? 'date' : `'${m.options.groupBy}'`}.`
          : 'Choose what to show.';
    const without =
      m.ungrouped > 0
        ? `${m.ungrouped} documents without a ${m.options.groupBy === 'year' ? 'date' : `'${m.options.groupBy}'`} are not in the chart. `
        : '';
    const beyond =
      m.groups.length > MAX_GROUPS ? `The chart shows the first ${MAX_GROUPS} of ${m.groups.length} groups; the CSV has them all.` : '';
    $('ungrouped').textContent = without + beyond;
    mark('timeline');
  } else {
    fillTargets(m);
  }
}

function emptyMatrix(m: PanelModel): string {
  if (m.rows.length === 0)
    return m.options.of === 'entities'
      ? 'No catalog entity is mentioned in these documents.'
      : 'No coded passage is placed in these documents.';
  return 'No two of these occur in the same unit.';
}

function renderChoices(m: PanelModel): void {
  if (chosen.length === 0 || chosen.some((k) => k >= m.rows.length)) chosen = m.rows.slice(0, 5).map((_, k) => k);
  const box = $('choices');
  clear(box);
  m.rows.forEach((e, k) => {
    const input = el('input', { type: 'checkbox', id: `choice-${k}`, 'data-k': String(k) });
    input.checked = chosen.includes(k);
    box.append(el('label', { for: `choice-${k}` }, input, ` ${e.name}`));
  });
}

/** The ids the concordance can be asked for, as suggestions. */
function fillTargets(m: PanelModel): void {
  const list = $('targets');
  clear(list);
  const kind = $<HTMLSelectElement>('kwic-kind').value;
  const items = kind === 'code' ? (m.options.of === 'entities' ? [] : m.rows) : m.options.of === 'entities' ? m.rows : m.cols;
  if (kind !== 'text') for (const item of items) list.append(el('option', { value: item.id }, item.name));
}

function concordanceOf(target: ConcordanceTarget): void {
  $<HTMLSelectElement>('kwic-kind').value = target.kind;
  $<HTMLInputElement>('kwic-value').value = target.value;
  showTab('concordance');
  askConcordance();
}

function askConcordance(): void {
  $('kwic-status').textContent = 'Looking…';
  post({
    type: 'concordance',
    request: {
      target: {
        kind: $<HTMLSelectElement>('kwic-kind').value as ConcordanceTarget['kind'],
        value: $<HTMLInputElement>('kwic-value').value.trim(),
      },
      width: Number($<HTMLInputElement>('kwic-width').value) || 50,
      sort: $<HTMLSelectElement>('kwic-sort').value as ConcordanceSort,
    },
  });
}

function save(what: string): Promise<void> {
  return model ? saveExport(what, { model, heatmap, timeline, network, lines, rate }, post) : Promise.resolve();
}

function wire(): void {
  const apply = (): void => post({ type: 'options', options: options() });
  $('apply').addEventListener('click', apply);
  for (const id of ['where', 'top', 'group-by'])
    $(id).addEventListener('keydown', (e) => {
      if (e.key === 'Enter') apply();
    });
  $('of').addEventListener('change', () => {
    fillUnits($<HTMLSelectElement>('of').value as PanelOf, $<HTMLSelectElement>('unit').value);
    apply();
  });
  $('unit').addEventListener('change', apply);
  $('measure').addEventListener('change', () => {
    measure = $<HTMLSelectElement>('measure').value as Measure;
    void render();
  });
  $('order').addEventListener('change', () => {
    order = $<HTMLSelectElement>('order').value as Order;
    void render();
  });
  $('rate').addEventListener('change', () => {
    rate = $<HTMLSelectElement>('rate').value as Rate;
    void render();
  });
  $('threshold').addEventListener('change', () => {
    threshold = Number($<HTMLInputElement>('threshold').value) || 1;
    $('threshold-value').textContent = String(threshold);
    void render();
  });
  for (const t of TABS) $(`tab-${t}`).addEventListener('click', () => showTab(t));
  $('tabs').addEventListener('keydown', (e) => {
    const at = TABS.indexOf(tab);
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const next = TABS[(at + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
      showTab(next);
      $(`tab-${next}`).focus();
    }
  });
  $('pairs-body').addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest('button');
    if (button?.dataset.a && button.dataset.b) post({ type: 'openPair', a: button.dataset.a, b: button.dataset.b });
  });
  $('pairs-head').addEventListener('click', (e) => {
    const key = (e.target as HTMLElement).closest('th')?.dataset.key as PairSort | undefined;
    if (key && model) {
      sortKey = key;
      renderPairs($('pairs-body'), $('pairs-more'), model, sortKey);
    }
  });
  $('choices').addEventListener('change', (e) => {
    const k = Number((e.target as HTMLInputElement).dataset.k);
    chosen = (e.target as HTMLInputElement).checked ? [...chosen, k] : chosen.filter((x) => x !== k);
    void render();
  });
  $('kwic-go').addEventListener('click', askConcordance);
  $('kwic-value').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') askConcordance();
  });
  $('kwic-kind').addEventListener('change', () => model && fillTargets(model));
  for (const id of ['kwic-sort', 'kwic-width']) $(id).addEventListener('change', () => lines && askConcordance());
  $('kwic-body').addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest('button');
    const line = lines?.lines[Number(button?.dataset.line)];
    if (button && line)
      post({ type: 'openLine', document: line.document, start: line.start, end: line.end, tag: button.dataset.act === 'tag' });
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
    if (message.type === 'concordance') {
      lines = message.reply;
      renderConcordance($('kwic-body'), $('kwic-status'), lines);
      return;
    }
    mark('model');
    model = message.model;
    $<HTMLSelectElement>('of').value = model.options.of;
    fillUnits(model.options.of, model.options.unit);
    $<HTMLInputElement>('top').value = String(model.options.top);
    $<HTMLInputElement>('where').value = model.options.where;
    $<HTMLInputElement>('group-by').value = model.options.groupBy;
    void render();
  });
  // The theme changed: the body's classes change with it.
  new MutationObserver(() => void render()).observe(document.body, { attributes: true, attributeFilter: ['class'] });
  fillUnits('entities', 'sentence');
  post({ type: 'ready' });
}

wire();
