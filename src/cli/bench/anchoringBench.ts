/**
 * Anchoring figures (ARCHITECTURE.md, Anchoring and Tests and figures): re-anchoring 100 annotations in a 2 MB document when nothing
 * changed, when a paragraph was inserted at the top (exact step), when every quote had one letter
 * changed (approximate step) and when every quoted passage was replaced (orphans: the widest
 * approximate search), plus target creation, the document hash and live shifting. Informational:
 * prints figures, judges nothing.
 *
 * Not wired into `npm run bench` yet. To wire it, in main.ts `run()`:
 *   const anchoring = runAnchoringBench({ corpusDir: opts.corpusDir, seed: opts.seed });
 * keep `anchoring` in the BenchReport (for --json) and print `formatAnchoringBench(anchoring)`
 * after the catalog tables. It takes about 10 s of CPU, most of it the orphan case.
 */
import { performance } from 'node:perf_hooks';
import {
  anchorAnnotations,
  AnchorText,
  createTarget,
  documentHash,
  shiftRanges,
  type AnchoringReport,
  type TextChange,
} from '../../core/anchoring';
import type { TextTarget } from '../../core/anchoring/anchorTypes';
import { composeVariedDocument, editPassages, pickPassages } from './anchoringDocument';
import { readSampleParagraphs } from './corpusGenerator';
import { Random } from './random';

export interface AnchoringBenchOptions {
  corpusDir: string;
  seed?: number;
  chars?: number;
  annotations?: number;
  runs?: number;
}

export interface AnchoringFigure {
  case: string;
  /** Best of the runs, milliseconds, for all annotations together: wall clock and CPU (user +
   * system) time of this process, which other processes on a busy machine inflate less. */
  ms: number;
  cpuMs: number;
  perAnnotationMs: number;
  statuses: string;
}

export function runAnchoringBench(opts: AnchoringBenchOptions): AnchoringFigure[] {
  const rng = new Random(opts.seed ?? 1);
  const runs = opts.runs ?? 3;
  const text = composeVariedDocument(readSampleParagraphs(opts.corpusDir).paragraphs, opts.chars ?? 2 * 1024 * 1024, rng.fork('document'));
  const passages = pickPassages(text, opts.annotations ?? 100, rng.fork('passages'));
  const figures: AnchoringFigure[] = [];
  const n = passages.length;
  const timed = (name: string, fn: () => string): void => {
    let best = Infinity;
    let bestCpu = Infinity;
    let statuses = '';
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      statuses = fn();
      const cpu = process.cpuUsage(c0);
      best = Math.min(best, performance.now() - t0);
      bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
    }
    figures.push({ case: name, ms: best, cpuMs: bestCpu, perAnnotationMs: best / n, statuses });
  };
  let targets: TextTarget[] = [];
  timed(`create ${n} targets (text prepared once)`, () => {
    const doc = AnchorText.of(text);
    targets = passages.map((p) => createTarget(doc, p.start, p.end));
    return '';
  });
  const sidecar = { documentHash: documentHash(text), annotations: targets.map((target, i) => ({ id: `a${i}`, target })) };
  timed('documentHash of the document', () => documentHash(text).slice(0, 15));
  const anchorAll = (current: string) => (): string => summary(anchorAnnotations(current, sidecar));
  timed('re-anchor, text unchanged (hash)', anchorAll(text));
  timed('re-anchor, paragraph inserted at the top (exact)', anchorAll(`A new opening paragraph.\n\n${text}`));
  timed(
    're-anchor, one letter changed in every quote (approximate)',
    anchorAll(editPassages(text, passages, (q) => `${q.slice(0, q.length >> 1)}#${q.slice((q.length >> 1) + 1)}`)),
  );
  timed(
    're-anchor, every quoted passage replaced (orphans)',
    anchorAll(editPassages(text, passages, () => 'a passage rewritten beyond recognition')),
  );
  const changes: TextChange[] = Array.from({ length: 1000 }, (_, i) => ({
    rangeOffset: (i * 2099) % text.length,
    rangeLength: i % 3,
    text: 'ab',
  }));
  timed(`shift ${n} ranges through 1000 changes`, () => String(shiftRanges(passages, changes).length));
  return figures;
}

function summary(report: AnchoringReport<{ id: string; target: TextTarget }>): string {
  return Object.entries(report.counts)
    .filter(([, c]) => c > 0)
    .map(([s, c]) => `${c} ${s}`)
    .join(', ');
}

export function formatAnchoringBench(figures: readonly AnchoringFigure[]): string {
  const width = Math.max(...figures.map((f) => f.case.length));
  const rows = figures.map(
    (f) =>
      `${f.case.padEnd(width)}  ${f.ms.toFixed(1).padStart(8)} ms  (CPU ${f.cpuMs.toFixed(1).padStart(8)} ms)  ${f.perAnnotationMs.toFixed(2).padStart(7)} ms/annotation  ${f.statuses}`,
  );
  return ['Anchoring (2 MB document, best of runs)', ...rows].join('\n');
}
