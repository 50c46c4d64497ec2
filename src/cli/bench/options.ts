/** Command line of `npm run bench` (`node dist/bench.js [options]`). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface BenchOptions {
  /** Corpus size in MB (10^6 UTF-8 bytes). */
  mb: number;
  seed: number;
  sizes: number[];
  indexRuns: number;
  corpusDir: string;
  /** Print the results as JSON after the tables (true), write them to a file (string), or not (false). */
  json: boolean | string;
  /** Real folders to time `policy-annotator scan` and ripgrep on, besides the generated corpus. */
  folders: string[];
  /** Time the folder scans (CLI and ripgrep in new processes); off with --no-folder-scan. */
  folderScan: boolean;
  /** Only the REFI-QDA import case (--qdpx-only). */
  qdpxOnly: boolean;
  help: boolean;
}

export const USAGE = `Usage: node dist/bench.js [options]   (npm run bench -- [options])

Scaling bench of the mention matcher and corpus index. Deterministic for a given seed.

  --mb N          corpus size in MB of UTF-8 text (default 100)
  --quick         10 MB corpus, 2 timed index passes: a smoke run
  --sizes A,B,..  catalog sizes in entities (default 100,1000,10000,50000)
  --runs N        timed passes over the corpus per catalog, after one warm-up (default 3)
  --seed N        seed of the corpus and catalog generators (default 1)
  --corpus DIR    sample documents and entities.yaml (default ./corpus)
  --folder DIR    also time \`policy-annotator scan DIR\` and ripgrep, and the Analysis panel's model,
                  on a folder of yours (repeatable)
  --qdpx-only     only the REFI-QDA import case (100 documents, 2,000 annotations)
  --no-folder-scan  skip the folder scans (the CLI and ripgrep over the corpus written to disk)
  --json[=FILE]   also print the results as JSON (or write them to FILE)
  --help          this text
`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const o: BenchOptions = {
    mb: 100,
    seed: 1,
    sizes: [100, 1000, 10000, 50000],
    indexRuns: 3,
    corpusDir: defaultCorpusDir(),
    json: false,
    folders: [],
    folderScan: true,
    qdpxOnly: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = splitFlag(argv[i]);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--mb':
        o.mb = positive(flag, value());
        break;
      case '--quick':
        o.mb = 10;
        o.indexRuns = 2;
        break;
      case '--sizes':
        o.sizes = value()
          .split(',')
          .map((s) => Math.round(positive(flag, s)));
        break;
      case '--runs':
        o.indexRuns = Math.round(positive(flag, value()));
        break;
      case '--seed':
        o.seed = Math.round(Number(value())) | 0;
        break;
      case '--corpus':
        o.corpusDir = resolve(value());
        break;
      case '--json':
        o.json = inline ?? true;
        break;
      case '--folder':
        o.folders.push(existingFolder(value()));
        break;
      case '--qdpx-only':
        o.qdpxOnly = true;
        break;
      case '--no-folder-scan':
        o.folderScan = false;
        break;
      case '--help':
      case '-h':
        o.help = true;
        break;
      default:
        throw new Error(`unknown option ${argv[i]} (see --help)`);
    }
  }
  return o;
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

function positive(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} needs a positive number, not '${text}'`);
  return n;
}

/** ./corpus when run from the repository, else the corpus next to the bundle (dist/..). */
function defaultCorpusDir(): string {
  const here = resolve('corpus');
  return existsSync(here) ? here : resolve(__dirname, '..', 'corpus');
}

function existingFolder(dir: string): string {
  const full = resolve(dir);
  if (!existsSync(full)) throw new Error(`--folder ${dir}: no such folder`);
  return full;
}
