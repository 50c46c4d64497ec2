/**
 * A scanning thread (see workerScanPool.ts): builds nothing itself, it receives the compiled
 * matcher and the listed dates once (its first message), then scans each job it is sent (reading it from
 * disk itself when given a local path). Answers go back in batches (every few milliseconds of
 * work, or when no job is waiting), their buffers transferred rather than copied: one message per document cost
 * more than a tenth of the scanning time.
 */
import { parentPort } from 'node:worker_threads';
import { scanForIndex, type ScanSetup } from '../core/indexing/documentScan';
import { warmUpScanning } from '../core/indexing/scanWarmUp';
import { MentionList } from '../core/matcher/mentionList';
import { ReusedReadBuffer } from './reusedReadBuffer';
import type { ScanAnswer, ScanRequest, SetupMessage } from './scanMessages';

let setup: ScanSetup | undefined;
const port = parentPort;
if (!port) throw new Error('scanWorker.js runs as a worker thread only');

const reader = new ReusedReadBuffer();
let outbox: ScanAnswer[] = [];
let moved: ArrayBuffer[] = [];
let flushQueued = false;
let oldestUnsent = 0;

/** Answers are sent when this thread has nothing more queued, or after this much work, so the
 * caller can hand out more documents before this thread runs dry. */
const SEND_AFTER_MS = 8;

function flush(): void {
  flushQueued = false;
  if (outbox.length === 0) return;
  const answers = outbox;
  const buffers = moved;
  outbox = [];
  moved = [];
  port?.postMessage(answers, buffers);
}

function answer(a: ScanAnswer): void {
  if (outbox.length === 0) oldestUnsent = performance.now();
  outbox.push(a);
  if (performance.now() - oldestUnsent >= SEND_AFTER_MS) flush();
  else if (!flushQueued) {
    flushQueued = true;
    setImmediate(flush); // after every request already queued is scanned
  }
}

let warm = false;

/** Before the first job, not at the setup: a run that sends none (every scan from the cache) is
 * spared it. A warm-up that fails only leaves the scanner cold. */
function warmUp(setup: ScanSetup): void {
  warm = true;
  try {
    warmUpScanning(setup);
  } catch {
    // The jobs say what is wrong with the scanner, if anything is.
  }
}

port.on('message', (message: ScanRequest | SetupMessage) => {
  if ('setup' in message) {
    setup = message.setup;
    return;
  }
  const request = message;
  try {
    const read = 'localPath' in request ? reader.read(request.localPath) : { bytes: request.content, stamp: undefined };
    if (!setup) throw new Error('a job came before the setup');
    if (!warm) warmUp(setup);
    const { scan } = scanForIndex(setup, { path: request.path, content: read.bytes });
    // Empty lists share one buffer (MentionList.empty): that one is copied, never moved away.
    for (const a of [scan.mentions, scan.drops]) if (a.byteLength > 0 && a !== MentionList.empty.data) moved.push(a.buffer as ArrayBuffer);
    answer({ seq: request.seq, scan, ...(read.stamp ? { stamp: read.stamp } : {}) });
  } catch (err) {
    answer({ seq: request.seq, error: err instanceof Error ? err.message : String(err) });
  }
});
