// `scan` must not hold the corpus in memory: documents are read a bounded window ahead of what is
// written (reads overlap, scans run on threads), rows come out in path order, and a full stdout
// or a reader that went away stops the reading within that window.
import { strict as assert } from 'node:assert';
import { PassThrough, Writable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import type { FileStore } from '../../../src/core/base/ports';
import { IN_FLIGHT } from '../../../src/cli/folderDocuments';
import { runCli } from '../../../src/cli/main';
import { defaultScanThreads } from '../../../src/node/workerScanPool';
import { StreamSink, type TextSink } from '../../../src/cli/textSink';
import { memoryEnv, MemoryFileStore } from '../../fakes/memoryCli';

const CATALOG = 'entities:\n  - { id: russia, name: Russia, kind: actor, type: state }\n';
const SCAN_CSV = ['scan', 'corpus', '--mentions', '--format', 'csv'];

/** Logs each path the scan is given by `list` and each file it reads. */
class SpyStore implements FileStore {
  private readonly inner: MemoryFileStore;

  constructor(
    documents: number,
    private readonly events: string[],
  ) {
    const files = new Map([['entities.yaml', CATALOG]]);
    for (let i = 0; i < documents; i++) files.set(`doc${i}.txt`, `Russia ${'filler '.repeat(50)}\n`);
    this.inner = new MemoryFileStore(files);
  }

  async readText(file: string): Promise<string> {
    this.events.push(`read ${file}`);
    return this.inner.readText(file);
  }

  async *list(include: (path: string) => boolean): AsyncIterable<string> {
    for await (const file of this.inner.list(include)) {
      this.events.push(`list ${file}`);
      yield file;
    }
  }
}

/** Logs each write as the documents whose rows it carries; can play a reader that goes away. */
class SpySink implements TextSink {
  closed = false;
  constructor(
    private readonly events: string[],
    private readonly closeAfterWrites = Infinity,
  ) {}
  async write(text: string): Promise<void> {
    const documents = text
      .split('\n')
      .filter((l) => /^doc\d/.test(l))
      .map((l) => l.split(',')[0]);
    this.events.push(`write ${documents.join(' ')}`);
    if (this.events.filter((e) => e.startsWith('write')).length >= this.closeAfterWrites) this.closed = true;
  }
}

const readsSoFar = (events: readonly string[]): number => events.filter((e) => e.startsWith('read doc')).length;

/** How far reading may run ahead of writing. */
const WINDOW = IN_FLIGHT * defaultScanThreads();
const DOCUMENTS = WINDOW * 3;

describe('CLI scan streams the corpus through a bounded window', () => {
  it('writes the rows of each document in path order, whatever order the scans finish in', async () => {
    const events: string[] = [];
    const env = memoryEnv('corpus', new SpyStore(12, events), new SpySink(events));
    assert.equal(await runCli(SCAN_CSV, env), 0, env.err.text);
    const sorted = Array.from({ length: 12 }, (_, i) => `doc${i}.txt`).sort();
    assert.deepEqual(
      events.filter((e) => e.startsWith('write doc')),
      sorted.map((d) => `write ${d}`),
    );
    assert.deepEqual(
      events.filter((e) => e.startsWith('read doc')).map((e) => e.slice(5)),
      sorted,
      'read in path order',
    );
  });

  it('stops reading documents once the reader has gone away (| head)', async () => {
    const events: string[] = [];
    const env = memoryEnv('corpus', new SpyStore(DOCUMENTS, events), new SpySink(events, 2));
    assert.equal(await runCli(SCAN_CSV, env), 0, env.err.text);
    const reads = readsSoFar(events);
    assert.ok(reads >= 2 && reads <= 2 + WINDOW, `${reads} documents read of ${DOCUMENTS}, window ${WINDOW}`);
  });

  it('marks the sink closed on EPIPE and fails the next write on other errors', async () => {
    const pipe = new PassThrough();
    const sink = new StreamSink(pipe);
    pipe.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    assert.equal(sink.closed, true);
    await sink.write('dropped quietly\n');
    const disk = new PassThrough();
    const failing = new StreamSink(disk);
    disk.emit('error', Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
    await assert.rejects(failing.write('x\n'), /cannot write output: no space left on device/);
  });

  it('stops reading while stdout is full and resumes when it drains', async () => {
    const events: string[] = [];
    let release: (() => void) | undefined;
    // A consumer that takes one chunk and holds it until the test lets go.
    const stdout = new Writable({
      highWaterMark: 16,
      write(_chunk: Buffer, _encoding, done) {
        release = done;
      },
    });
    const env = memoryEnv('corpus', new SpyStore(DOCUMENTS, events), new StreamSink(stdout));
    const running = runCli(SCAN_CSV, env);
    for (let drain = 0; drain < 3; drain++) {
      for (let waited = 0; !release && waited < 10_000; waited += 5) await delay(5);
      await delay(50); // reading goes on as far as it may
      const reads = readsSoFar(events);
      assert.ok(
        reads <= drain + 2 + WINDOW && reads < DOCUMENTS,
        `after ${drain} drain(s): ${reads} of ${DOCUMENTS} read (window ${WINDOW})`,
      );
      const letGo = release;
      release = undefined;
      assert.ok(letGo, 'a chunk is waiting');
      letGo();
    }
    const finish = setInterval(() => {
      const r = release;
      release = undefined;
      r?.();
    }, 1);
    try {
      assert.equal(await running, 0, env.err.text);
    } finally {
      clearInterval(finish);
    }
    assert.equal(readsSoFar(events), DOCUMENTS);
  });
});
