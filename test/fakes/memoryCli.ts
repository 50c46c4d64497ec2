// In-memory stand-ins for the CLI's ports, for tests that run commands in process: a folder of
// files held in a map, sinks that keep what is written, and a CliEnv over them.
import * as path from 'node:path';
import type { FileStore } from '../../src/core/base/ports';
import type { CliEnv, Folder } from '../../src/cli/cliEnv';
import { CliError } from '../../src/cli/cliError';
import type { TextSink } from '../../src/cli/textSink';

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
 * exports land in `written`, keyed `dir/name` (bytes in `writtenBytes`). */
export function memoryEnv(
  name: string,
  store: FileStore,
  out: TextSink = new MemorySink(),
  outside = new Map<string, string>(),
): CliEnv & { err: MemorySink; written: Map<string, string>; writtenBytes: Map<string, Uint8Array> } {
  const folder: Folder = { store, display: (relative) => (relative === '' ? name : path.posix.join(name, relative)) };
  const written = new Map<string, string>();
  const writtenBytes = new Map<string, Uint8Array>();
  return {
    out,
    err: new MemorySink(),
    written,
    writtenBytes,
    writeExport: async (dir, file, content, replace) => {
      const key = path.posix.join(dir, file);
      if ((written.has(key) || writtenBytes.has(key)) && !replace) throw new CliError(`${key} exists; add --force to replace it`);
      if (typeof content === 'string') written.set(key, content);
      else writtenBytes.set(key, content);
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
