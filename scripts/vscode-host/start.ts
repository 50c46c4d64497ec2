// `npm start [-- <folder>]`: opens that folder in VS Code with the extension under development
// loaded; without one, a copy of the sample corpus (sampleCopy.ts), never corpus/ itself.
// Desktop VS Code when `code` is on PATH; otherwise the project's own VS Code host (code-server) on
// 127.0.0.1 (port 8080 when free), its URL printed, up until Ctrl-C, then stopped cleanly.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from './hostPaths';
import { startHostSession } from './hostSession';
import { commandExists } from './runCommand';
import { ensureSampleCopy, sampleCopyDir } from './sampleCopy';
import { invocationDir, parseStartArgs, START_USAGE, StartArgsError } from './startArgs';
import { CORPUS_DIR } from './testWorkspace';

function openInDesktop(folder: string): Promise<number> {
  console.log(`[start] code --extensionDevelopmentPath=${REPO_ROOT} ${folder}`);
  const child = spawn('code', [`--extensionDevelopmentPath=${REPO_ROOT}`, folder], { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function openInHost(folder: string): Promise<number> {
  const session = await startHostSession({
    kind: 'start',
    workspaceSource: folder,
    openInPlace: true,
    browser: false,
    port: 8080,
    settings: { 'workbench.startupEditor': 'none' },
  });
  console.log(`\nPolicy Annotator is running in VS Code (code-server) with ${folder} open:\n`);
  console.log(`  ${session.url}\n`);
  console.log(
    `Open that address in a browser on this machine (bound to 127.0.0.1; forward port ${session.server.port} to reach it from elsewhere).`,
  );
  console.log(`Reload the page after \`npm run build\` to load a new build. Server log: ${session.server.logFile}`);
  console.log('Press Ctrl-C to stop.');
  // Ctrl-C is handled by the session: it stops the server, removes the run folder and exits.
  const ended = await Promise.race([
    session.interrupted.then(() => 'interrupted' as const),
    session.server.exited.then(() => 'server exited' as const),
  ]);
  if (ended === 'interrupted') return new Promise<number>(() => undefined); // the session exits the process
  console.error(`[start] the VS Code server stopped on its own; its log is kept: ${session.server.logFile}`);
  await session.close({ keepLogs: true });
  return 1;
}

/** The sample corpus's copy, made on the first run and kept (with the user's changes) afterwards. */
function sampleFolder(): string {
  const copy = sampleCopyDir();
  const { created } = ensureSampleCopy(CORPUS_DIR, copy);
  console.log(
    created
      ? `[start] Opening a copy of the sample corpus, made just now from corpus/: ${copy}`
      : `[start] Opening your copy of the sample corpus (kept from an earlier run, with your changes): ${copy}`,
  );
  console.log(
    `[start] To start again from the sample, delete that folder (rm -rf "${copy}"). To open your own texts: npm start -- <folder>`,
  );
  return copy;
}

async function main(): Promise<number> {
  const request = parseStartArgs(process.argv.slice(2), invocationDir());
  if (request.kind === 'help') {
    console.log(START_USAGE);
    return 0;
  }
  const folder = request.kind === 'folder' ? request.folder : sampleFolder();
  if (request.kind === 'folder' && path.relative(CORPUS_DIR, folder) === '') {
    console.log("[start] This is the project's own sample corpus: your edits change it. `npm start` without a folder opens a copy.");
  }
  if (process.env.POLICY_ANNOTATOR_START_HOST !== '1' && commandExists('code')) return openInDesktop(folder);
  return openInHost(folder);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`[start] ${err instanceof StartArgsError ? 'npm start: ' : ''}${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
