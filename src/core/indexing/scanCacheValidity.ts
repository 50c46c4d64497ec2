/**
 * When a kept scan of a document may stand in for scanning it again (the CLI's scan cache; README,
 * Command line). The whole cache must have been made with the same key (scanCacheKey.ts); then each
 * document's entry is used only when both rules hold:
 *
 * 1. Same file: its size, inode, modification time and change time (nanoseconds) are those the file
 *    had when it was read for the scan. Any write changes the modification time, and the change
 *    time cannot be set back by any tool (`touch -d`, `cp -p`, `rsync -t`, unpacking an archive
 *    only set the modification time); a file replaced by another (rename, `git checkout`) has
 *    another inode or change time.
 * 2. Settled: the file's last change (modification and change time) is older, by SETTLE_MARGIN_MS,
 *    than the moment the run that read it began. Otherwise a second write within the same tick of
 *    the file system's clock (a few milliseconds on ext4, 2 s on FAT) could leave all four numbers
 *    as they were while the text changed: git's "racy" entries. An unsettled document is scanned
 *    and never kept, so it is scanned again on the next run, by when it has settled.
 *
 * Nothing else about a document is trusted: not its name, not its age.
 */

/** What identifies a file's content on disk, as `stat` gives it with `bigint: true`. */
export interface FileStamp {
  readonly size: bigint;
  readonly ino: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
}

/** How long a file must have been left alone before the moment it was read for its scan to be
 * kept: the coarsest common timestamp granularity (2 s, FAT) and a second of clock skew between a
 * network file system and this machine. */
export const SETTLE_MARGIN_MS = 3000;

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.ino === b.ino && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

/** True when the file was last changed at least the margin before `readFromMs` (milliseconds since
 * the epoch, taken before the run read any document). A change time in the future is never settled. */
export function isSettled(stamp: FileStamp, readFromMs: number, marginMs: number = SETTLE_MARGIN_MS): boolean {
  const limit = BigInt(Math.floor(readFromMs - marginMs)) * 1_000_000n;
  return stamp.mtimeNs < limit && stamp.ctimeNs < limit;
}

/** Rules 1 and 2: the kept scan of a file stamped `kept` by a run begun at `keptFromMs` stands for
 * the file stamped `now`. */
export function mayReuse(kept: FileStamp, keptFromMs: number, now: FileStamp): boolean {
  return sameStamp(kept, now) && isSettled(kept, keptFromMs);
}
