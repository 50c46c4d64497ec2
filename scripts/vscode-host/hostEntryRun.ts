// Runs one compiled entry (an `extensionTestsPath` module: the in-editor suite, the editor bench)
// inside the extension host of the project's VS Code host, and waits for it to report its exit
// code through `codeAutomationExit`, or for the timeout. Streams a log file the entry appends to,
// lets the caller read what the entry left in the run folder, keeps the logs (and a screenshot)
// on failure, and always stops the host. Shared by `npm run test:vscode` and `npm run bench:editor`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { followFile } from './followFile';
import { REPO_ROOT } from './hostPaths';
import { startHostSession, type HostSession, type HostSessionOptions } from './hostSession';
import { ensureHostInstalled } from './install';
import { MemorySampler } from './processTree';
import type { RunFolder } from './runFolder';

/** How the entry ended: its exit code (0 when its run() resolved), or the timeout. */
export interface EntryExit {
  exitCode: number;
  timedOut: boolean;
}

export interface EntryRunOptions extends Omit<HostSessionOptions, 'extensionTestsPath' | 'beforeNavigate' | 'kind'> {
  /** Names the run folder and prefixes the runner's messages (`[<kind>]`). */
  kind: string;
  /** The compiled entry, loaded by the extension host. */
  entry: string;
  /** File (in the run's logs folder) the entry appends its output to; streamed to stdout as it grows. */
  logFile: string;
  timeoutSeconds: number;
  /** Keep the whole run folder even on success. */
  keep: boolean;
  /** Reads what the entry left (before the run folder is removed) and says whether the run failed. */
  finish(run: RunFolder, exit: EntryExit): boolean | Promise<boolean>;
}

/** Fails early with the command that builds them when compiled files are missing. */
export function requireBuilt(files: readonly string[], build: string): void {
  for (const built of files) {
    if (!fs.existsSync(built)) throw new Error(`${path.relative(REPO_ROOT, built)} is missing: run \`${build}\``);
  }
}

/** Runs the entry; resolves with the process exit code (0, or at least 1 on failure or timeout). */
export async function runEntryInHost(opts: EntryRunOptions): Promise<number> {
  const tag = `[${opts.kind}]`;
  await ensureHostInstalled(); // first run on a machine: minutes, not part of the figures below
  const started = Date.now();
  const memory = new MemorySampler();
  let reportExit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => {
    reportExit = resolve;
  });
  let session: HostSession | undefined;
  let stopFollowing = (): void => undefined;
  try {
    session = await startHostSession({
      ...opts,
      extensionTestsPath: opts.entry,
      beforeNavigate: async (page) => {
        // Must exist before the workbench loads: the entry's exit code comes through it.
        await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(Number(code)));
      },
    });
    const run = session.run;
    console.log(`${tag} VS Code host on ${session.server.origin}, run folder ${run.root}`);
    stopFollowing = followFile(path.join(run.logs, opts.logFile), (text) => process.stdout.write(text));
    const timeoutMs = opts.timeoutSeconds * 1000;
    const exit = await Promise.race<EntryExit>([
      exited.then((exitCode) => ({ exitCode, timedOut: false })),
      new Promise<EntryExit>((resolve) => setTimeout(() => resolve({ exitCode: 1, timedOut: true }), timeoutMs).unref()),
    ]);
    stopFollowing();
    if (exit.timedOut) console.error(`${tag} timed out after ${opts.timeoutSeconds} s`);
    const failed = (await opts.finish(run, exit)) || exit.exitCode !== 0;
    if (failed) {
      const shot = await session.screenshot('failure').catch(() => undefined);
      console.error(
        `${tag} FAILED (exit code ${exit.exitCode}). Logs kept: ${run.logs} (code-server.log, browser-console.log, ${opts.logFile}, server/)`,
      );
      if (shot) console.error(`  screenshot: ${shot}`);
    }
    await session.close({ keep: opts.keep, keepLogs: failed });
    const peak = memory.stop();
    console.log(
      `${tag} took ${((Date.now() - started) / 1000).toFixed(1)} s; peak memory of server + browser: ${peak.pssMB} MB PSS (${peak.rssMB} MB summed RSS)`,
    );
    return failed ? Math.max(exit.exitCode, 1) : 0;
  } finally {
    stopFollowing();
    memory.stop();
    await session?.close({ keepLogs: true });
  }
}
