/**
 * What a command needs from the outside world, passed in so that tests can run commands in
 * process with spies and fakes (main.ts wires the real ones from nodeEnv.ts).
 */
import type { FileStore } from '../core/base/ports';
import type { ScanCacheSettings } from './scanCacheLocation';
import type { TextSink } from './textSink';

/** The folder a command works on. */
export interface Folder {
  store: FileStore;
  /** How a path of the store is shown to the user: relative to the working directory,
   * '/'-separated (`display('')` is the folder itself). */
  display(relative: string): string;
  /** The folder's `file:` URL, ending with '/' (where the environment has one). */
  iri?: string;
}

export interface CliEnv {
  out: TextSink;
  err: TextSink;
  /** Throws a CliError (exit 2) when the folder does not exist or is not a directory. */
  openFolder(folder: string): Promise<Folder>;
  /** A file named on the command line; throws a CliError (exit 2) when it cannot be read. */
  readArgumentFile(file: string, what: string): Promise<{ text: string; display: string }>;
  /**
   * Writes `name` (a plain file name) inside the folder `dir` (created when missing) atomically
   * (a text as UTF-8, or bytes),
   * and returns how the file is shown. Throws a CliError when the file exists and `replace` is
   * false, and refuses a name or symbolic link that would lead outside `dir`.
   */
  writeExport(dir: string, name: string, content: string | Uint8Array, replace: boolean): Promise<string>;
  /** Milliseconds, for the time a scan took. */
  clock(): number;
  /** Where folder scans are kept between runs; undefined: not kept (see scanCacheLocation.ts). */
  scanCache?: ScanCacheSettings;
}
