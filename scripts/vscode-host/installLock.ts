// One install at a time: `npm run test:vscode` and `npm run test:ui` started together on a fresh
// machine must not both write test/vscode-host/node_modules. The lock is a folder holding the
// owner's pid; a lock whose owner is gone is stale and taken over.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HOST_DIR } from './hostPaths';

const LOCK_DIR = path.join(HOST_DIR, '.install-lock');
const OWNER = path.join(LOCK_DIR, 'pid');

function ownerAlive(): boolean {
  try {
    process.kill(Number(fs.readFileSync(OWNER, 'utf8')), 0);
    return true;
  } catch {
    return false; // no pid file yet/anymore, or the owner is gone
  }
}

/** Runs `fn` holding the lock; waits (up to `timeoutMs`) while another live process holds it. */
export async function withInstallLock<T>(fn: () => Promise<T>, timeoutMs = 20 * 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      fs.writeFileSync(OWNER, String(process.pid));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (!ownerAlive()) {
      fs.rmSync(LOCK_DIR, { recursive: true, force: true }); // stale (its pid file is written at once)
      continue;
    }
    if (!told) console.log(`[host] another process is installing the VS Code host; waiting (${LOCK_DIR})`);
    told = true;
    if (Date.now() > deadline) throw new Error(`timed out waiting for the install lock ${LOCK_DIR}`);
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}
