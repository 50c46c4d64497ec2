/**
 * What a command needs from the outside world, passed in so that tests can run commands in
 * process with spies and fakes (main.ts wires the real ones from nodeEnv.ts).
 */
import type { FileStore } from '../core/ports';
import type { TextSink } from './textSink';

/** The folder a command works on. */
export interface Folder {
  store: FileStore;
  /** How a path of the store is shown to the user: relative to the working directory,
   * '/'-separated (`display('')` is the folder itself). */
  display(relative: string): string;
}

export interface CliEnv {
  out: TextSink;
  err: TextSink;
  /** Throws a CliError (exit 2) when the folder does not exist or is not a directory. */
  openFolder(folder: string): Promise<Folder>;
  /** A file named on the command line; throws a CliError (exit 2) when it cannot be read. */
  readArgumentFile(file: string, what: string): Promise<{ text: string; display: string }>;
  /** Milliseconds, for the time a scan took. */
  clock(): number;
}
