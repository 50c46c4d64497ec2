/**
 * Where the scan cache lives and whether it is on (README, Command line: the scan cache): in the
 * user's cache folder, `$XDG_CACHE_HOME/policy-annotator/scans/` or else
 * `~/.cache/policy-annotator/scans/`, never in the analyst's folder; off when
 * `POLICY_ANNOTATOR_CACHE=off` (or `0`, `false`, `no`), and telling what it did on stderr when
 * `POLICY_ANNOTATOR_CACHE=verbose`. Each command that reads a folder also takes `--no-cache`.
 */
import * as path from 'node:path';

export const CACHE_VARIABLE = 'POLICY_ANNOTATOR_CACHE';

export interface ScanCacheSettings {
  /** The folder that holds one cache file a corpus folder. */
  readonly directory: string;
  /** Say on stderr, after each run, what the cache did. */
  readonly verbose: boolean;
}

const OFF = new Set(['off', '0', 'false', 'no']);

/** The settings from the environment, or undefined when the cache is off or there is no home. */
export function scanCacheSettings(vars: NodeJS.ProcessEnv, home: string): ScanCacheSettings | undefined {
  const setting = (vars[CACHE_VARIABLE] ?? '').trim().toLowerCase();
  if (OFF.has(setting)) return undefined;
  const xdg = vars.XDG_CACHE_HOME;
  // The XDG rule: a relative value is ignored.
  const base = xdg && path.isAbsolute(xdg) ? xdg : home && path.isAbsolute(home) ? path.join(home, '.cache') : undefined;
  if (!base) return undefined;
  return { directory: path.join(base, 'policy-annotator', 'scans'), verbose: setting === 'verbose' };
}
