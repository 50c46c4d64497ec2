// The co-occurrence network with Cytoscape.js: a node per item (entity or code) sized by its count,
// an edge per pair together in at least `threshold` units, its width by n_ab. Also its picture as SVG, drawn
// from the laid-out positions (Cytoscape draws to a canvas; the PNG comes from there).
import cytoscape, { type Core } from 'cytoscape';
import type { PanelModel } from '../../core/analysis/panelModel';
import type { Theme } from './theme';

/** Node keys: the item's id, kind-prefixed when codes and entities share the network. */
function nodeKeys(model: PanelModel): { row: (k: number) => string; col: (k: number) => string } {
  if (model.symmetric) return { row: (k) => model.rows[k].id, col: (k) => model.cols[k].id };
  return { row: (k) => `code:${model.rows[k].id}`, col: (k) => `entity:${model.cols[k].id}` };
}

/** `onNode` gets the item's id and whether it is a code. */
export function drawNetwork(
  el: HTMLElement,
  model: PanelModel,
  threshold: number,
  theme: Theme,
  onNode: (id: string, isCode: boolean) => void,
): Core {
  const key = nodeKeys(model);
  const nodes = [
    ...model.rows.map((item, k) => ({ item, key: key.row(k), code: model.options.of !== 'entities' })),
    ...(model.symmetric ? [] : model.cols.map((item, k) => ({ item, key: key.col(k), code: false }))),
  ];
  const maxCount = Math.max(1, ...nodes.map((n) => n.item.count));
  const edges = model.pairs.filter((p) => p.nAB >= threshold);
  const maxPair = Math.max(1, ...edges.map((p) => p.nAB));
  const cy = cytoscape({
    container: el,
    elements: [
      ...nodes.map((n) => ({
        data: { id: n.key, item: n.item.id, code: n.code, label: n.item.name, size: 14 + 46 * Math.sqrt(n.item.count / maxCount) },
        classes: n.code ? 'code' : 'entity',
      })),
      ...edges.map((p) => ({
        data: {
          id: `${key.row(p.a)}~${key.col(p.b)}`,
          source: key.row(p.a),
          target: key.col(p.b),
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
        },
      },
      { selector: 'node.code', style: { shape: 'round-rectangle', 'background-color': theme.muted } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': theme.muted, opacity: 0.6, 'curve-style': 'straight' } },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': theme.foreground } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000 },
    wheelSensitivity: 0.2,
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
