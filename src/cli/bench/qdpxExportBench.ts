/**
 * The REFI-QDA export's figure (issue 15: 2,000 annotations over 100 documents within 2 s): a
 * folder generated from the sample paragraphs (100 documents of about 20,000 characters, an emoji
 * in each, every fifth with CRLF line ends; 20 annotations each with one to three of 30 codes,
 * a note on every third, authors and dates; a documents.yaml with attributes; a codebook), then
 * `policy-annotator export --format qdpx` run as the built CLI (the whole command: Node's start,
 * reading, re-anchoring, building, writing), once with every text as annotated and once with a
 * paragraph inserted at the top of every document (every annotation re-anchored by its exact
 * quote). Also the core alone (build, XML and zip, from records in memory). Informational.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AnchorText, createTarget, documentHash } from '../../core/anchoring';
import { sidecarExportRecords } from '../../core/exchange/qdeGather';
import { exportQdpx } from '../../core/exchange/qdpxExport';
import { loadCodebook } from '../../core/codebook/codebook';
import { buildCatalog } from '../../core/catalog/catalogLoader';
import { composeVariedDocument, pickPassages } from './anchoringDocument';
import { readSampleParagraphs } from './corpusGenerator';
import { Random } from './random';
import { parseCliArgs, type ExportArgs } from '../args';
import { runExport } from '../exportCommand';
import { nodeEnv } from '../nodeEnv';
import type { TextSink } from '../textSink';

export interface QdpxExportFigure {
  case: string;
  /** Best of the runs, milliseconds: wall clock, and (in process) CPU time, which other processes
   * on a busy machine inflate less. */
  ms: number;
  cpuMs?: number;
  annotations: number;
  documents: number;
  bytes: number;
}

const DOCUMENTS = 100;
const PER_DOCUMENT = 20;
const CODES = 30;

interface BenchDocument {
  path: string;
  text: string;
  sidecar: string;
}

function generate(corpusDir: string, seed: number): BenchDocument[] {
  const rng = new Random(seed).fork('qdpx');
  const paragraphs = readSampleParagraphs(corpusDir).paragraphs;
  const documents: BenchDocument[] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    const body = composeVariedDocument(paragraphs, 20_000, rng.fork(`document ${d}`));
    const lf = `Report ${d} 🌏\n\n${body}\n`;
    const text = d % 5 === 0 ? lf.replace(/\n/g, '\r\n') : lf;
    const path = `reports/report-${String(d).padStart(3, '0')}.txt`;
    const doc = AnchorText.of(text);
    const annotations = pickPassages(text, PER_DOCUMENT, rng.fork(`passages ${d}`)).map((p, i) => ({
      id: `a${d}-${i}`,
      codes: Array.from({ length: 1 + rng.int(3) }, () => `code-${rng.int(CODES)}`),
      ...(i % 3 === 0 ? { note: `Why this passage matters, ${i}: <see> & "compare".` } : {}),
      entities: [],
      target: createTarget(doc, p.start, p.end),
      status: 'anchored',
      author: `analyst-${rng.int(3)}`,
      created: `2025-0${1 + rng.int(9)}-1${rng.int(10)}T10:${10 + rng.int(50)}:00Z`,
    }));
    // JSON is YAML 1.2: a sidecar the loaders read as any other.
    const sidecar = JSON.stringify({
      version: 1,
      document: path.slice(path.lastIndexOf('/') + 1),
      documentHash: documentHash(text),
      annotations,
    });
    documents.push({ path, text, sidecar });
  }
  return documents;
}

function codebookYaml(): string {
  const codes = Array.from({ length: CODES }, (_, i) => ({ id: `code-${i}`, name: `Code ${i}`, description: `What code ${i} marks.` }));
  return JSON.stringify({ codes: [{ id: 'all', name: 'All codes', children: codes }] });
}

function writeFolder(dir: string, documents: readonly BenchDocument[], edited: boolean): void {
  mkdirSync(join(dir, 'reports'), { recursive: true });
  writeFileSync(join(dir, 'codebook.yaml'), codebookYaml());
  writeFileSync(
    join(dir, 'documents.yaml'),
    `documents:\n${documents.map((d, i) => `  - { path: ${d.path}, date: 2024-0${1 + (i % 9)}-15, pages: ${10 + i}, kind: ${i % 2 ? 'speech' : 'report'} }`).join('\n')}\n`,
  );
  for (const d of documents) {
    writeFileSync(join(dir, d.path), edited ? `A paragraph added later.\n\n${d.text}` : d.text);
    writeFileSync(join(dir, `${d.path}.annotations.yaml`), d.sidecar);
  }
}

