/**
 * Whether a sidecar may be written now (ARCHITECTURE.md, Writing safely): only if the file on
 * disk is still what was read; otherwise our changes are merged by annotation id first. Pure: the caller supplies the version it
 * read and the version on disk now (see `AtomicFileStore`).
 */
import type { FileVersion } from '../base/ports';

export type WritePlan =
  /** The file is as it was read (or absent both times): write over it. */
  | { action: 'write'; reason: string }
  /** Someone changed or created it since: merge with what is on disk, then write. */
  | { action: 'merge'; reason: string }
  /** Do not write (tell the analyst why; the changes stay in memory). */
  | { action: 'refuse'; reason: string };

export function sameVersion(a: FileVersion, b: FileVersion): boolean {
  if (a.sha256 !== undefined && b.sha256 !== undefined) return a.sha256 === b.sha256;
  return a.size === b.size && a.mtimeMs === b.mtimeMs;
}

export function planWrite(path: string, read: FileVersion | undefined, current: FileVersion | undefined, readOnly = false): WritePlan {
  if (readOnly)
    return { action: 'refuse', reason: `${path} could not be read safely; it is never overwritten (fix the reported problem first)` };
  if (read === undefined) {
    return current === undefined
      ? { action: 'write', reason: `${path} is new` }
      : { action: 'merge', reason: `${path} was created on disk after it was read` };
  }
  if (current === undefined) {
    return { action: 'refuse', reason: `${path} was deleted on disk after it was read; it is not recreated without asking` };
  }
  return sameVersion(read, current)
    ? { action: 'write', reason: `${path} is unchanged on disk` }
    : { action: 'merge', reason: `${path} was changed on disk after it was read` };
}
