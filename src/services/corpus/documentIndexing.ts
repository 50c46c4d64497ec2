// Indexing every document of a rebuild through the core's pipeline (core/indexing): the editor's
// side of it, reading through workspace.fs and merging into the index without holding the host up.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/index/corpusIndex';
import { scannedDocument, type DocumentScan } from '../../core/indexing/documentScan';
import { inOrder } from '../../core/indexing/inOrder';
import { InlineScanPool } from '../../core/indexing/scanPool';
import { WorkerScanPool } from '../../node/workerScanPool';
import type { OutputLog } from '../../vscode/outputLog';
import { displayPath, readWorkspaceContent, yieldToHost } from '../../vscode/workspaceFiles';
import type { DocumentDating } from './documentDating';

/** Documents in flight a scanning thread while indexing (reads overlap, threads never wait). */
const IN_FLIGHT = 32;
/** From how many documents a rebuild scans on worker threads. */
export const THREADS_FROM = 64;

/**
 * Indexes every document through the core's pipeline: up to IN_FLIGHT documents read at once
 * (the editor's text when open, else the bytes from workspace.fs), scanned on worker threads,
 * added in document order. The host only reads and merges, and yields every 15 ms so nothing
 * waits on it. Undefined when `superseded` turns true (a newer rebuild took over).
 */
export async function indexDocuments(index: CorpusIndex, docs: readonly vscode.Uri[], dating: DocumentDating, log: OutputLog, superseded: () => boolean, progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<{ uris: Map<string, vscode.Uri>; threads: number } | undefined> {
  const uris = new Map<string, vscode.Uri>();
  // Front matter fields come back with each scan (attributes for the analyses).
  const setup = { matcher: index.matcher, listed: dating.listedDates, keepBom: false, attributes: true };
  // Threads pay off from a few dozen documents; below that, starting them costs more than it saves.
  const pool = docs.length < THREADS_FROM ? new InlineScanPool(setup) : new WorkerScanPool(setup);
  if (pool instanceof WorkerScanPool) for (const why of pool.failures) log.warn(`Indexing on the extension host's thread instead of a worker thread: ${why}`);
  const threads = pool.threads; // before close(), which lets the threads go
  const scan = async (uri: vscode.Uri): Promise<DocumentScan> => pool.scan({ path: displayPath(uri), content: await readWorkspaceContent(uri) });
  let lastYield = Date.now();
  let done = 0, reported = 0;
  try {
    for await (const settled of inOrder(docs, scan, IN_FLIGHT * threads)) {
      if (superseded()) return undefined;
      const uri = settled.item;
      done++;
      if (settled.result) {
        const scanned = settled.result;
        index.addScanned(uri.toString(), scannedDocument(scanned), scanned.length, scanned.date);
        dating.record(uri, scanned.dateProblems, scanned.fields);
        uris.set(uri.toString(), uri);
      } else if (settled.error instanceof vscode.FileSystemError && settled.error.code === 'FileNotFound') {
        log.info(`${displayPath(uri)} was deleted while the index was built.`); // its watcher event follows
      } else {
        log.error(`Could not read ${displayPath(uri)}`, settled.error);
      }
      if (Date.now() - lastYield > 15) {
        progress?.report({ message: `${done}/${docs.length} documents`, increment: (100 * (done - reported)) / docs.length });
        reported = done;
        await yieldToHost();
        lastYield = Date.now();
      }
    }
  } finally {
    pool.close();
  }
  return superseded() ? undefined : { uris, threads };
}
