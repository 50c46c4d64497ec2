/**
 * A scanning thread (see workerScanPool.ts): builds nothing itself, it receives the compiled
 * matcher and the listed dates once (workerData), then scans each job it is sent (reading it from
 * disk itself when given a local path). Answers go back in batches, one message for all the jobs
 * that were waiting, their buffers transferred rather than copied: one message per document cost
 * more than a tenth of the scanning time.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { scanForIndex, type ScanSetup } from '../core/indexing/documentScan';
import { MentionList } from '../core/mentionList';
import type { ScanAnswer, ScanRequest } from './scanMessages';

const setup = workerData as ScanSetup;
const port = parentPort;
if (!port) throw new Error('scanWorker.js runs as a worker thread only');

let outbox: ScanAnswer[] = [];
let moved: ArrayBuffer[] = [];

function flush(): void {
  const answers = outbox;
  const buffers = moved;
  outbox = [];
  moved = [];
  port?.postMessage(answers, buffers);
}

port.on('message', (request: ScanRequest) => {
  if (outbox.length === 0) setImmediate(flush); // after every request already queued is scanned
  try {
    const content = 'localPath' in request ? readFileSync(request.localPath) : request.content;
    const { scan } = scanForIndex(setup, { path: request.path, content });
    outbox.push({ seq: request.seq, scan });
    // Empty lists share one buffer (MentionList.empty): that one is copied, never moved away.
    for (const a of [scan.mentions, scan.drops]) if (a.byteLength > 0 && a !== MentionList.empty.data) moved.push(a.buffer as ArrayBuffer);
  } catch (err) {
    outbox.push({ seq: request.seq, error: err instanceof Error ? err.message : String(err) });
  }
});
