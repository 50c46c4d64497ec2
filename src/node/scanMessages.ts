// What the scan pool and its worker threads say to each other.
import type { DocumentScan, ScanJob, ScanSetup } from '../core/indexing/documentScan';
import type { FileStamp } from '../core/indexing/scanCacheValidity';

/** A job, or a local file the thread reads itself (the caller's thread then does no I/O at all). */
export type ScanRequest = (ScanJob | { readonly path: string; readonly localPath: string }) & { readonly seq: number };
/** `stamp`: of the local file the thread read, taken before reading it. */
export type ScanAnswer =
  { seq: number; scan: DocumentScan; stamp?: FileStamp; error?: undefined } | { seq: number; scan?: undefined; error: string };

/** The first message a thread receives: what it scans with. */
export interface SetupMessage {
  readonly setup: ScanSetup;
}
