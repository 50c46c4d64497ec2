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
import { followFile } from './followFile';
import { REPO_ROOT } from './hostPaths';
import { startHostSession, type HostSession } from './hostSession';
import { ensureHostInstalled } from './install';
import { MemorySampler } from './processTree';
import { CORPUS_DIR, ensureCatalog } from './testWorkspace';

const SUITE_INDEX = path.join(REPO_ROOT, 'dist', 'test', 'vscode', 'index.js');

type Outcome = { exitCode: number } | { timedOut: true };

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      workspace: { type: 'string' }, grep: { type: 'string' },
      timeout: { type: 'string', default: '300' }, keep: { type: 'boolean', default: false },
    },
  });
  for (const built of [SUITE_INDEX, path.join(REPO_ROOT, 'dist', 'extension.js')]) {
    if (!fs.existsSync(built)) throw new Error(`${path.relative(REPO_ROOT, built)} is missing: run \`npm run build && node scripts/build-tests.mjs\``);
  }
  await ensureHostInstalled(); // first run on a machine: minutes, not part of the figures below
  const started = Date.now();
  const memory = new MemorySampler();
  let reportExit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => { reportExit = resolve; });
  let session: HostSession | undefined;
  let stopFollowing = (): void => undefined;
  try {
    session = await startHostSession({
      kind: 'vscode-tests',
      workspaceSource: path.resolve(values.workspace ?? CORPUS_DIR),
      prepareWorkspace: values.workspace ? undefined : ensureCatalog,
      extensionTestsPath: SUITE_INDEX,
      env: (run) => ({
        POLICY_ANNOTATOR_TEST_SUMMARY: path.join(run.logs, 'summary.txt'),
        POLICY_ANNOTATOR_TEST_LOG: path.join(run.logs, 'mocha.log'),
        ...(values.grep ? { POLICY_ANNOTATOR_TEST_GREP: values.grep } : {}),
      }),
      beforeNavigate: async (page) => {
        // Must exist before the workbench loads: it reports the tests' exit code through it.
        await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(Number(code)));
      },
    });
    const run = session.run;
    console.log(`[vscode-tests] VS Code host on ${session.server.origin}, run folder ${run.root}`);
    stopFollowing = followFile(path.join(run.logs, 'mocha.log'), (text) => process.stdout.write(text));
    const timeoutMs = Number(values.timeout) * 1000;
    const outcome = await Promise.race<Outcome>([
      exited.then((exitCode) => ({ exitCode })),
      new Promise<Outcome>((resolve) => setTimeout(() => resolve({ timedOut: true }), timeoutMs).unref()),
    ]);
    stopFollowing();
    const summaryFile = path.join(run.logs, 'summary.txt');
    const summary = fs.existsSync(summaryFile) ? fs.readFileSync(summaryFile, 'utf8').trim() : undefined;
    const exitCode = 'exitCode' in outcome ? outcome.exitCode : 1;
    if ('timedOut' in outcome) console.error(`[vscode-tests] timed out after ${values.timeout} s`);
    console.log(summary ?? '[vscode-tests] no test summary: the suite did not run to its end');
    const failed = exitCode !== 0 || summary === undefined;
    if (failed) {
      const shot = await session.screenshot('failure').catch(() => undefined);
      console.error(`[vscode-tests] FAILED (exit code ${exitCode}). Logs kept: ${run.logs} (code-server.log, browser-console.log, mocha.log, server/)`);
      if (shot) console.error(`  screenshot: ${shot}`);
    }
    await session.close({ keep: values.keep, keepLogs: failed });
    const peak = memory.stop();
    console.log(`[vscode-tests] took ${((Date.now() - started) / 1000).toFixed(1)} s; peak memory of server + browser: ${peak.pssMB} MB PSS (${peak.rssMB} MB summed RSS)`);
    return failed ? Math.max(exitCode, 1) : 0;
  } finally {
    stopFollowing();
    await session?.close({ keepLogs: true });
  }
}

main().then((code) => { process.exitCode = code; }, (err: unknown) => {
  console.error(`[vscode-tests] ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
