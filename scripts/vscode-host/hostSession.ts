// The one place that starts and stops the VS Code host for a run: run folder, code-server, browser.
// Used by the in-editor test runner, the editor bench, the UI tests and `npm start` (without browser).
// Whatever happens (success, failure, timeout, Ctrl-C, even during start) the server's process
// group and the browser are stopped, anything still naming the run folder is killed, and the
// folder is removed (failures keep its logs and screenshot, `keep` keeps all of it).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './browser';
import { startCodeServer, type CodeServer } from './codeServer';
import { freePort } from './freePort';
import { REPO_ROOT } from './hostPaths';
import { ensureHostInstalled } from './install';
import { onInterrupt } from './interrupt';
import { signalGroup, stopProcessGroup } from './processGroup';
import { groupsNaming, killLeftovers } from './processTree';
import { copyWorkspace, createRunFolder, type RunFolder } from './runFolder';
import { workbenchUrl } from './workbenchUrl';

export interface HostSessionOptions {
  /** Names the run folder: `<tmp>/pa-<kind>-xxxxxx`. */
  kind: string;
  /** Folder copied into the run folder and opened as the workspace (unless createWorkspace is given). */
  workspaceSource?: string;
  /** Open workspaceSource itself instead of a copy (npm start: the analyst edits the real files). */
  openInPlace?: boolean;
  /** Creates the folder to open (e.g. generated inside the run folder) instead of copying workspaceSource. */
  createWorkspace?: (run: RunFolder) => string | Promise<string>;
  /** Called with the folder before the server starts and the editor opens it (e.g. to add fixture files). */
  prepareWorkspace?: (workspace: string) => void | Promise<void>;
  extensionTestsPath?: string;
  /** Environment for the server; the extension host inherits it. May use the run folder. */
  env?: (run: RunFolder) => Record<string, string>;
  settings?: Record<string, unknown>;
  /** Port to use when free; default any free port. */
  port?: number;
  /** Open the workbench in headless Chromium (default true). */
  browser?: boolean;
  /** Runs after the page exists and before it navigates (e.g. page.exposeFunction). */
  beforeNavigate?: (page: Page) => Promise<void>;
}

export interface HostSession {
  run: RunFolder;
  server: CodeServer;
  /** The folder the editor opened (a copy, unless opened in place or created). */
  workspace: string;
  url: string;
  /** The workbench page; undefined when started without browser. */
  page: Page | undefined;
  /** Saves a PNG of the page under `dir` (default: the run's logs folder); returns its path. */
  screenshot(name: string, dir?: string): Promise<string | undefined>;
  /** Stops everything and removes the run folder; keepLogs leaves its logs/ (a failure), keep all of it. */
  close(opts?: { keep?: boolean; keepLogs?: boolean }): Promise<void>;
  /** Settles when Ctrl-C (or SIGTERM/SIGHUP) is received; the session is then closed and the process exits. */
  interrupted: Promise<NodeJS.Signals>;
}

export async function startHostSession(opts: HostSessionOptions): Promise<HostSession> {
  await ensureHostInstalled();
  const run = createRunFolder(opts.kind, opts.settings);
  let serverPid: number | undefined;
  let browser: Browser | undefined;
  const groups: number[] = [];
  let closing: Promise<void> | undefined;
  // Last resort if the process exits before close() stopped the server: SIGKILL its group.
  const killOnExit = (): void => {
    if (serverPid !== undefined) signalGroup(serverPid, 'SIGKILL');
  };
  process.on('exit', killOnExit);
  let reportInterrupt: (signal: NodeJS.Signals) => void = () => undefined;
  const interrupted = new Promise<NodeJS.Signals>((resolve) => {
    reportInterrupt = resolve;
  });
  const close = (keep: 'all' | 'logs' | 'none'): Promise<void> => {
    closing ??= (async () => {
      await browser?.close();
      if (serverPid !== undefined) await stopProcessGroup(serverPid);
      process.off('exit', killOnExit);
      const left = killLeftovers(groups, run.root);
      if (left > 0) console.warn(`[host] killed ${left} process(es) left behind by the run`);
      if (keep !== 'all') run.remove({ keepLogs: keep === 'logs' });
      stopListening(); // only now: a second signal during cleanup must not kill us midway
    })();
    return closing;
  };
  const stopListening = onInterrupt(async (signal) => {
    reportInterrupt(signal);
    await close('none');
  });
  try {
    const workspace = await openedFolder(opts, run);
    await opts.prepareWorkspace?.(workspace);
    const port = await freePort(opts.port);
    const server = await startCodeServer({
      port,
      run,
      env: opts.env?.(run),
      onSpawn: (pid) => {
        serverPid = pid;
        groups.push(pid);
      },
    });
    const url = workbenchUrl({
      origin: server.origin,
      port: server.port,
      folder: workspace,
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: opts.extensionTestsPath,
    });
    if (opts.browser !== false) {
      browser = await launchBrowser(run);
      groups.push(...groupsNaming(run.browserProfile));
      await opts.beforeNavigate?.(browser.page);
      await browser.page.goto(url);
    }
    const page = browser?.page;
    return {
      run,
      server,
      workspace,
      url,
      page,
      interrupted,
      screenshot: async (name, dir = run.logs) => {
        if (!page || page.isClosed()) return undefined;
        fs.mkdirSync(dir, { recursive: true });
        const file = path.join(dir, `${name}.png`);
        await page.screenshot({ path: file });
        return file;
      },
      close: (o) => close(o?.keep ? 'all' : o?.keepLogs ? 'logs' : 'none'),
    };
  } catch (err) {
    await close('logs');
    throw new Error(`${err instanceof Error ? err.message : String(err)} (logs kept: ${run.logs})`);
  }
}

async function openedFolder(opts: HostSessionOptions, run: RunFolder): Promise<string> {
  if (opts.createWorkspace) return opts.createWorkspace(run);
  if (opts.workspaceSource === undefined) throw new Error('a host session needs workspaceSource or createWorkspace');
  return opts.openInPlace ? opts.workspaceSource : copyWorkspace(opts.workspaceSource, run);
}
