/** The real CliEnv: process streams, the file system, the working directory. */
import { readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { CliError, describeError } from './cliError';
import type { CliEnv, Folder } from './cliEnv';
import { writeExportFile } from './exportWriter';
import { NodeFileStore } from '../node/nodeFileStore';
import { scanCacheSettings } from './scanCacheLocation';
import { StreamSink } from './textSink';

export function nodeEnv(cwd: string = process.cwd()): CliEnv {
  const display = (absolute: string): string => path.relative(cwd, absolute).split(path.sep).join('/') || '.';
  return {
    out: new StreamSink(process.stdout),
    err: new StreamSink(process.stderr),
    clock: () => performance.now(),
    scanCache: scanCacheSettings(process.env, safeHomedir()),
    async openFolder(folder: string): Promise<Folder> {
      const root = path.resolve(cwd, folder);
      const info = await stat(root).catch(() => undefined);
      if (!info) throw new CliError(`folder not found: ${folder}`);
      if (!info.isDirectory()) throw new CliError(`not a folder: ${folder}`);
      const store = new NodeFileStore(root);
      return { store, display: (relative) => display(store.resolve(relative)), iri: `${pathToFileURL(root).href.replace(/\/$/, '')}/` };
    },
    async writeExport(dir, name, content, replace) {
      return display(await writeExportFile(path.resolve(cwd, dir), name, content, replace, display));
    },
    async readArgumentFile(file: string, what: string) {
      const absolute = path.resolve(cwd, file);
      try {
        return { text: await readFile(absolute, 'utf8'), display: display(absolute) };
      } catch (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        throw new CliError(missing ? `${what} not found: ${file}` : `cannot read ${what} ${file}: ${describeError(error)}`);
      }
    },
  };
}

function safeHomedir(): string {
  try {
    return homedir();
  } catch {
    return ''; // no home: no cache, unless XDG_CACHE_HOME names one
  }
}
