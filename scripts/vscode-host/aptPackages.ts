// Makes sure the Debian packages the host needs are there: installs them as root, else explains.
import { spawnSync } from 'node:child_process';
import { APT_PACKAGES } from './hostPaths';
import { commandExists, runCommand } from './runCommand';

function isInstalled(pkg: string): boolean {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

export function missingAptPackages(): string[] {
  if (!commandExists('dpkg-query')) return [];
  return APT_PACKAGES.filter((p) => !isInstalled(p));
}

/** Installs the missing packages (logging apt's output to `logFile`), or throws saying how to. */
export async function ensureAptPackages(logFile: string): Promise<void> {
  const missing = missingAptPackages();
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !commandExists('apt-get')) {
    throw new Error(
      `the VS Code host needs the Debian packages ${missing.join(', ')}; install them with\n` +
        `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\nthen run this again.`,
    );
  }
  console.log(`[host] installing apt packages: ${missing.join(', ')} (log: ${logFile})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runCommand('apt-get', ['update', '-q'], { env, logFile });
  await runCommand('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { env, logFile });
}
