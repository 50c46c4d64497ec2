/**
 * `policy-annotator scan` over a folder on disk, timed as a user runs it (a new process, wall
 * clock, listing and reading included), beside ripgrep listing every match of the same spellings
 * (`rg -o -w -F -f aliases | wc -l`) in the same run: the generated corpus written out with the
 * sample catalog and then with catalogs padded to 1,000 and 10,000 entities, and any folder given
 * with `--folder` (its own catalog, or the world catalog when it has none).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCatalogs } from '../catalogDiscovery';
import { nodeEnv } from '../nodeEnv';
import type { BenchCorpus } from './corpusGenerator';
import { renderCatalogYaml, type SpecEntity } from './catalogYaml';

export interface FolderScanRow {
  label: string;
  entities: number;
  spellings: number;
  documents: number;
  mb: number;
  /** Best wall-clock time of `policy-annotator scan` (ms). */
  cliMs: number;
  /** Best wall-clock time of ripgrep, undefined when it was not run. */
  rgMs?: number;
  rgMatches?: number;
  /** Why ripgrep was not run. */
  rgSkipped?: string;
}

export interface FolderScanBench {
  ripgrep: string | undefined;
  rows: FolderScanRow[];
}

/** ripgrep: on PATH, else the one the project's VS Code host ships. */
export function findRipgrep(repoRoot: string): string | undefined {
  const found = spawnSync('rg', ['--version'], { encoding: 'utf8' });
  if (found.status === 0) return 'rg';
  const bundled = join(
    repoRoot,
    'test/vscode-host/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep-universal/bin',
    `${process.platform}-${process.arch === 'x64' ? 'x64' : process.arch}`,
    'rg',
  );
  return existsSync(bundled) ? bundled : undefined;
}

/** Every spelling the catalog the CLI would use for `folder` looks for. */
export async function spellingsFor(folder: string, catalogs: readonly string[]): Promise<{ spellings: string[]; entities: number }> {
  const env = nodeEnv();
  const loaded = await loadCatalogs(env, await env.openFolder(folder), catalogs);
  const spellings = new Set<string>();
  for (const e of loaded.catalog.entities) for (const s of e.spellings) spellings.add(s.text);
  return { spellings: [...spellings], entities: loaded.catalog.entities.length };
}

function bestOf(runs: number, fn: () => void): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** A ripgrep run longer than this is stopped and reported as such. */
const RG_TIMEOUT_MS = 180_000;

interface Case {
  label: string;
  folder: string;
  catalogs: string[];
  documents: number;
  mb: number;
  ripgrep: boolean;
}

