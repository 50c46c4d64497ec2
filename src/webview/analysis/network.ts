// The co-occurrence network with Cytoscape.js: a node per item (entity or code) sized by its
// count, an edge per pair given (analysis/networkEdges.ts chooses them), its width by n_ab. Also
// its picture as SVG, drawn from the laid-out positions (Cytoscape draws to a canvas; the PNG comes
// from there).
//
// Kept quick at 300 items (the bench: npm run bench:panel): the positions come from the core's
// force layout (analysis/networkLayout.ts; Cytoscape's cose took seconds); edges are 'haystack'
// lines, the cheapest Cytoscape draws; panning and zooming move a picture of the network, drawn
// again when they stop (textureOnViewport); labels too small to read are not drawn.
import cytoscape, { type Core } from 'cytoscape';
import type { PairCount } from '../../core/analysis/cooccurrence';
import { forceLayout } from '../../core/analysis/networkLayout';
import type { PanelItem, PanelModel } from '../../core/analysis/panelModel';
import type { Theme } from './theme';

interface NetworkNode {
  item: PanelItem;
  /** Cytoscape's id: the item's id, kind-prefixed when codes and entities share the network. */
  key: string;
  code: boolean;
}

/** The nodes: the rows, then (codes with entities) the columns. */
function networkNodes(model: PanelModel): NetworkNode[] {
  const codes = model.options.of !== 'entities';
  if (model.symmetric) return model.rows.map((item) => ({ item, key: item.id, code: codes }));
  return [
    ...model.rows.map((item) => ({ item, key: `code:${item.id}`, code: true })),
    ...model.cols.map((item) => ({ item, key: `entity:${item.id}`, code: false })),
  ];
}

/** The model's pairs between nodes (a column's node follows the rows' when the two lists differ). */
export function networkPairs(model: PanelModel): PairCount[] {
  return model.symmetric ? model.pairs : model.pairs.map((p) => ({ ...p, b: model.rows.length + p.b }));
}

/** `edges` are among `networkPairs(model)`; `onNode` gets the item's id and whether it is a code. */
export function drawNetwork(
  el: HTMLElement,
  model: PanelModel,
  edges: readonly PairCount[],
  theme: Theme,
  onNode: (id: string, isCode: boolean) => void,
): Core {
  const nodes = networkNodes(model);
  const maxCount = Math.max(1, ...nodes.map((n) => n.item.count));
  const maxPair = Math.max(1, ...edges.map((p) => p.nAB));
  const xy = forceLayout(nodes.length, edges);
  const cy = cytoscape({
    container: el,
    elements: [
      ...nodes.map((n, i) => ({
        data: { id: n.key, item: n.item.id, code: n.code, label: n.item.name, size: 14 + 46 * Math.sqrt(n.item.count / maxCount) },
        classes: n.code ? 'code' : 'entity',
        position: { x: xy[2 * i], y: xy[2 * i + 1] },
      })),
      ...edges.map((p) => ({
        data: {
          id: `${nodes[p.a].key}~${nodes[p.b].key}`,
          source: nodes[p.a].key,
          target: nodes[p.b].key,
          width: 1 + 7 * (p.nAB / maxPair),
          nAB: p.nAB,
        },
      })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          width: 'data(size)',
          height: 'data(size)',
          label: 'data(label)',
          color: theme.foreground,
          'font-size': 11,
          'background-color': theme.accent,
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'min-zoomed-font-size': 8,
        },
      },
      { selector: 'node.code', style: { shape: 'round-rectangle', 'background-color': theme.muted } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': theme.muted, opacity: 0.6, 'curve-style': 'haystack' } },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': theme.foreground } },
    ],
    layout: { name: 'preset', padding: 30 },
    wheelSensitivity: 0.2,
    textureOnViewport: true,
  });
  cy.on('tap', 'node', (event) => onNode(String(event.target.data('item')), event.target.data('code') === true));
  return cy;
}

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The network as an SVG picture, from the laid-out positions. */
export function networkSvg(cy: Core, theme: Theme): string {
  const box = cy.elements().boundingBox({});
  const pad = 20;
  const w = Math.ceil(box.w + 2 * pad);
  const h = Math.ceil(box.h + 2 * pad);
  const x = (v: number): number => Math.round((v - box.x1 + pad) * 10) / 10;
  const y = (v: number): number => Math.round((v - box.y1 + pad) * 10) / 10;
  const parts: string[] = [];
  cy.edges().forEach((e) => {
    const s = e.source().position();
    const t = e.target().position();
    parts.push(
      `<line x1="${x(s.x)}" y1="${y(s.y)}" x2="${x(t.x)}" y2="${y(t.y)}" stroke="${escape(theme.muted)}" stroke-opacity="0.6" stroke-width="${Number(e.data('width')).toFixed(1)}"/>`,
    );
  });
  cy.nodes().forEach((n) => {
    const p = n.position();
    const r = Number(n.data('size')) / 2;
    parts.push(`<circle cx="${x(p.x)}" cy="${y(p.y)}" r="${r.toFixed(1)}" fill="${escape(theme.accent)}"/>`);
    parts.push(
      `<text x="${x(p.x)}" y="${(y(p.y) + r + 12).toFixed(1)}" font-size="11" text-anchor="middle" fill="${escape(theme.foreground)}">${escape(String(n.data('label')))}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${parts.join('')}</svg>\n`;
}
