// Command line of `npm run bench:editor` (scripts/vscode-host/benchEditor.ts).
import * as path from 'node:path';
import { parseArgs } from 'node:util';

export interface BenchEditorOptions {
  /** Folder opened in place; undefined: a corpus is generated into the run folder. */
  folder: string | undefined;
  /** Size of the generated corpus, MB (10^6 bytes of UTF-8). */
  mb: number;
  seed: number;
  timeoutSeconds: number;
  keep: boolean;
  help: boolean;
}

export const BENCH_EDITOR_USAGE = `Usage: npm run bench:editor -- [options]

Opens a folder in the project's VS Code host (code-server + headless Chromium) with the extension,
waits for the index and measures the extension host: indexing time, event-loop stalls, heap, Find
All References on the most-mentioned entity and Rebuild Index; the CLI's scan of the same folder
is timed first for comparison. Prints a table, then one JSON object as the last line.

  --folder DIR   open DIR in place (never copied, never written); default: generate a corpus as
                 \`npm run bench\` does, with the sample catalog, in the run folder (removed after)
  --mb N         size of the generated corpus in MB (default 100; not with --folder)
  --seed N       seed of the generated corpus (default 1, as \`npm run bench\`)
  --timeout S    give up after S seconds (default 1200)
  --keep         keep the run folder (generated corpus and logs) even on success
  --help         this text
`;

function positive(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${flag} needs a positive number, not '${text}'`);
  return n;
}

/** Throws a one-line message on a bad command line. */
export function parseBenchEditorArgs(argv: readonly string[], cwd = process.cwd()): BenchEditorOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      folder: { type: 'string' },
      mb: { type: 'string' },
      seed: { type: 'string' },
      timeout: { type: 'string' },
      keep: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new Error(`unexpected argument '${positionals[0]}' (a folder goes after --folder)`);
  if (values.folder !== undefined && values.mb !== undefined)
    throw new Error('--mb sizes a generated corpus: it does not go with --folder');
  if (values.folder !== undefined && values.folder.trim() === '') throw new Error('--folder needs a folder');
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed needs a whole number, not '${values.seed}'`);
  return {
    folder: values.folder === undefined ? undefined : path.resolve(cwd, values.folder),
    mb: values.mb === undefined ? 100 : positive('mb', values.mb),
    seed,
    timeoutSeconds: values.timeout === undefined ? 1200 : positive('timeout', values.timeout),
    keep: values.keep === true,
    help: values.help === true,
  };
}
