/**
 * Drawing tagged passages (issue 5, "seeing annotations"): what the editor computes on every
 * repaint of a 2 MB document holding 500 annotations (a fifth of them nested in another, some
 * needing review, a few orphaned), coded from the sample codebook. Informational: prints figures.
 *
 * - the paint plan: each annotation's colour (first code, else an ancestor's), its look (plain,
 *   nested, proposed) and the groups by colour and look (one decoration type each);
 * - the plan plus the line and character of every start and end, as `document.positionAt` finds
 *   them (a binary search over line starts the editor already holds);
 * - for reference, the line starts of the whole text, which the editor keeps and does not redo.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotationColor } from '../../core/presentation/annotationColors';
import { paintPlan, type PaintSource } from '../../core/presentation/annotationPaint';
import { flattenCodes, loadCodebook, type Code } from '../../core/codebook/codebook';
import { LineIndex } from '../../core/text/lineIndex';
import { lineStarts } from '../../core/text/textOffsets';
import { composeVariedDocument, pickPassages } from './anchoringDocument';
import { readSampleParagraphs } from './corpusGenerator';
import { repeat } from './measure';
import { Random } from './random';

export interface AnnotationPaintOptions {
  corpusDir: string;
  seed?: number;
  annotations?: number;
  chars?: number;
  runs?: number;
}

export interface AnnotationPaintFigure {
  case: string;
  /** Best and median of the runs, milliseconds. */
  best: number;
  median: number;
  detail: string;
}

function sampleCodes(corpusDir: string): Map<string, Code> {
  const file = join(corpusDir, 'codebook.yaml');
  const codes = existsSync(file) ? flattenCodes(loadCodebook(readFileSync(file, 'utf8'), 'codebook.yaml').codes) : [];
  if (codes.length === 0)
    return new Map([
      ['code', { id: 'code', name: 'Code', color: '#3177c6', children: [], location: { file: 'none', line: 1, column: 1 } }],
    ]);
  return new Map(codes.map((c) => [c.id, c]));
}

/** `count` annotations: every fifth nested inside the one before, some proposals, a few orphans. */
function benchSources(text: string, count: number, codeIds: readonly string[], rng: Random): PaintSource[] {
  const outer = pickPassages(text, Math.ceil(count * 0.8), rng.fork('passages'));
  const sources: PaintSource[] = [];
  const codes = (): string[] => (rng.chance(0.3) ? [rng.pick(codeIds), rng.pick(codeIds)] : [rng.pick(codeIds)]);
  for (const p of outer) {
    if (sources.length >= count) break;
    const roll = rng.next();
    const status = roll < 0.03 ? 'orphaned' : roll < 0.1 ? 'needs-review' : 'anchored';
    sources.push({ id: `a${sources.length}`, codes: codes(), status, ...(status === 'orphaned' ? {} : { start: p.start, end: p.end }) });
    if (sources.length % 5 === 4 && p.end - p.start > 12)
      sources.push({ id: `a${sources.length}`, codes: codes(), status: 'anchored', start: p.start + 4, end: p.end - 4 });
  }
  return sources.slice(0, count);
}

export function runAnnotationPaintBench(opts: AnnotationPaintOptions): AnnotationPaintFigure[] {
  const rng = new Random(opts.seed ?? 1);
  const runs = opts.runs ?? 20;
  const text = composeVariedDocument(readSampleParagraphs(opts.corpusDir).paragraphs, opts.chars ?? 2 * 1024 * 1024, rng.fork('document'));
  const byId = sampleCodes(opts.corpusDir);
  const sources = benchSources(text, opts.annotations ?? 500, [...byId.keys()], rng.fork('annotations'));
  const colorOf = (codes: readonly string[]): string | undefined => annotationColor(codes, (id) => byId.get(id));
  const lines = new LineIndex(text);
  const plan = paintPlan(sources, colorOf);
  const looks = ['plain', 'nested', 'proposed'].map((look) => `${plan.places.filter((p) => p.look === look).length} ${look}`).join(', ');
  const detail = `${sources.length} annotations, ${plan.places.length} drawn (${looks}), ${plan.groups.size} decoration types`;
  const figure = (name: string, fn: () => void, what: string): AnnotationPaintFigure => {
    const t = repeat(fn, runs, 3);
    return { case: name, best: t.best, median: t.median, detail: what };
  };
  return [
    figure(
      'paint plan (colours, looks, groups)',
      () => {
        paintPlan(sources, colorOf);
      },
      detail,
    ),
    figure(
      'paint plan + line/character of every start and end',
      () => {
        for (const p of paintPlan(sources, colorOf).places) {
          lines.position(p.start);
          lines.position(p.end);
        }
      },
      `${lines.lineCount} lines`,
    ),
    figure(
      'line starts of the text (kept by the editor; reference)',
      () => {
        lineStarts(text);
      },
      `${(text.length / 1e6).toFixed(1)} M UTF-16 units`,
    ),
  ];
}

export function formatAnnotationPaintBench(figures: readonly AnnotationPaintFigure[]): string {
  const width = Math.max(...figures.map((f) => f.case.length));
  const rows = figures.map(
    (f) => `${f.case.padEnd(width)}  ${f.best.toFixed(2).padStart(7)} ms best  ${f.median.toFixed(2).padStart(7)} ms median  ${f.detail}`,
  );
  return ['Drawing tagged passages (500 annotations, 2 MB document)', ...rows].join('\n');
}
