// Helpers for the CLI tests: build dist/cli.js once and run it as a child process.
import { spawnSync } from 'node:child_process';

export const FIXTURES = 'test/fixtures/cli';
const CLI = 'dist/cli.js';
let built = false;

/** Builds dist/ once per test run (the CLI tests run the real bundle). */
export function buildCli(): void {
  if (built) return;
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node scripts/build.mjs failed:\n${result.stderr}`);
  built = true;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of every run: the scan cache off, so that no test reads or writes the user's
 * cache folder (the cache's own tests turn it on in a temporary folder: runBuiltCliWith). */
export const CLI_ENV: NodeJS.ProcessEnv = { ...process.env, POLICY_ANNOTATOR_CACHE: 'off' };

/** Runs `node dist/cli.js ...args` from the repository root. */
export function runBuiltCli(...args: string[]): CliRun {
  return runBuiltCliWith({}, ...args);
}

/** The same, with these environment variables changed (undefined: removed). */
export function runBuiltCliWith(vars: Record<string, string | undefined>, ...args: string[]): CliRun {
  const env = { ...CLI_ENV, ...vars };
  for (const [name, value] of Object.entries(vars)) if (value === undefined) delete env[name];
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
