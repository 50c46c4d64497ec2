// The steps of `npm run bench:panel` in the open workbench: the analyst's actions on the Analysis
// panel, each timed inside its webview (panelProbe.ts) from the action to the view's mark and to
// the end of the frame that shows it; then the frames while the network is zoomed and panned.
import type { Frame, Page } from 'playwright-core';
import type { Workbench } from '../../test/ui/workbench';
import { PanelProbe, type Drawn, type Recording } from './panelProbe';

const OPEN = 'Policy Annotator: Open Analysis Panel';
/** A first open waits for the index; a draw of hundreds of entities takes seconds on a busy machine. */
const TIMEOUT = 180_000;

/** One timed action: ms from the action to the model's arrival, the view's mark and the painted frame. */
export interface DrawTiming {
  modelMs: number | null;
  /** When the action's own handler returned (the network is laid out and set up inside it). */
  returnedMs: number | null;
  drawnMs: number;
  paintedMs: number;
}

export interface DrawFigure {
  what: string;
  /** The panel's status line after the last run ("704 of 704 documents; 200 entities; …"). */
  status: string;
  runs: DrawTiming[];
}

export interface FrameStats {
  seconds: number;
  /** Animation frames of the webview: count, gaps between them. */
  frames: number;
  frameMedianMs: number;
  frameP95Ms: number;
  frameWorstMs: number;
  /** Frames the network drew, and the gaps between them. */
  renders: number;
  rendersPerSecond: number;
  renderMedianGapMs: number | null;
  renderWorstGapMs: number | null;
  /** Input events sent (one an animation frame). */
  inputs: number;
}

export interface InteractionFigure {
  what: 'idle' | 'zoom' | 'pan';
  stats: FrameStats;
}

