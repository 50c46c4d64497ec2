// What the scan pool and its worker threads say to each other.
import type { DocumentScan, ScanJob } from '../core/indexing/documentScan';

export interface ScanRequest extends ScanJob { readonly seq: number }
export type ScanAnswer = { seq: number; scan: DocumentScan; error?: undefined } | { seq: number; scan?: undefined; error: string };
