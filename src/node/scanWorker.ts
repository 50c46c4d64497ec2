/**
 * A scanning thread (see workerScanPool.ts): builds nothing itself, it receives the compiled
 * matcher and the listed dates once (workerData), then scans each job it is sent and answers with
 * the packed results, their buffers transferred rather than copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { scanForIndex, type ScanSetup } from '../core/indexing/documentScan';
import type { ScanRequest, ScanAnswer } from './scanMessages';

const setup = workerData as ScanSetup;
const port = parentPort;
if (!port) throw new Error('scanWorker.js runs as a worker thread only');

port.on('message', (request: ScanRequest) => {
  let answer: ScanAnswer;
  try {
    const { scan } = scanForIndex(setup, request);
    answer = { seq: request.seq, scan };
    // Empty lists share one buffer (MentionList.empty): those are copied, never moved away.
    const moved = [scan.mentions, scan.drops].filter((a) => a.byteLength > 0).map((a) => a.buffer as ArrayBuffer);
    port.postMessage(answer, moved);
  } catch (err) {
    answer = { seq: request.seq, error: err instanceof Error ? err.message : String(err) };
    port.postMessage(answer);
  }
});
