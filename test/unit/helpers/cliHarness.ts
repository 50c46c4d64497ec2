// Helpers for the CLI tests: build and run dist/cli.js as a child process, run commands in
// process with in-memory files and sinks, and read CSV back.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { FileStore } from '../../../src/core/base/ports';
import type { CliEnv, Folder } from '../../../src/cli/cliEnv';
import { CliError } from '../../../src/cli/cliError';
import type { TextSink } from '../../../src/cli/textSink';

export const FIXTURES = 'test/fixtures/cli';
const CLI = 'dist/cli.js';
let built = false;

/** Builds dist/ once per test run (the CLI tests run the real bundle). */
export function buildCli(): void {
  if (built) return;
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node scripts/build.mjs failed:\n${result.stderr}`);
  built = true;
}

export interface CliRun { status: number | null; stdout: string; stderr: string }

/** Runs `node dist/cli.js ...args` from the repository root. */
export function runBuiltCli(...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Rows of an RFC 4180 CSV text (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** CSV rows as objects keyed by the header. */
export function csvRecords(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

export class MemorySink implements TextSink {
  text = '';
  closed = false;
  async write(text: string): Promise<void> {
    this.text += text;
  }
}

export class MemoryFileStore implements FileStore {
  constructor(readonly files: Map<string, string>) {}

  async readText(file: string): Promise<string> {
    const text = this.files.get(file);
    if (text === undefined) throw new Error(`no such file: ${file}`);
    return text;
  }

  async *list(include: (path: string) => boolean): AsyncIterable<string> {
    for (const file of [...this.files.keys()].sort()) if (include(file)) yield file;
  }
}

/** A CliEnv whose one folder is `store`, shown as `name`; files outside come from `outside`;
 * exports land in `written`, keyed `dir/name`. */
export function memoryEnv(name: string, store: FileStore, out: TextSink = new MemorySink(), outside = new Map<string, string>()): CliEnv & { err: MemorySink; written: Map<string, string> } {
  const folder: Folder = { store, display: (relative) => (relative === '' ? name : path.posix.join(name, relative)) };
  const written = new Map<string, string>();
  return {
    out,
    err: new MemorySink(),
    written,
    writeExport: async (dir, file, text, replace) => {
      const key = path.posix.join(dir, file);
      if (written.has(key) && !replace) throw new CliError(`${key} exists; add --force to replace it`);
      written.set(key, text);
      return key;
    },
    clock: () => 0,
    openFolder: async (requested) => {
      if (requested !== name) throw new CliError(`folder not found: ${requested}`);
      return folder;
    },
    readArgumentFile: async (file, what) => {
      const text = outside.get(file);
      if (text === undefined) throw new CliError(`${what} not found: ${file}`);
      return { text, display: file };
    },
  };
}
