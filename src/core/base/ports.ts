/**
 * base/: what every part of the core uses: diagnostics, the file ports, globs, one task at a time,
 * load states, setting scope.
 *
 * How the core reaches files (ARCHITECTURE.md, Layers): small interfaces implemented by Node's fs for the CLI
 * (src/node/nodeFileStore.ts), by workspace.fs in the editor, and by in-memory fakes in tests.
 * Paths are '/'-separated and relative to the store's root.
 */
import { globTest, type PathTest } from './pathGlob';

export interface FileStore {
  readText(path: string): Promise<string>;
  /** The raw bytes, where the store can give them without decoding (indexing decodes them on a
   * scanning thread). */
  readBytes?(path: string): Promise<Uint8Array>;
  /** The file's path on this machine, where the store is a local folder (a scanning thread can
   * then read it itself). Throws for a path that leaves the root. */
  localPath?(path: string): string;
  /** Every file below the root whose path matches `include`, sorted; never follows symlinks out. */
  list(include: (path: string) => boolean): AsyncIterable<string>;
}

export const SIDECAR_SUFFIX = '.annotations.yaml';

/** Defaults of the `policyAnnotator.documents` and `.exclude` settings; the CLI uses them too, so
 * both index the same files. */
export const DEFAULT_DOCUMENTS = '**/*.{txt,md,markdown}';
export const DEFAULT_EXCLUDE = '**/{node_modules,.git,dist,out}/**';

/** Which relative paths are corpus documents: plain text and Markdown, never a sidecar. */
export function corpusDocumentTest(include = DEFAULT_DOCUMENTS, exclude = DEFAULT_EXCLUDE): PathTest {
  const matches = globTest(include, exclude);
  return (path) => matches(path) && !path.endsWith(SIDECAR_SUFFIX);
}

export const isCorpusDocument: PathTest = corpusDocumentTest();

export function sidecarPathFor(documentPath: string): string {
  return documentPath + SIDECAR_SUFFIX;
}

/** What a writer remembers of a file it read, to tell later whether someone else changed it. */
export interface FileVersion {
  size: number;
  mtimeMs: number;
  /** Lowercase hex sha256 of the bytes, when the store computes it. When both versions compared
   * have one, it decides alone (mtime resolution and same-size rewrites cannot fool it). */
  sha256?: string;
}

/**
 * Safe replacement of analyst-owned files (ARCHITECTURE.md, Writing safely). Paths are '/'-separated, relative to the
 * store's root; a path that leaves the root is refused. The contract every implementation keeps:
 * - `read` gives the text and the version of exactly those bytes; undefined when the file is absent.
 * - `version` gives the current version without the text; undefined when absent.
 * - `writeAtomic` writes the whole text to a temporary file in the SAME folder (so the rename never
 *   crosses file systems), flushes it to disk (fsync), then renames it over `path` in one step, and
 *   flushes the folder where the platform allows. A crash or kill at any moment leaves at `path`
 *   either the old file or the new one, each complete (at worst a stray `.<name>.<random>.tmp`
 *   next to it, which no glob of documents or sidecars matches). On failure the temporary file is
 *   removed and the old file is untouched. Writes to one path run one at a time, in call order. An
 *   existing file's permissions are kept; a symbolic link at `path` is refused, never replaced.
 *   Resolves to the version of what was written.
 * Deciding WHETHER to write (the file may have changed since it was read) is `planWrite`'s job
 * (src/core/sidecars/writePlan.ts); `saveSidecar` puts the two together.
 */
export interface AtomicFileStore {
  read(path: string): Promise<{ text: string; version: FileVersion } | undefined>;
  version(path: string): Promise<FileVersion | undefined>;
  writeAtomic(path: string, text: string): Promise<FileVersion>;
  /**
   * Optional: waits for and holds the path's writer lock, shared with every other process that
   * writes it (other windows, the CLI), until the returned function is called. `saveSidecar` holds
   * it from its check of the version on disk to the end of its write.
   */
  lock?(path: string): Promise<() => Promise<void>>;
}

/** A file that is not valid UTF-8: its text cannot be read without changing it, so it is never
 * rewritten. `line` and `column` (1-based, column in bytes) locate the first invalid byte. */
export class NotUtf8Error extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${file} is not valid UTF-8 text (line ${line}, byte ${column}); it is not read or written until it is saved as UTF-8`);
  }
}

/** Where the first invalid UTF-8 sequence of `bytes` is (1-based line and byte column); undefined when valid. */
export function firstInvalidUtf8(bytes: Uint8Array, lossy: Uint8Array): { line: number; column: number } | undefined {
  let i = 0;
  while (i < bytes.length && i < lossy.length && bytes[i] === lossy[i]) i++;
  if (i === bytes.length && i === lossy.length) return undefined;
  let line = 1;
  let lineStart = 0;
  for (let j = 0; j < i; j++)
    if (bytes[j] === 0x0a) {
      line++;
      lineStart = j + 1;
    }
  return { line, column: i - lineStart + 1 };
}
