// `npm start` without a folder opens a copy of the sample corpus, so a newcomer's annotations and
// catalog edits never land in the project's own corpus/. The copy lives in the user's data folder
// (not in the repository, not in a temporary folder that is wiped) and is kept across runs: once
// made it is never written to again by this script; deleting it starts over from the sample.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Platform {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
}

const CURRENT: Platform = { env: process.env, platform: process.platform, home: os.homedir() };

/** The per-user data folder: XDG_DATA_HOME, else the system's usual one. */
function userDataDir({ env, platform, home }: Platform): string {
  if (env.XDG_DATA_HOME) return env.XDG_DATA_HOME;
  if (platform === 'win32') return env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return path.join(home, '.local', 'share');
}

/** Where the copy of the sample corpus is kept. */
export function sampleCopyDir(p: Platform = CURRENT): string {
  return path.join(userDataDir(p), 'policy-annotator', 'sample-corpus');
}

/**
 * Makes the copy unless it exists (an existing copy, with whatever the user changed in it, is left
 * exactly as it is). The copy is made next to its place and renamed into it, so an interrupted
 * copy never passes for a complete one.
 */
export function ensureSampleCopy(source: string, target: string): { created: boolean } {
  if (fs.existsSync(target)) {
    if (!fs.statSync(target).isDirectory()) throw new Error(`${target} is in the way of the sample copy: it is not a folder`);
    return { created: false };
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = fs.mkdtempSync(`${target}.partial-`);
  try {
    fs.cpSync(source, partial, { recursive: true, errorOnExist: true, force: false });
    fs.renameSync(partial, target);
    return { created: true };
  } catch (err) {
    fs.rmSync(partial, { recursive: true, force: true });
    const code = (err as NodeJS.ErrnoException).code;
    if ((code === 'ENOTEMPTY' || code === 'EEXIST') && fs.existsSync(target)) return { created: false }; // another start made it meanwhile
    throw err;
  }
}
