// `npm start`: opens corpus/ in VS Code with the extension under development loaded.
// Desktop VS Code when `code` is on PATH; otherwise the project's own VS Code host (code-server) on
// 127.0.0.1 (port 8080 when free), its URL printed, up until Ctrl-C, then stopped cleanly.
import { spawn } from 'node:child_process';
import { REPO_ROOT } from './hostPaths';
import { startHostSession } from './hostSession';
import { commandExists } from './runCommand';
import { CORPUS_DIR } from './testWorkspace';

function openInDesktop(): Promise<number> {
  console.log(`[start] code --extensionDevelopmentPath=${REPO_ROOT} ${CORPUS_DIR}`);
  const child = spawn('code', [`--extensionDevelopmentPath=${REPO_ROOT}`, CORPUS_DIR], { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function openInHost(): Promise<number> {
  const session = await startHostSession({
    kind: 'start', workspaceSource: CORPUS_DIR, openInPlace: true, browser: false, port: 8080,
    settings: { 'workbench.startupEditor': 'none' },
  });
  console.log('\nPolicy Annotator is running in VS Code (code-server) with corpus/ open:\n');
  console.log(`  ${session.url}\n`);
  console.log(`Open that address in a browser on this machine (bound to 127.0.0.1; forward port ${session.server.port} to reach it from elsewhere).`);
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

async function main(): Promise<number> {
  if (process.env.POLICY_ANNOTATOR_START_HOST !== '1' && commandExists('code')) return openInDesktop();
  return openInHost();
}

main().then((code) => { process.exitCode = code; }, (err: unknown) => {
  console.error(`[start] ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