export interface PanelFigures {
  open: DrawFigure;
  matrix: DrawFigure[];
  network: DrawFigure;
  interaction: InteractionFigure[];
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function within<T>(promise: Promise<T>, what: string, ms = TIMEOUT): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The content frame of the (one) open webview. */
async function panelFrame(page: Page): Promise<Frame> {
  const outer = page.locator('iframe.webview.ready');
  await outer.waitFor({ timeout: TIMEOUT });
  const outerFrame = await (await outer.elementHandle())?.contentFrame();
  const inner = await outerFrame?.waitForSelector('#active-frame', { timeout: TIMEOUT });
  const frame = await inner?.contentFrame();
  if (!frame) throw new Error("the Analysis panel's webview has no content frame");
  await frame.waitForSelector('#heatmap', { state: 'attached', timeout: TIMEOUT });
  return frame;
}

function timing(start: number, d: Drawn, returned?: number): DrawTiming {
  return {
    modelMs: d.model >= 0 ? d.model - start : null,
    returnedMs: returned === undefined ? null : returned - start,
    drawnMs: d.drawn - start,
    paintedMs: d.painted - start,
  };
}

/** Opens the panel with the command and waits for its first heatmap; ms counted from Enter in the palette. */
async function openPanel(wb: Workbench): Promise<{ probe: PanelProbe; timing: DrawTiming; status: string }> {
  const pressed = await wb.runCommand(OPEN);
  const probe = await PanelProbe.attach(await within(panelFrame(wb.page), 'the panel opening'));
  const drawn = await within(probe.drawn('matrix', 0), 'the first heatmap');
  // Enter was pressed on Node's clock (Date.now()); the webview counts from its own time origin.
  const start = pressed - (await probe.timeOrigin());
  return { probe, timing: timing(start, drawn), status: drawn.status };
}

async function closePanel(wb: Workbench): Promise<void> {
  await wb.runCommand('View: Close All Editors');
  await wb.page.locator('iframe.webview').waitFor({ state: 'detached', timeout: TIMEOUT });
}

async function apply(probe: PanelProbe, top: number, runs: number): Promise<DrawFigure> {
  const out: DrawTiming[] = [];
  let status = '';
  for (let r = 0; r < runs; r++) {
    const acted = await probe.act('apply', top);
    const drawn = await within(probe.drawn('matrix', acted.start), `the ${top} × ${top} heatmap`);
    out.push(timing(acted.start, drawn));
    status = drawn.status;
  }
  return { what: `matrix ${top} × ${top}: Apply → heatmap`, status, runs: out };
}

async function networkTab(probe: PanelProbe, runs: number): Promise<DrawFigure> {
  const out: DrawTiming[] = [];
  let status = '';
  for (let r = 0; r < runs; r++) {
    if (r > 0) {
      const away = await probe.act('tab-time');
      await within(probe.drawn('timeline', away.start), 'the Over time tab');
    }
    const acted = await probe.act('tab-network');
    const drawn = await within(probe.drawn('network', acted.start), 'the network');
    out.push(timing(acted.start, drawn, acted.returned));
    status = drawn.status;
  }
  return { what: 'network tab → first frame', status, runs: out };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const gaps = (ts: readonly number[]): number[] => ts.slice(1).map((t, i) => t - ts[i]);

export function frameStats(r: Recording): FrameStats {
  const seconds = (r.to - r.from) / 1000;
  const frameGaps = gaps(r.frames);
  const renderGaps = gaps(r.renders);
  return {
    seconds,
    frames: r.frames.length,
    frameMedianMs: median(frameGaps),
    frameP95Ms: quantile(frameGaps, 0.95),
    frameWorstMs: Math.max(0, ...frameGaps),
    renders: r.renders.length,
    rendersPerSecond: r.renders.length / seconds,
    renderMedianGapMs: renderGaps.length > 0 ? median(renderGaps) : null,
    renderWorstGapMs: renderGaps.length > 0 ? Math.max(...renderGaps) : null,
    inputs: r.inputs,
  };
}

async function interact(probe: PanelProbe, seconds: number): Promise<InteractionFigure[]> {
  await sleep(1000); // let the first frames settle
  const out: InteractionFigure[] = [];
  for (const what of ['idle', 'zoom', 'pan'] as const) {
    out.push({ what, stats: frameStats(await probe.drive(what, what === 'idle' ? 1000 : seconds * 1000)) });
    await sleep(500);
  }
  return out;
}

/** Every figure, in one session: the panel opened `runs` times, then Apply, the network and its frames. */
export async function measurePanel(wb: Workbench, runs: number, progress: (line: string) => void): Promise<PanelFigures> {
  // The extension's commands are in once its view container shows in the activity bar.
  await wb.page.locator('.activitybar .action-item [aria-label^="Policy Annotator"]').first().waitFor({ timeout: TIMEOUT });
  progress('opening the panel once (waits for the index) ...');
  await openPanel(wb);
  const opens: DrawTiming[] = [];
  let opened: Awaited<ReturnType<typeof openPanel>> | undefined;
  for (let r = 0; r < runs; r++) {
    await closePanel(wb);
    opened = await openPanel(wb);
    opens.push(opened.timing);
    progress(`open ${r + 1}: heatmap painted ${Math.round(opened.timing.paintedMs)} ms after Enter`);
  }
  if (!opened) throw new Error('the panel did not open');
  const probe = opened.probe;
  const matrix: DrawFigure[] = [];
  for (const top of [200, 300]) {
    progress(`Apply with ${top} entities ...`);
    matrix.push(await apply(probe, top, runs));
    progress(`  ${matrix[matrix.length - 1].runs.map((t) => Math.round(t.paintedMs)).join(', ')} ms (${matrix[matrix.length - 1].status})`);
  }
  progress('network tab at 300 entities ...');
  const network = await networkTab(probe, runs);
  progress(`  first frame ${network.runs.map((t) => Math.round(t.drawnMs)).join(', ')} ms`);
  progress('zooming and panning the network ...');
  const interaction = await interact(probe, 2);
  return {
    open: { what: 'open the panel (25 entities): Enter → heatmap', status: opened.status, runs: opens },
    matrix,
    network,
    interaction,
  };
}
