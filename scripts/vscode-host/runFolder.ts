// One temporary folder per run: the host's user data, extensions, config, TMPDIR and XDG folders,
// the browser profile, logs and the workspace copy all live in it. Removed on success; on failure
// only its logs/ stay (the server's own logs copied in), everything else is removed.
// It sits in the system temp folder under a short name: Chromium and VS Code put Unix sockets in
// TMPDIR / XDG_RUNTIME_DIR, and a socket path may not exceed 107 bytes.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface RunFolder {
  root: string;
  userData: string;
  extensions: string;
  browserProfile: string;
  logs: string;
  tmp: string;
  /** TMPDIR and XDG_* pointing inside the run folder. */
  env: Record<string, string>;
  /** Removes the folder; `keepLogs` leaves only `logs/` (with the server's logs in `logs/server`). */
  remove(opts?: { keepLogs?: boolean }): void;
}

/** User settings of the test profile: nothing pops up, nothing phones home. */
export const TEST_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'window.commandCenter': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
} as const;

export function createRunFolder(kind: string, settings: Record<string, unknown> = {}): RunFolder {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `pa-${kind}-`));
  const dir = (...parts: string[]): string => {
    const p = path.join(root, ...parts);
    fs.mkdirSync(p, { recursive: true });
    return p;
  };
  const userData = dir('user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...TEST_SETTINGS, ...settings }, null, 2));
  const tmp = dir('tmp');
  return {
    root,
    userData,
    extensions: dir('extensions'),
    browserProfile: dir('browser-profile'),
    logs: dir('logs'),
    tmp,
    env: {
      TMPDIR: tmp,
      XDG_CONFIG_HOME: dir('xdg', 'config'),
      XDG_DATA_HOME: dir('xdg', 'data'),
      XDG_CACHE_HOME: dir('xdg', 'cache'),
      XDG_STATE_HOME: dir('xdg', 'state'),
      XDG_RUNTIME_DIR: privateDir(dir('xdg', 'runtime')),
    },
    remove: (opts) => removeRun(root, opts?.keepLogs === true),
  };
}

/** Copies a folder (e.g. corpus/) into the run folder, where the editor opens it; tests may modify the copy. */
export function copyWorkspace(from: string, run: RunFolder): string {
  const workspace = path.join(run.root, path.basename(from));
  fs.cpSync(from, workspace, { recursive: true });
  return workspace;
}

function removeRun(root: string, keepLogs: boolean): void {
  const gone = (p: string): void => fs.rmSync(p, { recursive: true, force: true, maxRetries: 3 });
  if (!keepLogs) {
    gone(root);
    return;
  }
  const serverLogs = path.join(root, 'user-data', 'logs');
  if (fs.existsSync(serverLogs)) fs.cpSync(serverLogs, path.join(root, 'logs', 'server'), { recursive: true });
  for (const entry of fs.readdirSync(root)) if (entry !== 'logs') gone(path.join(root, entry));
}

function privateDir(p: string): string {
  fs.chmodSync(p, 0o700);
  return p;
}
