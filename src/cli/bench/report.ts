/** Plain-text report of a bench run: header, two aligned tables and the target verdicts. */
import type { AnchoringFigure } from './anchoringBench';
import type { AnnotationPaintFigure } from './annotationPaintBench';
import type { WorldBench } from './worldBench';
import type { SizeResult } from './benchCatalog';
import type { Timing } from './measure';
import { formatTable } from './table';
import type { Verdict } from './targets';

export interface MachineInfo {
  cpu: string;
  logicalCpus: number;
  node: string;
  v8: string;
  platform: string;
  gcForced: boolean;
  /** 1-minute load average before and after the run: other processes on the two cores skew every figure. */
  loadBefore: number;
  loadAfter: number;
}

export interface CorpusInfo {
  documents: number;
  bytes: number;
  chars: number;
  crlfDocuments: number;
  paragraphs: number;
  sourceFiles: string[];
  generationMs: number;
  small: { id: string; bytes: number };
  large: { id: string; bytes: number };
}

export interface BenchReport {
  machine: MachineInfo;
  settings: { seed: number; mb: number; sizes: number[]; indexRuns: number; smallRescans: number; largeRescans: number };
  corpus: CorpusInfo;
  seedCatalog: { source: string; entities: number; syntheticGenerated: number; syntheticMs: number };
  results: SizeResult[];
  verdicts: Verdict[];
  /** Re-anchoring annotations in a 2 MB document (ARCHITECTURE.md, Anchoring). */
  anchoring: AnchoringFigure[];
  /** Drawing 500 tagged passages in a 2 MB document (issue 5). */
  annotationPaint: AnnotationPaintFigure[];
  world: WorldBench;
  totalSeconds: number;
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const fixed = (n: number, digits: number): string => n.toFixed(digits);
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
/** Few digits for large values, more for sub-millisecond ones. */
const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n >= 1 ? n.toFixed(2) : n.toFixed(3));
const median = (t: Timing): string => ms(t.median);

