// `scan` must not hold the corpus in memory: one document is listed, read, scanned and written
// out before the next is even listed, and a full stdout stops reading until it drains.
import { strict as assert } from 'node:assert';
import { PassThrough, Writable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import type { FileStore } from '../../src/core/ports';
import { runCli } from '../../src/cli/main';
import { StreamSink, type TextSink } from '../../src/cli/textSink';
import { memoryEnv, MemoryFileStore } from './helpers/cliHarness';

const CATALOG = 'entities:\n  - { id: russia, name: Russia, kind: actor, type: state }\n';
const SCAN_CSV = ['scan', 'corpus', '--mentions', '--format', 'csv'];

/** Logs each path the scan is given by `list` and each file it reads. */
class SpyStore implements FileStore {
  private readonly inner: MemoryFileStore;

  constructor(documents: number, private readonly events: string[]) {
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
  constructor(private readonly events: string[], private readonly closeAfterWrites = Infinity) {}
  async write(text: string): Promise<void> {
    const documents = text.split('\n').filter((l) => /^doc\d/.test(l)).map((l) => l.split(',')[0]);
    this.events.push(`write ${documents.join(' ')}`);
    if (this.events.filter((e) => e.startsWith('write')).length >= this.closeAfterWrites) this.closed = true;
  }
}

const readsSoFar = (events: readonly string[]): number => events.filter((e) => e.startsWith('read doc')).length;

describe('CLI scan streams one document at a time', () => {
  it('lists, reads and writes the rows of each document before listing the next', async () => {
    const events: string[] = [];
    const env = memoryEnv('corpus', new SpyStore(3, events), new SpySink(events));
    assert.equal(await runCli(SCAN_CSV, env), 0, env.err.text);
    assert.deepEqual(events, [
      'list entities.yaml', 'read entities.yaml',
      'list doc0.txt', 'read doc0.txt', 'write doc0.txt',
      'list doc1.txt', 'read doc1.txt', 'write doc1.txt',
      'list doc2.txt', 'read doc2.txt', 'write doc2.txt',
    ]);
  });

  it('stops reading documents once the reader has gone away (| head)', async () => {
    const events: string[] = [];
    const env = memoryEnv('corpus', new SpyStore(5, events), new SpySink(events, 2));
    assert.equal(await runCli(SCAN_CSV, env), 0, env.err.text);
    assert.equal(readsSoFar(events), 2);
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
    const env = memoryEnv('corpus', new SpyStore(3, events), new StreamSink(stdout));
    const running = runCli(SCAN_CSV, env);
    for (let doc = 1; doc <= 3; doc++) {
      await delay(30);
      assert.equal(readsSoFar(events), doc, `after ${doc - 1} drain(s)`);
      const letGo = release;
      release = undefined;
      assert.ok(letGo, 'a chunk is waiting');
      letGo();
    }
    assert.equal(await running, 0, env.err.text);
  });
});
