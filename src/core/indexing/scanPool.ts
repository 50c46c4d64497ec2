/**
 * Where documents are scanned: a pool of threads, each holding the same matcher. The core only
 * knows this interface; Node's worker threads implement it (src/node/workerScanPool.ts), and
 * `InlineScanPool` scans on the caller's thread (one document at a time, for a machine or a host
 * without threads, and for tests).
 */
import { scanForIndex, type DocumentScan, type ScanJob, type ScanSetup } from './documentScan';

export interface ScanPool {
  /** How many documents are scanned at once. */
  readonly threads: number;
  scan(job: ScanJob): Promise<DocumentScan>;
  /** Stops the threads; scans not yet answered reject. */
  close(): void;
}

export class InlineScanPool implements ScanPool {
  readonly threads = 1;
  constructor(private readonly setup: ScanSetup) {}

  scan(job: ScanJob): Promise<DocumentScan> {
    try {
      return Promise.resolve(scanForIndex(this.setup, job).scan);
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  close(): void {
    /* nothing held */
  }
}
