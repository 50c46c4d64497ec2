/**
 * Reading a `.qdpx` archive (a zip holding `project.qde` and the sources) from untrusted bytes:
 * every entry is inflated through a stream that counts what comes out, so a zip bomb stops at the
 * caps however small it declares its sizes; entry names that could escape a folder (`../`,
 * absolute, backslashes, drive letters) are reported and never used. Nothing here writes: the
 * import names the files it writes itself (qdeImportNames.ts), never after an entry's path.
 */
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import type { QdeProblem } from './qdeImportReport';
import { PROJECT_ENTRY } from './qdpxArchive';

export interface ArchiveLimits {
  /** Most entries read; more is refused. */
  readonly maxEntries: number;
  /** Most bytes one entry may inflate to. */
  readonly maxEntryBytes: number;
  /** Most bytes all entries together may inflate to. */
  readonly maxTotalBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 20000,
  maxEntryBytes: 128 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
};

/** Larger .qdpx files are refused before they are read. */
export const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;

export interface QdpxArchive {
  /** The bytes of `project.qde`. */
  readonly project: Uint8Array;
  /** The source files, by their name inside `sources/` (or `Sources/`, any case), e.g. `<GUID>.txt`. */
  readonly sources: ReadonlyMap<string, Uint8Array>;
  /** Entries refused (unsafe names) or not used; none stops the import. */
  readonly problems: QdeProblem[];
}

/** A problem that makes the archive unreadable: the import and the check stop with this message. */
export class QdpxError extends Error {
  constructor(
    message: string,
    readonly file = 'archive',
  ) {
    super(message);
    this.name = 'QdpxError';
  }
}

/** Why an entry's name is unsafe to use as a path, or undefined when it is a plain relative path. */
export function unsafeEntryName(name: string): string | undefined {
  if (name === '') return 'an empty name';
  if (name.includes('\\')) return 'a backslash in its name';
  if (name.startsWith('/')) return 'an absolute path';
  if (/^[a-zA-Z]:/.test(name) || name.includes(':')) return "a drive letter or ':' in its name";
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'a control character in its name';
  if (name.split('/').some((s) => s === '..')) return "'..' in its path";
  return undefined;
}

/** How much of the archive is handed to the unzipper at a time. */
const PUSH_BYTES = 16 * 1024;

/** Reads the archive; throws a QdpxError when it is no zip, breaks a cap, or holds no project.qde. */
export function readQdpxArchive(bytes: Uint8Array, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): QdpxArchive {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new QdpxError('this file is not a zip archive (a .qdpx is one)');
  const problems: QdeProblem[] = [];
  const kept = new Map<string, Uint8Array[]>();
  let entries = 0;
  let total = 0;
  const unzip = new Unzip((file: UnzipFile) => {
    entries++;
    if (entries > limits.maxEntries) throw new QdpxError(`the archive holds more than ${limits.maxEntries} entries; it is refused`);
    if (file.name.endsWith('/')) return; // a folder
    const unsafe = unsafeEntryName(file.name);
    if (unsafe) {
      problems.push({ file: file.name, severity: 'warning', message: `entry refused: ${unsafe}; it is never read or written` });
      return;
    }
    const use = file.name === PROJECT_ENTRY || sourceName(file.name) !== undefined;
    if (!use) return; // not read: its bytes are never inflated
    const chunks: Uint8Array[] = [];
    let size = 0;
    kept.set(file.name, chunks);
    file.ondata = (error, chunk) => {
      if (error) throw error instanceof QdpxError ? error : new QdpxError(`entry ${file.name} cannot be inflated: ${error.message}`);
      size += chunk.length;
      total += chunk.length;
      if (size > limits.maxEntryBytes)
        throw new QdpxError(`entry ${file.name} inflates to more than ${megabytes(limits.maxEntryBytes)}; the archive is refused`);
      if (total > limits.maxTotalBytes)
        throw new QdpxError(`the archive inflates to more than ${megabytes(limits.maxTotalBytes)}; it is refused`);
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    // In slices: the library reads the entries of one push by recursion, which overflows the
    // stack past a few thousand entries when the whole archive comes at once.
    for (let at = 0; at < bytes.length; at += PUSH_BYTES) unzip.push(bytes.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= bytes.length);
  } catch (error) {
    if (error instanceof QdpxError) throw error;
    throw new QdpxError(`the archive cannot be read: ${(error as Error).message}`);
  }
  if (entries === 0) throw new QdpxError('the archive is empty or not a zip file (a .qdpx is one)');
  const project = kept.get(PROJECT_ENTRY);
  if (!project) throw new QdpxError(`the archive holds no ${PROJECT_ENTRY}: it is not a REFI-QDA project`);
  const sources = new Map<string, Uint8Array>();
  for (const [name, chunks] of kept) {
    const source = sourceName(name);
    if (source === undefined) continue;
    if (sources.has(source))
      problems.push({ file: name, severity: 'warning', message: `a second entry for source ${source}; the first is used` });
    else sources.set(source, join(chunks));
  }
  return { project: join(project), sources, problems };
}

/** `X.txt` for `sources/X.txt` or `Sources/X.txt` (any case of the folder); undefined otherwise. */
function sourceName(entry: string): string | undefined {
  const match = /^sources\/([^/]+)$/i.exec(entry);
  return match ? match[1] : undefined;
}

function join(chunks: readonly Uint8Array[]): Uint8Array {
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
