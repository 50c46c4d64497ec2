/**
 * The corpus documents of a folder, scanned through the core's indexing pipeline: files are read
 * several at a time (by the scanning threads themselves for a local folder) and scanned on worker
 * threads, and come back in path order. Memory does not
 * grow with the corpus (a window of documents is in flight, texts are dropped after the scan unless
 * the command asks for them). A document that cannot be read is reported on stderr and counted,
 * and the others go on.
 */
import { inOrder } from '../core/indexing/inOrder';
import type { DocumentScan } from '../core/indexing/documentScan';
import { isCorpusDocument } from '../core/base/ports';
import type { WorkerScanPool } from '../node/workerScanPool';
import { describeError } from './cliError';
import type { CliEnv, Folder } from './cliEnv';

/** Documents in flight a scanning thread: enough to keep every thread and the disk busy. */
export const IN_FLIGHT = 64;

export interface ScannedFile {
  path: string;
  scan: DocumentScan;
  /** The text, when asked for (`withText`). */
  text?: string;
}

export class FolderDocuments {
  /** Documents that could not be read so far. */
  unreadable = 0;

  constructor(
    private readonly folder: Folder,
    private readonly env: CliEnv,
  ) {}

  /** Every document, scanned by `pool`, in path order. */
  async *scan(pool: WorkerScanPool, withText = false): AsyncGenerator<ScannedFile> {
    const store = this.folder.store;
    const work = async (path: string): Promise<{ scan: DocumentScan; text?: string }> => {
      if (withText) {
        const text = await store.readText(path);
        return { scan: await pool.scan({ path, content: text }), text };
      }
      // A local folder is read by the scanning threads themselves; this thread only merges.
      if (store.localPath) return { scan: (await pool.scanFile(path, store.localPath(path))).scan };
      return { scan: await pool.scan({ path, content: store.readBytes ? await store.readBytes(path) : await store.readText(path) }) };
    };
    for await (const done of inOrder(store.list(isCorpusDocument), work, IN_FLIGHT * pool.threads)) {
      if (this.env.out.closed) return;
      if (done.result !== undefined) {
        yield { path: done.item, ...done.result };
        continue;
      }
      this.unreadable++;
      await this.env.err.write(`${this.folder.display(done.item)}: error: cannot read the document: ${describeError(done.error)}\n`);
    }
  }
}
