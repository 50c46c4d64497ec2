/**
 * Whole-file reads into one buffer that is kept and reused: a thread that reads thousands of
 * files one after another saves the allocation (and the page faults of fresh memory) of a new
 * buffer per file, which cost a scanning thread as much as a tenth of its time. The bytes returned
 * are valid only until the next read.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { FileStamp } from '../core/indexing/scanCacheValidity';
import { fdStamp } from './fileStamp';

export class ReusedReadBuffer {
  private buffer: Buffer;

  constructor(initialBytes = 1 << 20) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
  }

  /** The whole file (read to its end, so a file that grows while read is read whole), and its
   * stamp taken before it was read (a write during the read changes the file's stamp after it). */
  read(path: string): { bytes: Uint8Array; stamp: FileStamp } {
    const fd = openSync(path, 'r');
    try {
      const stamp = fdStamp(fd);
      let size = 0;
      for (;;) {
        if (size === this.buffer.length) this.grow();
        const got = readSync(fd, this.buffer, size, this.buffer.length - size, null);
        if (got === 0) return { bytes: this.buffer.subarray(0, size), stamp };
        size += got;
      }
    } finally {
      closeSync(fd);
    }
  }

  private grow(): void {
    const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
    this.buffer.copy(bigger);
    this.buffer = bigger;
  }
}
