/**
 * `npm run bench`: a deterministic scaling bench of the core (ARCHITECTURE.md, Mentions). Generates a corpus of
 * shuffled sample paragraphs and catalogs of growing size, then measures catalog load, matcher
 * build, indexing throughput, edit re-scans, index memory, a co-mentions query and the Analysis
 * panel's model per size, and prints the figures against the targets. Informational: exits 0
 * whatever the figures.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { formatAnchoringBench, runAnchoringBench } from './anchoringBench';
import { formatAnnotationPaintBench, runAnnotationPaintBench } from './annotationPaintBench';
import { benchCatalogSize, type BenchSettings, type SizeResult } from './benchCatalog';
import { synthesizeEntities } from './catalogGenerator';
import { generateCorpus, readSampleParagraphs, type BenchCorpus } from './corpusGenerator';
import type { SpecEntity } from './catalogYaml';
import { formatFolderScanBench, runFolderScanBench } from './folderScanBench';
import { canCollect, time } from './measure';
import { parseOptions, USAGE, type BenchOptions } from './options';
import { benchFolderPanelModel, formatPanelModelBench, type PanelModelFigure } from './panelModelBench';
import { formatQdpxExportBench, runQdpxExportBench } from './qdpxExportBench';
import { Random } from './random';
import { formatReport, type BenchReport } from './report';
import { loadSeedCatalog } from './seedCatalog';
import { judge } from './targets';
import { formatQdpxImportBench, runQdpxImportBench } from './qdpxImportBench';
import { formatWorldBench, runWorldBench } from './worldBench';

const progress = (message: string): void => {
  process.stderr.write(`[bench] ${message}\n`);
};

function run(opts: BenchOptions): { report: BenchReport; corpus: BenchCorpus; synthetic: SpecEntity[] } {
  const started = performance.now();
  const loadBefore = loadavg()[0];
  const rng = new Random(opts.seed);
  const settings: BenchSettings = { indexRuns: opts.indexRuns, smallRescans: 200, largeRescans: 20 };

  const sample = readSampleParagraphs(opts.corpusDir);
  const generated = time(() => generateCorpus(sample, opts.mb * 1e6, rng.fork('corpus')));
  const corpus = generated.value;
  progress(`corpus: ${corpus.documents.length} documents, ${(corpus.totalBytes / 1e6).toFixed(1)} MB in ${generated.ms.toFixed(0)} ms`);

  const seed = loadSeedCatalog(opts.corpusDir, sample.paragraphs.join('\n\n'));
  const largest = Math.max(...opts.sizes);
  const synthesized = time(() => synthesizeEntities(seed.entities, Math.max(0, largest - seed.entities.length), rng.fork('catalog')));
  progress(
    `catalogs: ${seed.entities.length} real entities (${seed.source}), ${synthesized.value.length} synthetic in ${synthesized.ms.toFixed(0)} ms`,
  );

  const results: SizeResult[] = [];
  for (const size of opts.sizes) {
    progress(`${size.toLocaleString('en-US')} entities ...`);
    const r = benchCatalogSize(size, seed, synthesized.value, corpus, settings);
    results.push(r);
    progress(
      `  load ${r.loadMs.median.toFixed(0)} ms, build ${r.buildMs.median.toFixed(1)} ms, index ${r.throughputBest.toFixed(1)} MB/s, ` +
        `re-scan ${r.rescanSmallMs.median.toFixed(3)} / ${r.rescanLargeMs.median.toFixed(2)} ms`,
    );
  }

  progress('anchoring: 100 annotations in a 2 MB document ...');
  const anchoring = runAnchoringBench({ corpusDir: opts.corpusDir, seed: opts.seed, runs: opts.indexRuns < 3 ? 1 : 3 });
  progress('drawing tagged passages: 500 annotations in a 2 MB document ...');
  const annotationPaint = runAnnotationPaintBench({ corpusDir: opts.corpusDir, seed: opts.seed });
  progress('world catalog and gold set ...');
  const world = runWorldBench(opts.corpusDir);

  const cpu = cpus();
  const report: BenchReport = {
    machine: {
      cpu: cpu[0]?.model.trim() ?? 'unknown CPU',
      logicalCpus: cpu.length,
      node: process.version,
      v8: process.versions.v8,
      platform: `${process.platform} ${process.arch}`,
      gcForced: canCollect(),
      loadBefore,
      loadAfter: loadavg()[0],
    },
    settings: { seed: opts.seed, mb: opts.mb, sizes: opts.sizes, ...settings },
    corpus: {
      documents: corpus.documents.length,
      bytes: corpus.totalBytes,
      chars: corpus.totalChars,
      crlfDocuments: corpus.crlfDocuments,
      paragraphs: corpus.paragraphs,
      sourceFiles: corpus.sourceFiles,
      generationMs: generated.ms,
      small: { id: corpus.small.id, bytes: corpus.small.bytes },
      large: { id: corpus.large.id, bytes: corpus.large.bytes },
    },
    seedCatalog: {
      source: seed.source,
      entities: seed.entities.length,
      syntheticGenerated: synthesized.value.length,
      syntheticMs: synthesized.ms,
    },
    results,
    verdicts: judge(results),
    anchoring,
    annotationPaint,
    world,
    totalSeconds: (performance.now() - started) / 1000,
  };
  return { report, corpus, synthetic: synthesized.value };
}

async function main(argv: readonly string[]): Promise<void> {
  let opts: BenchOptions;
  try {
    opts = parseOptions(argv);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (opts.help) {
    process.stdout.write(USAGE);
    return;
  }
  progress('REFI-QDA export: 2,000 annotations over 100 documents ...');
  const qdpxExport = await runQdpxExportBench({
    corpusDir: opts.corpusDir,
    cli: join(__dirname, 'cli.js'),
    seed: opts.seed,
    runs: opts.indexRuns < 3 ? 1 : 3,
  });
  progress('REFI-QDA import: 2,000 annotations over 100 documents ...');
  const qdpxImport = await runQdpxImportBench(opts.corpusDir, opts.seed);
  const exchange = `${formatQdpxExportBench(qdpxExport)}\n\n${formatQdpxImportBench(qdpxImport)}\n(load average ${loadavg()[0].toFixed(2)} on ${cpus().length} cores)`;
  if (opts.qdpxOnly) {
    process.stdout.write(`${exchange}\n`);
    return;
  }
  const { report, corpus, synthetic } = run(opts);
  process.stdout.write(
    `${formatReport(report)}\n\n${formatAnchoringBench(report.anchoring)}\n\n${formatAnnotationPaintBench(report.annotationPaint)}\n\n${formatWorldBench(report.world)}\n\n${exchange}\n`,
  );
  const folderScan = opts.folderScan
    ? await runFolderScanBench({
        repoRoot: resolve(__dirname, '..'),
        cli: join(__dirname, 'cli.js'),
        corpus,
        sampleCatalog: readFileSync(join(opts.corpusDir, 'entities.yaml'), 'utf8'),
        synthetic,
        sizes: opts.sizes.filter((s) => s <= 10_000),
        folders: opts.folders,
        runs: opts.indexRuns,
        progress,
      })
    : undefined;
  if (folderScan) process.stdout.write(`\n${formatFolderScanBench(folderScan)}\n`);
  const folderPanelModels: PanelModelFigure[] = [];
  for (const folder of opts.folders) {
    progress(`Analysis panel model: ${folder} ...`);
    folderPanelModels.push(await benchFolderPanelModel(folder, opts.indexRuns));
  }
  process.stdout.write(`\n${formatPanelModelBench([...report.results.map((r) => r.panelModel), ...folderPanelModels])}\n`);
  const json = JSON.stringify({ ...report, folderScan, folderPanelModels, qdpxImport, qdpxExport }, null, 2);
  if (typeof opts.json === 'string') {
    writeFileSync(opts.json, `${json}\n`);
    progress(`results written to ${opts.json}`);
  } else if (opts.json) {
    process.stdout.write(`\n${json}\n`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`[bench] ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
