// What `npm run bench:panel` runs inside the Analysis panel's webview (through Playwright, which
// is not bound by the page's content security policy): it acts as the analyst would (sets the
// number of entities and clicks Apply, clicks a tab), then reads the panel's user-timing marks
// (src/webview/analysis/main.ts: `analysis:model` when a model came, `analysis:matrix` when the
// heatmap's cells and the table are in the DOM, `analysis:network` at the network's first frame,
// `analysis:network-frame` at each frame it draws) and the animation frames, all on the webview's
// own clock (performance.now()).
//
// Written as JavaScript text: functions handed to evaluate() are sent as their source, and the
// TypeScript loader adds helper calls to named inner functions that the page does not have.
import type { Frame } from 'playwright-core';

const PROBE = `(() => {
  if (window.__panelBench) return;
  const last = (name, after) => {
    const found = performance.getEntriesByName('analysis:' + name).filter((e) => e.startTime > after);
    return found.length > 0 ? found[0].startTime : -1;
  };
  // A task queued from an animation frame runs once that frame's style, layout and paint are done.
  const afterFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  let recording;
  window.__panelBench = {
    // Sets the number of entities (when given) and clicks the control; the click's own work
    // (a tab's drawing is synchronous) is done when it returns.
    act(id, top) {
      if (top !== undefined) document.getElementById('top').value = String(top);
      const start = performance.now();
      document.getElementById(id).click();
      return { start, returned: performance.now() };
    },
    // Waits for the view's mark after 'after', then for the frame that shows it to be done.
    async drawn(view, after) {
      for (;;) {
        const at = last(view, after);
        if (at >= 0) return { model: last('model', after), drawn: at, painted: await afterFrame(), status: document.getElementById('status').textContent };
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    },
    marks(view) {
      return performance.getEntriesByName('analysis:' + view).map((e) => e.startTime);
    },
    timeOrigin() {
      return performance.timeOrigin;
    },
    // Animation frames and the network's frames from now until stop().
    start() {
      const r = { frames: [], renders: [], on: true, from: performance.now() };
      r.observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'analysis:network-frame') r.renders.push(e.startTime);
      });
      r.observer.observe({ type: 'mark' });
      const tick = (t) => {
        if (!r.on) return;
        r.frames.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      recording = r;
    },
    stop() {
      const r = recording;
      r.on = false;
      r.observer.disconnect();
      return { from: r.from, to: performance.now(), frames: r.frames, renders: r.renders };
    },
  };
})()`;

export interface Acted {
  start: number;
  /** When the click handler returned (a tab's drawing is synchronous). */
  returned: number;
}

export interface Drawn {
  /** When the model message came (-1: none since the action). */
  model: number;
  /** The view's mark: the heatmap's cells and table in the DOM, or the network's first frame. */
  drawn: number;
  /** The frame that shows it done (style, layout and paint of the main thread). */
  painted: number;
  status: string;
}

export interface Recording {
  from: number;
  to: number;
  /** Animation-frame timestamps. */
  frames: number[];
  /** Timestamps of the frames the network drew. */
  renders: number[];
}

/** The panel's webview, driven from Playwright; all times on its own clock (ms). */
export class PanelProbe {
  private constructor(readonly frame: Frame) {}

  static async attach(frame: Frame): Promise<PanelProbe> {
    await frame.evaluate(PROBE);
    return new PanelProbe(frame);
  }

  act(id: string, top?: number): Promise<Acted> {
    return this.frame.evaluate(`window.__panelBench.act(${JSON.stringify(id)}, ${top === undefined ? 'undefined' : String(top)})`);
  }

  drawn(view: 'matrix' | 'network' | 'timeline', after: number): Promise<Drawn> {
    return this.frame.evaluate(`window.__panelBench.drawn(${JSON.stringify(view)}, ${after})`);
  }

  marks(view: 'model' | 'matrix'): Promise<number[]> {
    return this.frame.evaluate(`window.__panelBench.marks(${JSON.stringify(view)})`);
  }

  timeOrigin(): Promise<number> {
    return this.frame.evaluate('window.__panelBench.timeOrigin()');
  }

  start(): Promise<void> {
    return this.frame.evaluate('window.__panelBench.start()');
  }

  stop(): Promise<Recording> {
    return this.frame.evaluate('window.__panelBench.stop()');
  }
}
