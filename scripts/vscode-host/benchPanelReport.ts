// What `npm run bench:panel` prints: a table for people (median of the runs, their range) and, as
// the very last line, the run as one JSON object with every timing (times in ms).
import { formatTable } from '../../src/cli/bench/table';
import type { DrawFigure, DrawTiming, FrameStats, PanelFigures } from './panelMeasure';

export interface BenchPanelRun {
  documents: number;
  /** The corpus with the entities woven in, 10^6 bytes. */
  corpusMB: number;
  syntheticEntities: number;
  seed: number;
  cpus: number;
  /** 1-minute load average before and after the run (other work on the machine skews every figure). */
  loadBefore: number;
  loadAfter: number;
  figures: PanelFigures;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const ms = (n: number | null): string => (n === null || Number.isNaN(n) ? '–' : `${Math.round(n)} ms`);

/** Median and range of one timing over the runs: "812 ms (790–902)". */
function spread(runs: readonly DrawTiming[], pick: (t: DrawTiming) => number | null): string {
  const xs = runs.map(pick).filter((x): x is number => x !== null);
  if (xs.length === 0) return '–';
  const lo = Math.round(Math.min(...xs));
  const hi = Math.round(Math.max(...xs));
  return xs.length === 1 ? ms(xs[0]) : `${ms(median(xs))} (${lo}–${hi})`;
}

function drawRow(f: DrawFigure): string[] {
  return [
    f.what,
    spread(f.runs, (t) => t.modelMs),
    spread(f.runs, (t) => t.returnedMs),
    spread(f.runs, (t) => t.drawnMs),
    spread(f.runs, (t) => t.paintedMs),
  ];
}

function frameRow(what: string, s: FrameStats): string[] {
  const fps = s.frames / s.seconds;
  return [
    what,
    `${s.inputs}`,
    `${fps.toFixed(0)} fps: ${s.frameMedianMs.toFixed(1)} / ${s.frameP95Ms.toFixed(0)} / ${s.frameWorstMs.toFixed(0)} ms`,
    `${s.rendersPerSecond.toFixed(1)} /s`,
    s.renderMedianGapMs === null ? '–' : `${s.renderMedianGapMs.toFixed(0)} / ${(s.renderWorstGapMs ?? 0).toFixed(0)} ms`,
  ];
}

/** The status line names what was drawn: "… 200 entities; 11093 pairs in …" (and the network's
 * note, when it draws some of the pairs: "2913 of the 28544 pairs with n_ab ≥ 1 drawn: …"). */
function shown(f: DrawFigure): string {
  const m = /(\d+) entities; (\d+) pairs/.exec(f.status);
  const drawn = /(\d+) of the \d+ pairs with n_ab ≥ \d+ drawn: each entity's (\d+) strongest/.exec(f.status);
  return m ? `${m[1]} entities, ${m[2]} pairs${drawn ? ` (${drawn[1]} drawn: each entity's ${drawn[2]} strongest)` : ''}` : f.status;
}

export function formatBenchPanelTable(r: BenchPanelRun): string {
  const f = r.figures;
  const draws = [f.open, ...f.matrix, f.network];
  return [
    `Analysis panel in the workbench: ${r.documents} documents (${r.corpusMB.toFixed(1)} MB, ${r.syntheticEntities} synthetic entities named together, seed ${r.seed});`,
    `${r.cpus} CPUs, load ${r.loadBefore.toFixed(2)} before, ${r.loadAfter.toFixed(2)} after; headless Chromium without GPU; median of the runs (range)`,
    '',
    formatTable(
      [
        ['from the action', 'left'],
        ['model in webview', 'right'],
        ['handler returned', 'right'],
        ['view in DOM', 'right'],
        ['frame painted', 'right'],
      ],
      draws.map(drawRow),
    ),
    ...draws.map((d) => `  ${d.what}: ${shown(d)}`),
    '(times from the action: the open from Enter in the command palette, Apply and the tab from their click;',
    ' model = the model message reaches the webview (the host counted it); in DOM = the heatmap cells and the',
    " table are in the page, or the network's first frame is drawn; painted = the main thread finished that frame)",
    '',
    formatTable(
      [
        ['network, 300 entities', 'left'],
        ['inputs', 'right'],
        ['animation frames: median / p95 / worst', 'right'],
        ['network frames', 'right'],
        ['between them: median / worst', 'right'],
      ],
      f.interaction.map((i) => frameRow(i.what, i.stats)),
    ),
    '(driven inside the webview, one wheel step or mouse move an animation frame: 15 steps in, 15 out, …, or a drag',
    " from the network's corner round a circle; animation frames are the webview's requestAnimationFrame, network",
    ' frames those the network drew; an idle second first)',
  ].join('\n');
}
