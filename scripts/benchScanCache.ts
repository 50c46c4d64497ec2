// `npm run bench:cache [-- --mb N] [--folder DIR]... [--runs N] [--baseline CLI]`: the scan cache's effect, timed
// as a user meets it. Writes the `npm run bench` corpus (100 MB of the sample's paragraphs, seed 1,
// the sample catalog) to a temporary folder, adds the folders given, waits until their files count
// as settled, then runs `scan` and `cooccur` (dist/cli.js, a new process each) in rounds, each round
// interleaving three runs: --no-cache, a cold cache (an empty cache folder: every document scanned
// and the cache written) and a warm one (the cache that cold run left), and, with --baseline, the
// same command of another build (its dist/cli.js: say, the one before the cache), and ripgrep listing
// every whole-word match of the same catalog's spellings (as `npm run bench` does). Prints the
// median and range of the wall-clock times, and checks that every output of a round is the same.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { generateCorpus, readSampleParagraphs } from '../src/cli/bench/corpusGenerator';
import { findRipgrep, ripgrepMatches, spellingsFor } from '../src/cli/bench/folderScanBench';
import { Random } from '../src/cli/bench/random';
import { SETTLE_MARGIN_MS } from '../src/core/indexing/scanCacheValidity';

const CLI = resolve('dist/cli.js');
const COMMANDS: Record<string, string[]> = { scan: ['scan', '--format', 'csv'], cooccur: ['cooccur', '--format', 'csv'] };
const MODES = ['baseline', 'no cache', 'cold', 'warm'] as const;
type Mode = (typeof MODES)[number];

function options(argv: string[]): { mb: number; runs: number; folders: string[]; baseline?: string } {
  const o: { mb: number; runs: number; folders: string[]; baseline?: string } = { mb: 100, runs: 3, folders: [] };
  for (let i = 0; i < argv.length; i++) {
    const value = (): string => argv[++i] ?? '';
    if (argv[i] === '--mb') o.mb = Number(value());
    else if (argv[i] === '--runs') o.runs = Number(value());
    else if (argv[i] === '--folder') o.folders.push(resolve(value()));
    else if (argv[i] === '--baseline') o.baseline = resolve(value());
    else throw new Error(`unknown option ${argv[i]} (--mb N, --runs N, --folder DIR, --baseline CLI)`);
  }
  return o;
}

function writeBenchCorpus(dir: string, mb: number): void {
  const corpus = generateCorpus(readSampleParagraphs('corpus'), mb * 1e6, new Random(1).fork('corpus'));
  for (const d of corpus.documents) {
    mkdirSync(dirname(join(dir, d.id)), { recursive: true });
    writeFileSync(join(dir, d.id), d.text);
  }
  writeFileSync(join(dir, 'entities.yaml'), readFileSync('corpus/entities.yaml', 'utf8'));
}

/** One run: wall-clock ms and what it printed. */
function run(cli: string, args: string[], cacheHome: string, noCache: boolean): { ms: number; out: string } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args, ...(noCache ? ['--no-cache'] : [])], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, XDG_CACHE_HOME: cacheHome, POLICY_ANNOTATOR_CACHE: 'on' },
  });
  const ms = performance.now() - started;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, out: r.stdout };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `${seconds(sorted[Math.floor(sorted.length / 2)])} (${seconds(sorted[0])}–${seconds(sorted[sorted.length - 1])})`;
}

function cacheBytes(cacheHome: string): number {
  const dir = join(cacheHome, 'policy-annotator', 'scans');
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'pa-bench-cache-'));
  try {
    const generated = join(work, 'corpus');
    process.stderr.write(`[bench:cache] writing the ${o.mb} MB bench corpus ...\n`);
    writeBenchCorpus(generated, o.mb);
    spawnSync('sync');
    const wait = SETTLE_MARGIN_MS + 1000;
    process.stderr.write(`[bench:cache] waiting ${wait / 1000} s for its files to settle ...\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
    const modes = MODES.filter((m) => m !== 'baseline' || o.baseline);
    const rg = findRipgrep(process.cwd());
    const rows: string[] = [
      `| folder | command | ${modes.map((m) => (m === 'baseline' ? 'baseline' : m === 'no cache' ? '--no-cache' : `${m} cache`)).join(' | ')} | cache file | ripgrep |`,
      `| --- | --- | ${modes.map(() => '---:').join(' | ')} | ---: | ---: |`,
    ];
    const folders = [generated, ...o.folders];
    for (const folder of folders) {
      const label = folder === generated ? `generated ${o.mb} MB` : folder;
      const patterns = join(work, `spellings-${folders.indexOf(folder)}.txt`);
      writeFileSync(patterns, `${(await spellingsFor(folder, [])).spellings.join('\n')}\n`);
      const rgTimes: number[] = [];
      for (const [name, args] of Object.entries(COMMANDS)) {
        const times: Record<Mode, number[]> = { baseline: [], 'no cache': [], cold: [], warm: [] };
        let bytes = 0;
        for (let round = 0; round < o.runs; round++) {
          const cacheHome = join(work, `cache-${folders.indexOf(folder)}-${name}-${round}`);
          const outs = modes.map((mode) => {
            const r = run(
              mode === 'baseline' ? (o.baseline ?? CLI) : CLI,
              [args[0], folder, ...args.slice(1)],
              cacheHome,
              mode === 'no cache',
            );
            times[mode].push(r.ms);
            return r.out;
          });
          if (outs.some((out) => out !== outs[0])) throw new Error(`${label} ${name}: the outputs of round ${round + 1} differ`);
          if (rg && name === 'scan') {
            const started = performance.now();
            if (ripgrepMatches(rg, patterns, folder) !== undefined) rgTimes.push(performance.now() - started);
          }
          bytes = cacheBytes(cacheHome);
          process.stderr.write(
            `[bench:cache] ${label} ${name} round ${round + 1}: ${modes.map((m) => `${m} ${seconds(times[m][round])}`).join(', ')}\n`,
          );
        }
        const ripgrep = name !== 'scan' ? '' : rgTimes.length > 0 ? summary(rgTimes) : rg ? 'over its time limit' : 'not found';
        rows.push(
          `| ${label} | ${name} | ${modes.map((m) => summary(times[m])).join(' | ')} | ${(bytes / 1e6).toFixed(1)} MB | ${ripgrep} |`,
        );
      }
    }
    process.stdout.write(`${rows.join('\n')}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