export function formatReport(r: BenchReport): string {
  const { machine: m, corpus: c } = r;
  const out: string[] = [];
  out.push(
    `Policy Annotator bench  (seed ${r.settings.seed}, ${r.settings.mb} MB corpus, ${r.settings.indexRuns} timed index passes after 1 warm-up)`,
  );
  out.push(`machine: ${m.cpu}, ${m.logicalCpus} logical CPUs; node ${m.node} (V8 ${m.v8}), ${m.platform}`);
  out.push('threads: single-threaded - all bench work runs on the main JS thread (V8 may still use helper threads for GC)');
  out.push(
    `gc: ${m.gcForced ? 'forced before each measurement (heap deltas are exact)' : 'could not be forced: heap deltas not measured'}`,
  );
  // The bench itself adds about 1 to the load average by the end of the run.
  const busy = Math.max(m.loadBefore, m.loadAfter - 1) > 0.5;
  out.push(
    `load: 1-min load average ${m.loadBefore.toFixed(2)} before, ${m.loadAfter.toFixed(2)} after${busy ? ' - BUSY MACHINE: other processes competed for the cores, figures are pessimistic' : ''}`,
  );
  out.push('units: MB = 10^6 bytes of UTF-8 text; times in ms; re-scan and build times are medians');
  out.push('');
  out.push(
    `corpus: ${int(c.documents)} documents, ${mb(c.bytes)} MB (${int(c.chars)} UTF-16 chars), ${c.crlfDocuments} with CRLF line ends,`,
  );
  out.push(
    `        drawn from ${c.paragraphs} paragraphs of ${c.sourceFiles.length} sample files; generated in ${int(c.generationMs)} ms (not counted)`,
  );
  out.push(
    `        re-scanned: ${c.small.id} (${(c.small.bytes / 1024).toFixed(1)} KiB) and ${c.large.id} (${(c.large.bytes / 1048576).toFixed(2)} MiB)`,
  );
  const s = r.seedCatalog;
  out.push(`real entities: ${s.entities} from ${s.source}`);
  out.push(
    `synthetic entities: ${int(s.syntheticGenerated)} generated in ${int(s.syntheticMs)} ms (not counted); each catalog pads the real ones`,
  );
  out.push('        (a catalog smaller than the real one keeps the real entities most mentioned in the sample documents)');
  out.push('');

  out.push('Catalog and matcher');
  out.push(
    formatTable(
      [
        ['entities', 'right'],
        ['real', 'right'],
        ['synthetic', 'right'],
        ['aliases', 'right'],
        ['trie nodes', 'right'],
        ['YAML MB', 'right'],
        ['load ms', 'right'],
        ['build ms', 'right'],
        ['matcher MB', 'right'],
        ['diagnostics', 'right'],
      ],
      r.results.map((x) => [
        int(x.entities),
        int(x.realEntities),
        int(x.syntheticEntities),
        int(x.aliases),
        int(x.trieNodes),
        fixed(x.catalogYamlBytes / 1e6, 2),
        median(x.loadMs),
        median(x.buildMs),
        mb(x.matcherBytes),
        int(x.diagnostics),
      ]),
    ),
  );
  out.push('(load = YAML parse + catalog checks of the real and the synthetic file; build = compileMatcher)');
  out.push('');

  out.push('Index and edits');
  out.push(
    formatTable(
      [
        ['entities', 'right'],
        ['MB/s best', 'right'],
        ['MB/s median', 'right'],
        ['MB/s cpu', 'right'],
        ['pass ms', 'right'],
        ['mentions', 'right'],
        ['20 KB re-scan', 'right'],
        ['2 MB re-scan', 'right'],
        ['2 MB ranges', 'right'],
        ['index MB', 'right'],
        ['heap delta MB', 'right'],
        ['co-mentions ms', 'right'],
        ['of', 'left'],
      ],
      r.results.map((x) => [
        int(x.entities),
        fixed(x.throughputBest, 1),
        fixed(x.throughputMedian, 1),
        fixed(x.throughputCpu, 1),
        ms(x.indexMs.best),
        int(x.mentions),
        median(x.rescanSmallMs),
        median(x.rescanLargeMs),
        median(x.rangesLargeMs),
        mb(x.indexMemoryBytes),
        x.heapDeltaBytes === null ? 'n/a' : mb(x.heapDeltaBytes),
        x.coMentions ? `${median(x.coMentions.sentenceMs)} / ${median(x.coMentions.paragraphMs)}` : 'n/a',
        x.coMentions ? `${x.coMentions.entity} (${int(x.coMentions.mentions)} mentions in ${int(x.coMentions.documents)} docs)` : '',
      ]),
    ),
  );
  out.push('(MB/s best / median = wall clock over the timed passes; MB/s cpu = per CPU second of the process, which other');
  out.push(' processes on the machine cannot inflate; pass ms = best wall-clock pass over the whole corpus;');
  out.push(' re-scan = CorpusIndex.setDocument on the populated index, ms; ranges = line starts and highlight positions');
  out.push(' per style of the re-scanned 2 MB document (what the editor turns into decorations), ms; index MB = CorpusIndex.memoryBytes;');
  out.push(' heap delta = JS heap + array buffers retained by the index; co-mentions = sentence / paragraph query, fresh cache)');
  out.push('');

  out.push('Targets (one core, plain Node):');
  for (const v of r.verdicts) {
    const mark = v.pass === undefined ? 'n/a ' : v.pass ? 'PASS' : 'MISS';
    const figure = v.figure === undefined ? '  (size not run)' : `: ${v.figure}${v.detail ? ` (${v.detail})` : ''}`;
    out.push(`  ${mark}  ${v.target}${figure}`);
  }
  const first = r.results.find((x) => x.size === 100);
  const last = r.results.find((x) => x.size === 50000);
  if (first && last && first.mentions < 0.9 * last.mentions) {
    out.push(
      `  note: the 100-entity catalog finds ${int(first.mentions)} mentions, the 50,000 one ${int(last.mentions)} (it keeps ${first.realEntities} of the real`,
    );
    out.push('        entities): part of the ratio is the cost of recording mentions, not of the catalog size.');
  }
  out.push('');
  out.push(`total bench time ${r.totalSeconds.toFixed(1)} s`);
  return out.join('\n');
}
