/**
 * The core's ScanPool over Node's worker threads: one thread a core (the machine's available
 * parallelism), each with a copy of the matcher (sent once, see setUp), jobs sent to the thread with the fewest in hand.
 * The caller's thread only reads files and merges results. A thread that fails (it could not
 * start, or died) is dropped and its jobs are scanned on the caller's thread instead, so indexing
 * never loses a document to a thread; with no thread left the pool scans inline.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { forScanning, type DocumentScan, type ScanJob, type ScanSetup } from '../core/indexing/documentScan';
import { InlineScanPool, type ScanPool } from '../core/indexing/scanPool';
import type { FileStamp } from '../core/indexing/scanCacheValidity';
import { bundledScript, startWorker } from './bundledScript';
import { readStamped } from './fileStamp';
import type { ScanAnswer, ScanRequest, SetupMessage } from './scanMessages';

type PoolJob = ScanJob | { readonly path: string; readonly localPath: string };

/** A scan, with the stamp of the local file it was read from (taken before reading it). */
export interface StampedScan {
  scan: DocumentScan;
  stamp?: FileStamp;
}

interface Pending {
  job: PoolJob;
  resolve: (scanned: StampedScan) => void;
  reject: (err: Error) => void;
}
interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** Threads to use by default: one a core. */
export function defaultScanThreads(): number {
  return Math.max(1, availableParallelism());
}

export class WorkerScanPool implements ScanPool {
  private readonly live: Thread[] = [];
  private inline: InlineScanPool | undefined;
  private seq = 0;
  private closed = false;
  /** Why threads were dropped (for the caller's log). */
  readonly failures: string[] = [];

  /** Starts the threads. Without `setup` they load their code while the caller builds the
   * matcher (for a big catalog that overlaps most of their start-up), and wait for `setUp`. */
  constructor(setup?: ScanSetup, threads = defaultScanThreads()) {
    const script = bundledScript('scanWorker');
    if (!script) this.failures.push('the scan worker script was not found next to the bundle');
    else {
      for (let k = 0; k < threads; k++) {
        try {
          this.live.push(this.start(script));
        } catch (err) {
          this.failures.push(describe(err));
        }
      }
    }
    if (setup) this.setUp(setup);
  }

  /** What every job is scanned with; sent to the threads once, before any job. */
  setUp(setup: ScanSetup): void {
    if (this.inline) throw new Error('the scan pool is already set up');
    this.inline = new InlineScanPool(setup);
    const shared: ScanSetup = { ...setup, matcher: forScanning(setup.matcher) };
    for (const thread of [...this.live]) {
      try {
        const message: SetupMessage = { setup: shared };
        thread.worker.postMessage(message);
      } catch (err) {
        // It cannot be sent (not cloneable): that thread is of no use.
        this.live.splice(this.live.indexOf(thread), 1);
        this.failures.push(describe(err));
        void thread.worker.terminate();
      }
    }
  }

  get threads(): number {
    return Math.max(1, this.live.length);
  }

  async scan(job: ScanJob): Promise<DocumentScan> {
    return (await this.send(job)).scan;
  }

  /** Scans a local file that the scanning thread reads itself: this thread does no I/O for it. */
  scanFile(path: string, localPath: string): Promise<StampedScan> {
    return this.send({ path, localPath });
  }

  private send(job: PoolJob): Promise<StampedScan> {
    if (this.closed) return Promise.reject(new Error('the scan pool is closed'));
    if (!this.inline) return Promise.reject(new Error('the scan pool is not set up yet'));
    const thread = this.leastBusy();
    if (!thread) return this.scanHere(job);
    const seq = ++this.seq;
    return new Promise<StampedScan>((resolve, reject) => {
      thread.pending.set(seq, { job, resolve, reject });
      const request: ScanRequest = { ...job, seq };
      thread.worker.postMessage(request);
    });
  }

  private async scanHere(job: PoolJob): Promise<StampedScan> {
    if (!this.inline) throw new Error('the scan pool is not set up yet');
    if (!('localPath' in job)) return { scan: await this.inline.scan(job) };
    const { bytes, stamp } = await readStamped(job.localPath);
    return { scan: await this.inline.scan({ path: job.path, content: bytes }), ...(stamp ? { stamp } : {}) };
  }

  close(): void {
    this.closed = true;
    for (const t of this.live.splice(0)) {
      for (const p of t.pending.values()) p.reject(new Error('the scan pool was closed'));
      t.pending.clear();
      void t.worker.terminate();
    }
  }

  private start(script: string): Thread {
    const worker = startWorker(script, {});
    const thread: Thread = { worker, pending: new Map() };
    worker.on('message', (answers: ScanAnswer[]) => {
      for (const answer of answers) {
        const p = thread.pending.get(answer.seq);
        if (!p) continue;
        thread.pending.delete(answer.seq);
        if (answer.scan) p.resolve(answer.stamp ? { scan: answer.scan, stamp: answer.stamp } : { scan: answer.scan });
        else p.reject(new Error(answer.error));
      }
    });
    const drop = (why: string): void => {
      const at = this.live.indexOf(thread);
      if (at < 0) return;
      this.live.splice(at, 1);
      if (!this.closed) this.failures.push(why);
      // Its jobs are not lost: they are scanned here.
      for (const p of thread.pending.values()) this.scanHere(p.job).then(p.resolve, p.reject);
      thread.pending.clear();
    };
    worker.on('error', (err) => drop(describe(err)));
    worker.on('exit', (code) => drop(`a scan thread stopped (exit code ${code})`));
    return thread;
  }

  private leastBusy(): Thread | undefined {
    let best: Thread | undefined;
    for (const t of this.live) if (!best || t.pending.size < best.pending.size) best = t;
    return best;
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
