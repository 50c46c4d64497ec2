// Runs a command to completion, its output shown or kept in a log, and fails with a message naming it.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

export interface CommandOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Append stdout and stderr to this file instead of showing them; its tail is shown on failure. */
  logFile?: string;
}

export function runCommand(cmd: string, args: readonly string[], opts: CommandOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = opts.logFile ? fs.openSync(opts.logFile, 'a') : undefined;
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', log ?? 'inherit', log ?? 'inherit'],
    });
    const done = (err?: Error): void => {
      if (log !== undefined) fs.closeSync(log);
      if (err) reject(err);
      else resolve();
    };
    child.on('error', (err) => done(new Error(`cannot run ${cmd}: ${err.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) return done();
      const tail = opts.logFile ? `\n--- last lines of ${opts.logFile} ---\n${logTail(opts.logFile, 30)}` : '';
      done(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit code ${code}`})${tail}`));
    });
  });
}

function logTail(file: string, lines: number): string {
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** True when `cmd` is found on PATH. */
export function commandExists(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Variables an enclosing `npm run` sets that would mislead an npm started from within it. */
const NPM_RUN_VARS = new Set([
  'npm_config_user_agent', // code-server's postinstall reads the Node version from it
  'npm_node_execpath',
  'npm_execpath',
  'npm_command',
  'npm_config_npm_version',
  'npm_config_local_prefix', // would make the inner npm install into the outer project
  'npm_config_allow_scripts', // exported empty; the host package.json's allowScripts applies
]);

/**
 * The environment for an npm that must behave as if started fresh, not as part of the enclosing
 * `npm run` (whose Node is not Node 24 and whose project is not the host folder). Other npm_config_*
 * (registry, cache, proxy settings) pass through.
 */
export function freshNpmEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    const key = k.toLowerCase();
    if (NPM_RUN_VARS.has(key) || key.startsWith('npm_package_') || key.startsWith('npm_lifecycle_')) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}
