// `npm run bench:editor -- [--folder DIR]`: the editor bench. Times the CLI's scan of the folder,
// then opens the folder (in place, never written: checked before and after) in the project's VS Code
// host with the extension and the bench entry (test/bench/editorBench.ts, built to dist/test/bench/),
// which measures the extension host; prints a table and, as its last line, one JSON object.
// Without --folder, a corpus is generated into the run folder as `npm run bench` does (removed after).
import * as os from 'node:os';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BENCH_ENV, type HostFigures } from '../../test/bench/hostFigures';
import { benchEditorSummary, formatBenchEditorTable } from './benchEditorReport';
import { BENCH_EDITOR_USAGE, parseBenchEditorArgs, type BenchEditorOptions } from './benchEditorOptions';
import { CLI, timeCliScan, type CliScanTiming } from './cliScanTiming';
import { folderChanges, readFolderState, type FolderState } from './folderState';
import { writeGeneratedFolder } from './generatedBenchFolder';
import { requireBuilt, runEntryInHost } from './hostEntryRun';
import { REPO_ROOT } from './hostPaths';
import { runBenchMain } from './benchMain';

const ENTRY = path.join(REPO_ROOT, 'dist', 'test', 'bench', 'editorBench.js');
const tag = '[bench-editor]';

async function bench(opts: BenchEditorOptions): Promise<number> {
  requireBuilt([ENTRY, CLI, path.join(REPO_ROOT, 'dist', 'extension.js')], 'npm run build && node scripts/build-tests.mjs --bench');
  if (opts.folder !== undefined && !fs.statSync(opts.folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`--folder ${opts.folder}: not a folder`);
  }
  const loadBefore = os.loadavg()[0];
  let folder = opts.folder ?? '';
  let before: FolderState | undefined;
  let cli: CliScanTiming | undefined;
  let host: HostFigures | undefined;
  let untouched = false;
  const code = await runEntryInHost({
    kind: 'bench-editor',
    ...(opts.folder !== undefined
      ? { workspaceSource: opts.folder, openInPlace: true }
      : {
          createWorkspace: async (run) => {
            console.log(`${tag} generating a ${opts.mb} MB corpus (seed ${opts.seed}) in the run folder ...`);
            const generated = await writeGeneratedFolder(path.join(run.root, 'bench-corpus'), opts.mb, opts.seed);
            console.log(
              `${tag} ${generated.documents} documents, ${(generated.bytes / 1e6).toFixed(1)} MB; catalog: ${generated.catalogSource}`,
            );
            return generated.folder;
          },
        }),
    // Before the server starts: the CLI runs on a quiet machine, as the editor will.
    prepareWorkspace: async (workspace) => {
      folder = workspace;
      before = readFolderState(workspace);
      console.log(`${tag} node dist/cli.js scan ${workspace} ...`);
      cli = await timeCliScan(workspace);
      console.log(
        `${tag} CLI: ${Math.round(cli.ms)} ms, ${cli.documents} documents, ${cli.mentions} mentions; opening the folder in the editor ...`,
      );
    },
    entry: ENTRY,
    logFile: 'bench.log',
    env: (run) => ({ [BENCH_ENV.result]: path.join(run.logs, 'figures.json'), [BENCH_ENV.log]: path.join(run.logs, 'bench.log') }),
    timeoutSeconds: opts.timeoutSeconds,
    keep: opts.keep,
    finish: (run) => {
      const figures = path.join(run.logs, 'figures.json');
      if (fs.existsSync(figures)) host = JSON.parse(fs.readFileSync(figures, 'utf8')) as HostFigures;
      else console.error(`${tag} the bench entry wrote no figures`);
      const changes = before ? folderChanges(before, readFolderState(folder)) : ['(not read before the run)'];
      untouched = changes.length === 0;
      if (!untouched) console.error(`${tag} THE FOLDER CHANGED during the run:\n  ${changes.join('\n  ')}`);
      return host === undefined || !untouched;
    },
  });
  if (host && cli && before) {
    const run = {
      folder,
      generated: opts.folder === undefined,
      files: before.files,
      corpusDocuments: before.corpusDocuments,
      corpusBytes: before.corpusBytes,
      cli,
      host,
      folderUntouched: untouched,
      cpus: os.cpus().length,
      loadBefore,
      loadAfter: os.loadavg()[0],
    };
    console.log(`\n${formatBenchEditorTable(run)}\n`);
    console.log(JSON.stringify(benchEditorSummary(run)));
  }
  return code;
}

runBenchMain(tag, BENCH_EDITOR_USAGE, (argv) => parseBenchEditorArgs(argv), bench);
