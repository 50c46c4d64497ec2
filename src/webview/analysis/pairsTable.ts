// The table of pairs under the heatmap: sortable by any column, at most 500 rows (the CSV has all),
// an Open button per row for the units behind the pair; ! marks pairs whose sides differ more than
// five times in frequency (c understates the tie there).
import type { PanelModel } from '../../core/analysis/panelModel';
import { clear, el } from './dom';

export type PairSort = 'nAB' | 'c' | 'a' | 'b' | 'nA' | 'nB';
const SHOWN = 500;

export function renderPairs(body: HTMLElement, more: HTMLElement, m: PanelModel, sortKey: PairSort): void {
  clear(body);
  const rows = m.pairs.map((p) => ({ ...p, aName: m.rows[p.a].name, bName: m.cols[p.b].name, aId: m.rows[p.a].id, bId: m.cols[p.b].id }));
  const value = (r: (typeof rows)[number]): string | number => (sortKey === 'a' ? r.aName : sortKey === 'b' ? r.bName : r[sortKey]);
  rows.sort((x, y) => {
    const a = value(x);
    const b = value(y);
    return typeof a === 'number' && typeof b === 'number' ? b - a : String(a).localeCompare(String(b));
  });
  for (const r of rows.slice(0, SHOWN)) {
    const open = el(
      'button',
      { type: 'button', 'data-a': r.aId, 'data-b': r.bId, title: `Open the ${r.nAB} units where both occur` },
      'Open',
    );
    const warning = r.unbalanced ? 'One side occurs in more than five times as many units as the other: c understates the tie' : '';
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
        el('td', { class: 'warn', title: warning }, r.unbalanced ? '!' : ''),
        el('td', {}, open),
      ),
    );
  }
  more.textContent = rows.length > SHOWN ? `${rows.length - SHOWN} more pairs: export the CSV for all of them.` : '';
}
