// Starts code-server (the VS Code server + web workbench) under Node 24 in its own process group,
// bound to 127.0.0.1, waits for /healthz, and stops the whole group (extension host included).
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_ENTRY, NODE24 } from './hostPaths';
import { stopProcessGroup } from './processGroup';
import type { RunFolder } from './runFolder';

export interface CodeServer {
  port: number;
  origin: string;
  pid: number;
  logFile: string;
  /** Settles when the server process exits, whoever stopped it. */
  exited: Promise<void>;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  port: number;
  run: RunFolder;
  /** Extra environment for the server; the extension host inherits it. */
  env?: Record<string, string>;
  startTimeoutMs?: number;
  /** Told the server's pid (= its process group) as soon as it is spawned, before it is ready. */
  onSpawn?: (pid: number) => void;
}

export async function startCodeServer(opts: CodeServerOptions): Promise<CodeServer> {
  const { port, run } = opts;
  const config = path.join(run.root, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(run.logs, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    run.userData,
    '--extensions-dir',
    run.extensions,
    '--config',
    config,
    '--vscode-option',
    'enable-smoke-test-driver',
  ];
  const child = spawn(NODE24, args, {
    cwd: run.root,
    env: { ...process.env, ...run.env, ...opts.env },
    detached: true, // its own process group: stopped as a whole
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`cannot start code-server (${NODE24})`);
  opts.onSpawn?.(pid);
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: CodeServer = { port, origin, pid, logFile, exited, stop: () => stopProcessGroup(pid) };
  try {
    await waitForHealth(origin, child, opts.startTimeoutMs ?? 30_000);
  } catch (err) {
    await server.stop();
    throw new Error(`${err instanceof Error ? err.message : String(err)} (log: ${logFile})`);
  }
  return server;
}

async function waitForHealth(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited during start (${child.signalCode ?? `exit code ${child.exitCode}`})`);
    }
    try {
      const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer ${origin}/healthz within ${timeoutMs} ms`);
}
