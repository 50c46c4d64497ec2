// `npm run test:vscode`: runs the compiled in-editor suite (dist/test/vscode/index.js) inside the
// extension host of a real VS Code (code-server + headless Chromium), prints mocha's output and its
// "N passed, N failed" line, and exits with the suite's exit code. Options:
//   --workspace <dir>  folder to copy and open instead of corpus/
//   --grep <pattern>   only tests whose full title matches
//   --timeout <s>      give up after this many seconds (default 300)
//   --keep             keep the run folder even on success
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { requireBuilt, runEntryInHost } from './hostEntryRun';
import { REPO_ROOT } from './hostPaths';
import { CORPUS_DIR, ensureCatalog } from './testWorkspace';

const SUITE_INDEX = path.join(REPO_ROOT, 'dist', 'test', 'vscode', 'index.js');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      workspace: { type: 'string' },
      grep: { type: 'string' },
      timeout: { type: 'string', default: '300' },
      keep: { type: 'boolean', default: false },
    },
  });
  requireBuilt([SUITE_INDEX, path.join(REPO_ROOT, 'dist', 'extension.js')], 'npm run build && node scripts/build-tests.mjs');
  return runEntryInHost({
    kind: 'vscode-tests',
    workspaceSource: path.resolve(values.workspace ?? CORPUS_DIR),
    prepareWorkspace: values.workspace ? undefined : ensureCatalog,
    entry: SUITE_INDEX,
    logFile: 'mocha.log',
    env: (run) => ({
      POLICY_ANNOTATOR_TEST_SUMMARY: path.join(run.logs, 'summary.txt'),
      POLICY_ANNOTATOR_TEST_LOG: path.join(run.logs, 'mocha.log'),
      ...(values.grep ? { POLICY_ANNOTATOR_TEST_GREP: values.grep } : {}),
    }),
    timeoutSeconds: Number(values.timeout),
    keep: values.keep,
    finish: (run) => {
      const summaryFile = path.join(run.logs, 'summary.txt');
      const summary = fs.existsSync(summaryFile) ? fs.readFileSync(summaryFile, 'utf8').trim() : undefined;
      console.log(summary ?? '[vscode-tests] no test summary: the suite did not run to its end');
      return summary === undefined;
    },
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`[vscode-tests] ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