async function measure(c: Case, cli: string, rg: string | undefined, work: string, runs: number): Promise<FolderScanRow> {
  const { spellings, entities } = await spellingsFor(c.folder, c.catalogs);
  const cliMs = bestOf(runs, () => {
    // Every document scanned: the scan cache would answer the second run of three.
    const r = spawnSync(process.execPath, [cli, 'scan', c.folder, '--no-cache', ...c.catalogs.flatMap((f) => ['--catalog', f])], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(`policy-annotator scan failed (${r.status}): ${r.stderr}`);
  });
  const row: FolderScanRow = { label: c.label, entities, spellings: spellings.length, documents: c.documents, mb: c.mb, cliMs };
  if (!rg) return { ...row, rgSkipped: 'ripgrep not found' };
  if (!c.ripgrep) return { ...row, rgSkipped: 'not run' };
  const patterns = join(work, 'aliases.txt');
  writeFileSync(patterns, `${spellings.join('\n')}\n`);
  let matches = 0;
  let timedOut = false;
  const rgMs = bestOf(runs, () => {
    if (timedOut) return;
    const r = ripgrepMatches(rg, patterns, c.folder);
    timedOut = r === undefined;
    matches = r ?? 0;
  });
  if (timedOut) return { ...row, rgSkipped: `over ${RG_TIMEOUT_MS / 1000} s` };
  return { ...row, rgMs, rgMatches: matches };
}

/** How many matches ripgrep lists of the spellings in `patterns` (one a line) as whole words under
 * `folder`; undefined when it ran over RG_TIMEOUT_MS. Piped into a counter: ripgrep stops at the
 * first match when it writes to /dev/null. */
export function ripgrepMatches(rg: string, patterns: string, folder: string): number | undefined {
  const r = spawnSync('sh', ['-c', `"$0" -o -w -F -f "$1" "$2" | wc -l`, rg, patterns, folder], {
    encoding: 'utf8',
    timeout: RG_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  return r.error !== undefined || r.signal !== null ? undefined : Number(r.stdout.trim());
}

export interface FolderScanOptions {
  repoRoot: string;
  cli: string;
  corpus: BenchCorpus;
  /** The sample catalog's text (it extends the world catalog) and synthetic entities to pad it. */
  sampleCatalog: string;
  synthetic: readonly SpecEntity[];
  sizes: readonly number[];
  folders: readonly string[];
  runs: number;
  progress: (message: string) => void;
}

export async function runFolderScanBench(o: FolderScanOptions): Promise<FolderScanBench> {
  const rg = findRipgrep(o.repoRoot);
  const work = mkdtempSync(join(tmpdir(), 'pa-bench-scan-'));
  try {
    const corpusDir = join(work, 'corpus');
    mkdirSync(corpusDir);
    for (const d of o.corpus.documents) {
      mkdirSync(dirname(join(corpusDir, d.id)), { recursive: true });
      writeFileSync(join(corpusDir, d.id), d.text);
    }
    writeFileSync(join(corpusDir, 'entities.yaml'), o.sampleCatalog);
    const mb = o.corpus.totalBytes / 1e6;
    const cases: Case[] = [
      { label: 'generated, sample catalog', folder: corpusDir, catalogs: [], documents: o.corpus.documents.length, mb, ripgrep: true },
    ];
    const base = (await spellingsFor(corpusDir, [])).entities;
    for (const size of o.sizes.filter((s) => s > base && s - base <= o.synthetic.length)) {
      const padding = join(work, `padding-${size}.entities.yaml`);
      writeFileSync(padding, renderCatalogYaml(o.synthetic.slice(0, size - base), `${size} entities`));
      cases.push({
        label: `generated, ${size.toLocaleString('en-US')} entities`,
        folder: corpusDir,
        catalogs: [join(corpusDir, 'entities.yaml'), padding],
        documents: o.corpus.documents.length,
        mb,
        ripgrep: true,
      });
    }
    for (const folder of o.folders)
      cases.push({ label: folder, folder, catalogs: [], documents: countDocuments(folder), mb: folderMegabytes(folder), ripgrep: true });
    const rows: FolderScanRow[] = [];
    for (const c of cases) {
      o.progress(`folder scan: ${c.label} ...`);
      rows.push(await measure(c, o.cli, rg, work, o.runs));
    }
    return { ripgrep: rg, rows };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function listDocuments(folder: string): string[] {
  const r = spawnSync('find', [folder, '-type', 'f', '(', '-name', '*.txt', '-o', '-name', '*.md', '-o', '-name', '*.markdown', ')'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return r.stdout.split('\n').filter(Boolean);
}

function countDocuments(folder: string): number {
  return listDocuments(folder).length;
}

function folderMegabytes(folder: string): number {
  const r = spawnSync('du', ['-sb', folder], { encoding: 'utf8' });
  return Number(r.stdout.split('\t')[0]) / 1e6;
}

export function formatFolderScanBench(b: FolderScanBench): string {
  const out = [
    'Folder scan as a user runs it: `policy-annotator scan <folder>` (a new process, best wall clock) beside',
    `ripgrep listing every match of the same spellings (rg -o -w -F -f aliases | wc -l)${b.ripgrep ? '' : ': ripgrep not found'}`,
    '',
    '| folder | entities | spellings | documents | MB | scan | ripgrep | scan / ripgrep |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of b.rows) {
    const rg = r.rgMs === undefined ? `(${r.rgSkipped})` : `${(r.rgMs / 1000).toFixed(2)} s`;
    const ratio = r.rgMs === undefined ? '' : (r.cliMs / r.rgMs).toFixed(2);
    out.push(
      `| ${r.label} | ${r.entities.toLocaleString('en-US')} | ${r.spellings.toLocaleString('en-US')} | ${r.documents.toLocaleString('en-US')} | ${r.mb.toFixed(0)} | ${(r.cliMs / 1000).toFixed(2)} s | ${rg} | ${ratio} |`,
    );
  }
  return out.join('\n');
}
