// Command line of `npm run bench:panel` (scripts/vscode-host/benchPanel.ts).
import * as path from 'node:path';
import { parseArgs } from 'node:util';

export interface BenchPanelOptions {
  /** Size of the generated corpus before the entities are woven in, MB (10^6 bytes of UTF-8). */
  mb: number;
  /** Synthetic entities named together in every paragraph. */
  entities: number;
  seed: number;
  /** Timed repetitions of each figure in the one session. */
  runs: number;
  /** Also write the results as JSON to this file. */
  json: string | undefined;
  help: boolean;
}

export const BENCH_PANEL_USAGE = `Usage: npm run bench:panel -- [options]

Opens a generated corpus in the project's VS Code host (code-server + headless Chromium), opens the
Analysis panel and times it inside its webview, as the analyst uses it: opening the panel; Apply
with 200 and with 300 entities until the heatmap is painted; the network tab at 300 entities until
its first frame; then the frames while the network is zoomed and panned for 2 s each. The corpus is
\`npm run bench\`'s, with synthetic entities named together in every paragraph so that hundreds of
entities co-occur. Prints a table, then one JSON object as the last line.

  --mb N         size of the generated corpus in MB before the entities are woven in (default 20)
  --entities N   synthetic entities named together (default 400)
  --seed N       seed of the corpus and the entities (default 1)
  --runs N       timed repetitions of each figure (default 3)
  --json FILE    also write the results to FILE
  --help         this text
`;

function positive(flag: string, text: string, whole = false): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || (whole && !Number.isInteger(n))) {
    throw new Error(`--${flag} needs a positive ${whole ? 'whole ' : ''}number, not '${text}'`);
  }
  return n;
}

/** Throws a one-line message on a bad command line. */
export function parseBenchPanelArgs(argv: readonly string[], cwd = process.cwd()): BenchPanelOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      mb: { type: 'string' },
      entities: { type: 'string' },
      seed: { type: 'string' },
      runs: { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new Error(`unexpected argument '${positionals[0]}'`);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed needs a whole number, not '${values.seed}'`);
  return {
    mb: values.mb === undefined ? 20 : positive('mb', values.mb),
    entities: values.entities === undefined ? 400 : positive('entities', values.entities, true),
    seed,
    runs: values.runs === undefined ? 3 : positive('runs', values.runs, true),
    json: values.json === undefined ? undefined : path.resolve(cwd, values.json),
    help: values.help === true,
  };
}