const SILENT: TextSink = { write: async () => undefined, closed: false };

export async function runQdpxExportBench(opts: {
  corpusDir: string;
  cli: string;
  seed?: number;
  runs?: number;
}): Promise<QdpxExportFigure[]> {
  const runs = opts.runs ?? 3;
  const documents = generate(opts.corpusDir, opts.seed ?? 1);
  const annotations = documents.length * PER_DOCUMENT;
  const root = mkdtempSync(join(tmpdir(), 'pa-bench-qdpx-'));
  const figures: QdpxExportFigure[] = [];
  try {
    for (const edited of [false, true]) {
      const dir = join(root, edited ? 'edited' : 'corpus');
      writeFolder(dir, documents, edited);
      let best = Infinity;
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        const run = spawnSync(process.execPath, [opts.cli, 'export', dir, '--format', 'qdpx', '--out', join(root, 'out'), '--force'], {
          encoding: 'utf8',
          env: { ...process.env, POLICY_ANNOTATOR_CACHE: 'off' },
        });
        best = Math.min(best, performance.now() - t0);
        if (run.status !== 0) throw new Error(`the qdpx export failed: ${run.stderr}`);
      }
      const what = edited ? 'paragraph inserted at the top of each (exact re-anchoring)' : 'texts as annotated';
      figures.push({ case: `CLI export --format qdpx, ${what}`, ms: best, annotations, documents: documents.length, bytes: 0 });
      let [wall, cpu] = [Infinity, Infinity];
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        // The command itself, not main.ts (whose module runs the CLI when it is the bundle's main).
        const args = parseCliArgs(['export', dir, '-f', 'qdpx', '-o', join(root, 'out'), '--force']) as ExportArgs;
        const code = await runExport(args, { ...nodeEnv(), out: SILENT, err: SILENT });
        const used = process.cpuUsage(c0);
        wall = Math.min(wall, performance.now() - t0);
        cpu = Math.min(cpu, (used.user + used.system) / 1000);
        if (code !== 0) throw new Error(`the qdpx export failed in process: exit ${code}`);
      }
      figures.push({
        case: `  the same in process (no Node start)`,
        ms: wall,
        cpuMs: cpu,
        annotations,
        documents: documents.length,
        bytes: 0,
      });
    }
    figures.push(coreFigure(documents, runs));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return figures;
}

/** The core alone: records from the sidecars' texts, then the project, its XML and the zip. */
function coreFigure(documents: readonly BenchDocument[], runs: number): QdpxExportFigure {
  const codebook = loadCodebook(codebookYaml(), 'codebook.yaml');
  let [best, cpu] = [Infinity, Infinity];
  let bytes = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const records = documents.flatMap(
      (d) =>
        sidecarExportRecords(
          { document: d.path, sidecar: `${d.path}.annotations.yaml`, sidecarText: d.sidecar, documentText: d.text },
          codebook,
          buildCatalog([]),
        ).records,
    );
    const file = exportQdpx({
      name: 'bench',
      documents: documents.map((d) => ({ path: d.path, text: d.text, attributes: new Map() })),
      records,
      codes: codebook.codes,
      unanchored: 'keep',
    });
    best = Math.min(best, performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
    bytes = file.bytes.length;
  }
  return {
    case: 'core: sidecars checked and anchored, project built, XML and zip',
    ms: best,
    cpuMs: cpu,
    annotations: documents.length * PER_DOCUMENT,
    documents: documents.length,
    bytes,
  };
}

export function formatQdpxExportBench(figures: readonly QdpxExportFigure[]): string {
  const width = Math.max(...figures.map((f) => f.case.length));
  const rows = figures.map(
    (f) =>
      `${f.case.padEnd(width)}  ${f.ms.toFixed(0).padStart(6)} ms${f.cpuMs === undefined ? '' : ` (CPU ${f.cpuMs.toFixed(0)} ms)`}  ${f.annotations} annotations over ${f.documents} documents${f.bytes > 0 ? `, ${(f.bytes / 1024).toFixed(0)} KiB archive` : ''}`,
  );
  return ['REFI-QDA export (.qdpx; target: 2,000 annotations over 100 documents within 2 s; best of runs)', ...rows].join('\n');
}
