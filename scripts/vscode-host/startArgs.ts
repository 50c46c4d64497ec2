// The command line of `npm start`: at most one folder to open, resolved from where npm was run
// (npm runs scripts in the package folder and says where it was called from in INIT_CWD).
import * as fs from 'node:fs';
import * as path from 'node:path';

export const START_USAGE = `Usage: npm start [-- <folder>]
  <folder>  a folder of texts (.txt, .md) to open; an entities.yaml in it is optional
            (the shipped world catalog is used without one)
  without a folder: a copy of the sample corpus (corpus/) is opened, never corpus/ itself`;

export type StartRequest = { kind: 'help' } | { kind: 'sample' } | { kind: 'folder'; folder: string };

/** A command line that cannot be run; the message says why and what to type. */
export class StartArgsError extends Error {}

/** Reads the arguments after `npm start --`; relative folders are taken from `cwd`. */
export function parseStartArgs(argv: readonly string[], cwd: string): StartRequest {
  if (argv.some((a) => a === '--help' || a === '-h')) return { kind: 'help' };
  const option = argv.find((a) => a.startsWith('-') && a !== '-');
  if (option !== undefined) throw new StartArgsError(`unknown option ${option}\n${START_USAGE}`);
  if (argv.length > 1) throw new StartArgsError(`one folder at most, got ${argv.length}: ${argv.join(' ')}\n${START_USAGE}`);
  if (argv.length === 0) return { kind: 'sample' };
  return { kind: 'folder', folder: existingFolder(argv[0], cwd) };
}

function existingFolder(arg: string, cwd: string): string {
  const folder = path.resolve(cwd, arg);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    throw new StartArgsError(`there is no folder ${folder}${folder === arg ? '' : ` (from "${arg}", taken from ${cwd})`}`);
  }
  if (!stat.isDirectory()) throw new StartArgsError(`${folder} is a file, not a folder: give the folder that holds your texts`);
  return folder;
}

/** Where `npm start` was typed: npm sets INIT_CWD; run directly, the process's own directory. */
export function invocationDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.INIT_CWD ?? process.cwd();
}
