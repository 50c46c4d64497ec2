// The CLI's time on the bench folder, for comparison with the editor in the same run: the wall
// time of `node dist/cli.js scan <folder> --format json` (JSON for the totals it prints: documents
// and mentions, to check the editor indexed the same), spawned before the editor opens.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from './hostPaths';

export const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

export interface CliScanTiming {
  ms: number;
  documents: number;
  mentions: number;
  /** The CLI's own figure (reading and matching, without starting Node). */
  elapsedMs: number;
}

export async function timeCliScan(folder: string): Promise<CliScanTiming> {
  const started = performance.now();
  // --no-cache: the whole scan, to compare with the editor's first index.
  const child = spawn(process.execPath, [CLI, 'scan', folder, '--format', 'json', '--no-cache'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const ms = performance.now() - started;
  let totals: { documents?: unknown; mentions?: unknown; elapsedMs?: unknown } | undefined;
  try {
    totals = (JSON.parse(Buffer.concat(out).toString('utf8')) as { totals?: typeof totals }).totals;
  } catch {
    totals = undefined;
  }
  if (!totals || typeof totals.documents !== 'number' || typeof totals.mentions !== 'number') {
    throw new Error(
      `\`node dist/cli.js scan ${folder}\` gave no totals (exit code ${code}): ${Buffer.concat(err).toString('utf8').slice(0, 2000)}`,
    );
  }
  return {
    ms,
    documents: totals.documents,
    mentions: totals.mentions,
    elapsedMs: typeof totals.elapsedMs === 'number' ? totals.elapsedMs : NaN,
  };
}
