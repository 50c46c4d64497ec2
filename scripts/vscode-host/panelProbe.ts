// What `npm run bench:panel` runs inside the Analysis panel's webview (through Playwright, which
// is not bound by the page's content security policy): it acts as the analyst would (sets the
// number of entities and clicks Apply, clicks a tab), then reads the panel's user-timing marks
// (src/webview/analysis/main.ts: `analysis:model` when a model came, `analysis:matrix` when the
// heatmap's cells and the table are in the DOM, `analysis:network` at the network's first frame,
// `analysis:network-frame` at each frame it draws) and the animation frames, all on the webview's
// own clock (performance.now()). Zooming and panning are driven from inside the page too, one
// input event an animation frame, so that the input keeps pace with the frames the page can give.
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
        if (at >= 0) {
          const note = view === 'network' ? document.getElementById('network-note')?.textContent ?? '' : '';
          return { model: last('model', after), drawn: at, painted: await afterFrame(), status: [document.getElementById('status').textContent, note].filter(Boolean).join('; ') };
        }
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    },
    marks(view) {
      return performance.getEntriesByName('analysis:' + view).map((e) => e.startTime);
    },
    timeOrigin() {
      return performance.timeOrigin;
    },
    // For 'ms' milliseconds, one input a frame on the network, as the mouse would send it: a wheel
    // step (15 in, 15 out, …) at its middle, or a drag from its corner round a circle (a pan);
    // none for 'idle'. Records the animation frames and the frames the network drew meanwhile.
    async drive(kind, ms) {
      const box = document.getElementById('network');
      const target = box.querySelector('canvas:last-of-type') || box;
      const rect = box.getBoundingClientRect();
      const at = (x, y) => ({ clientX: rect.left + x, clientY: rect.top + y, bubbles: true, cancelable: true, view: window });
      const frames = [];
      const renders = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'analysis:network-frame') renders.push(e.startTime);
      });
      observer.observe({ type: 'mark' });
      let inputs = 0;
      if (kind === 'pan') target.dispatchEvent(new MouseEvent('mousedown', { ...at(12, 12), button: 0, buttons: 1 }));
      const from = performance.now();
      await new Promise((resolve) => {
        const tick = (t) => {
          frames.push(t);
          if (t - from >= ms) return resolve();
          if (kind === 'zoom') {
            const sign = Math.floor(inputs / 15) % 2 === 0 ? -1 : 1;
            target.dispatchEvent(new WheelEvent('wheel', { ...at(rect.width / 2, rect.height / 2), deltaY: 100 * sign, deltaMode: 0 }));
            inputs++;
          } else if (kind === 'pan') {
            const a = inputs / 10;
            target.dispatchEvent(new MouseEvent('mousemove', { ...at(12 + 120 * Math.sin(a), 12 + 120 * (1 - Math.cos(a))), button: 0, buttons: 1 }));
            inputs++;
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      if (kind === 'pan') target.dispatchEvent(new MouseEvent('mouseup', { ...at(12, 12), button: 0, buttons: 0 }));
      observer.disconnect();
      return { from, to: performance.now(), frames, renders, inputs };
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
  /** Input events sent (one an animation frame). */
  inputs: number;
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

  drive(kind: 'idle' | 'zoom' | 'pan', ms: number): Promise<Recording> {
    return this.frame.evaluate(`window.__panelBench.drive(${JSON.stringify(kind)}, ${ms})`);
  }
}
