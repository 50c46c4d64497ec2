// `npm run test:electron`: the same in-editor suite under @vscode/test-electron, in a desktop
// VS Code it downloads (cached in .test-runs/vscode-desktop/). Where the download is not reachable
// (as on machines limited to the npm and Debian registries) it fails with a clear message:
// use `npm run test:vscode` there. On Linux without a display, run it under `xvfb-run -a`.
// VS Code version: POLICY_ANNOTATOR_VSCODE_VERSION (default stable).
import { runTests } from '@vscode/test-electron';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './hostPaths';
import { copyWorkspace, createRunFolder } from './runFolder';
import { CORPUS_DIR, ensureCatalog } from './testWorkspace';

const SUITE_INDEX = path.join(REPO_ROOT, 'dist', 'test', 'vscode', 'index.js');
const CACHE = path.join(REPO_ROOT, '.test-runs', 'vscode-desktop');

async function main(): Promise<number> {
  if (!fs.existsSync(SUITE_INDEX)) throw new Error('dist/test/vscode/index.js is missing: run `node scripts/build-tests.mjs`');
  if (process.platform === 'linux' && !process.env.DISPLAY) {
    console.warn('[electron-tests] no DISPLAY: desktop VS Code needs one (run under `xvfb-run -a npm run test:electron`)');
  }
  const run = createRunFolder('electron-tests');
  const workspace = copyWorkspace(CORPUS_DIR, run);
  ensureCatalog(workspace);
  const summaryFile = path.join(run.logs, 'summary.txt');
  let exitCode: number;
  try {
    exitCode = await runTests({
      version: process.env.POLICY_ANNOTATOR_VSCODE_VERSION ?? 'stable',
      cachePath: CACHE,
      timeout: 20_000,
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: SUITE_INDEX,
      extensionTestsEnv: { POLICY_ANNOTATOR_TEST_SUMMARY: summaryFile },
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--user-data-dir',
        run.userData,
        '--extensions-dir',
        run.extensions,
      ],
    });
  } catch (err) {
    run.remove();
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(
      `could not download or start desktop VS Code (${why}).\n` +
        'This needs update.code.visualstudio.com; where only the npm registry is reachable, run `npm run test:vscode` (same suite, in code-server).',
    );
  }
  if (fs.existsSync(summaryFile)) console.log(fs.readFileSync(summaryFile, 'utf8').trim());
  if (exitCode === 0) run.remove();
  else console.error(`[electron-tests] FAILED (exit code ${exitCode}); run folder kept: ${run.root}`);
  return exitCode;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`[electron-tests] ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
