// The panel's exports: each table as CSV and each chart as SVG and PNG, sent to the extension,
// which asks where to save them (features/analysis). Named after what they show.
import type { Core } from 'cytoscape';
import type { Result } from 'vega-embed';
import type { ConcordanceReply, FromPanel } from '../../core/analysis/panelMessages';
import type { PanelModel } from '../../core/analysis/panelModel';
import type { Rate } from './charts';
import { networkSvg } from './network';
import { concordanceCsv, groupsCsv, pairsCsv } from './tables';
import { currentTheme } from './theme';

/** What the panel shows now. */
export interface Shown {
  model: PanelModel;
  heatmap: Result | undefined;
  timeline: Result | undefined;
  network: Core | undefined;
  lines: ConcordanceReply | undefined;
  rate: Rate;
}

/** Sends the export `what` (a button's name: `pairs-csv`, `heatmap-svg`, ...) of what is shown. */
export async function saveExport(what: string, shown: Shown, post: (m: FromPanel) => void): Promise<void> {
  const { model: m, heatmap, timeline, network, lines, rate } = shown;
  const theme = currentTheme();
  const picture = async (result: Result | undefined, name: string, format: 'svg' | 'png'): Promise<void> => {
    if (!result) return;
    const data = format === 'svg' ? await result.view.toSVG() : await result.view.toImageURL('png', 2);
    post({ type: 'save', name: `${name}.${format}`, format, data });
  };
  const over = m.options.groupBy === 'year' ? 'per-year' : `per-${m.options.groupBy}`;
  switch (what) {
    case 'pairs-csv':
      return post({ type: 'save', name: `cooccurrence-${m.options.of}.csv`, format: 'csv', data: pairsCsv(m) });
    case 'heatmap-svg':
      return picture(heatmap, `cooccurrence-${m.options.of}`, 'svg');
    case 'heatmap-png':
      return picture(heatmap, `cooccurrence-${m.options.of}`, 'png');
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
      return post({ type: 'save', name: `${m.options.of}-${over}.csv`, format: 'csv', data: groupsCsv(m, rate) });
    case 'time-svg':
      return picture(timeline, `${m.options.of}-${over}`, 'svg');
    case 'time-png':
      return picture(timeline, `${m.options.of}-${over}`, 'png');
    case 'kwic-csv':
      if (lines) post({ type: 'save', name: 'concordance.csv', format: 'csv', data: concordanceCsv(lines.lines) });
      return;
  }
}
