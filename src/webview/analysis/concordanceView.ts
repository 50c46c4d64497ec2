// The concordance tab's table: one row a line, its place (document:line), the left context
// right-aligned against the match, the match, the right context; Open and Tag buttons per row
// (Tag selects the sentence around the match in the editor and starts Tag Selection).
import type { ConcordanceReply } from '../../core/analysis/panelMessages';
import { clear, el } from './dom';

export function renderConcordance(body: HTMLElement, status: HTMLElement, reply: ConcordanceReply): void {
  clear(body);
  const { request, lines, total, documents } = reply;
  if (reply.error) {
    status.textContent = reply.error;
    status.classList.add('warn');
    return;
  }
  status.classList.remove('warn');
  const what = request.target.kind === 'text' ? `“${request.target.value}”` : request.target.value;
  const inDocuments = new Set(lines.map((l) => l.document)).size;
  status.textContent =
    total === 0
      ? `No line for ${what} in the ${documents} documents the filter keeps.`
      : `${total} lines for ${what} in ${inDocuments} of ${documents} documents${total > lines.length ? ` (the first ${lines.length} shown and exported; policy-annotator kwic gives them all)` : ''}`;
  lines.forEach((l, k) => {
    const place = `${l.document}:${l.line}`;
    // The file's name and line (the column is narrow); the whole path in its tooltip.
    const shown = `${l.document.slice(l.document.lastIndexOf('/') + 1)}:${l.line}`;
    body.append(
      el(
        'tr',
        {},
        el('td', { class: 'place', title: l.date ? `${place} (${l.date})` : place }, shown),
        // Right-aligned, cut on its left: an LTR run inside a right-to-left cell.
        el('td', { class: 'left' }, el('span', { dir: 'ltr' }, l.left)),
        el('td', { class: 'match' }, l.match),
        el('td', { class: 'right' }, l.right),
        el(
          'td',
          { class: 'actions' },
          el('button', { type: 'button', class: 'secondary', 'data-line': String(k), 'data-act': 'open', title: `Open ${place}` }, 'Open'),
          el(
            'button',
            { type: 'button', class: 'secondary', 'data-line': String(k), 'data-act': 'tag', title: 'Select its sentence and tag it' },
            'Tag',
          ),
        ),
      ),
    );
  });
}
