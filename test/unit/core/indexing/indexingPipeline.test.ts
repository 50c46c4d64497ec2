// The indexing pipeline shared by the CLI and the editor: ordered overlapping work (inOrder), the
// scan of one document for the index (scanForIndex), and the worker-thread pool, which must index
// exactly as scanning on this thread does.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CorpusIndex } from '../../../../src/core/index/corpusIndex';
import { scanDocument } from '../../../../src/core/matcher/documentScanner';
import { scanForIndex, scannedDocument, type ScanSetup } from '../../../../src/core/indexing/documentScan';
import { inOrder } from '../../../../src/core/indexing/inOrder';
import { InlineScanPool } from '../../../../src/core/indexing/scanPool';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { WorkerScanPool } from '../../../../src/node/workerScanPool';
import { layeredCatalogFile } from '../../helpers/sampleCatalog';

const CORPUS = path.join(__dirname, '..', '..', '..', '..', 'corpus');
const sampleTexts = (): Array<[string, string]> =>
  readdirSync(CORPUS)
    .filter((f) => f.endsWith('.md') || f.endsWith('.txt'))
    .sort()
    .map((f) => [f, readFileSync(path.join(CORPUS, f), 'utf8')]);
const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('indexing pipeline: inOrder', () => {
  it('hands back results in the order of the items, whatever order the work finishes in', async () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    const done = await collect(
      inOrder(
        items,
        async (i) => {
          await delay((i * 7) % 5);
          return i * 2;
        },
        8,
      ),
    );
    assert.deepEqual(
      done.map((d) => d.item),
      items,
    );
    assert.deepEqual(
      done.map((d) => d.result),
      items.map((i) => i * 2),
    );
  });

  it('never has more than the window in flight, and keeps it full', async () => {
    let inFlight = 0,
      most = 0;
    await collect(
      inOrder(
        Array.from({ length: 50 }, (_, i) => i),
        async () => {
          most = Math.max(most, ++inFlight);
          await delay(1);
          inFlight--;
        },
        6,
      ),
    );
    assert.equal(most, 6);
  });

  it('reports a failed item in its place and goes on with the others', async () => {
    const done = await collect(
      inOrder(
        ['a', 'b', 'c'],
        async (x) => {
          if (x === 'b') throw new Error('gone');
          return x.toUpperCase();
        },
        2,
      ),
    );
    assert.deepEqual(
      done.map((d) => [d.item, d.result, d.error instanceof Error ? d.error.message : undefined]),
      [
        ['a', 'A', undefined],
        ['b', undefined, 'gone'],
        ['c', 'C', undefined],
      ],
    );
  });

  it('starts nothing more once the consumer stops', async () => {
    const started: number[] = [];
    for await (const d of inOrder(
      Array.from({ length: 100 }, (_, i) => i),
      async (i) => {
        started.push(i);
        await delay(1);
        return i;
      },
      4,
    )) {
      if (d.item === 1) break;
    }
    await delay(10);
    assert.ok(started.length <= 6, `started ${started.length}`);
  });

  it('takes an asynchronous sequence (a folder listed lazily)', async () => {
    async function* letters(): AsyncGenerator<string> {
      for (const c of 'xyz') {
        await delay(1);
        yield c;
      }
    }
    assert.deepEqual(
      (await collect(inOrder(letters(), async (c) => c, 2))).map((d) => d.result),
      ['x', 'y', 'z'],
    );
  });
});

describe('indexing pipeline: scanning for the index', () => {
  const catalog = layeredCatalogFile(path.join(CORPUS, 'entities.yaml'));
  const matcher = compileMatcher(catalog);
  const setup = (keepBom: boolean): ScanSetup => ({ matcher, listed: new Map(), keepBom });

  it('indexes a document exactly as CorpusIndex.setDocument does', () => {
    for (const [file, text] of sampleTexts()) {
      const direct = new CorpusIndex(matcher).setDocument(file, text);
      const { scan } = scanForIndex(setup(true), { path: file, content: text });
      const added = new CorpusIndex(matcher).addScanned(file, scannedDocument(scan), scan.length, scan.date);
      assert.deepEqual([...added.mentions], [...direct.mentions], file);
      assert.deepEqual(
        [added.lineCount, added.length, [...added.entities], [...added.counts]],
        [direct.lineCount, direct.length, [...direct.entities], [...direct.counts]],
        file,
      );
      assert.ok(direct.mentions.length > 0, `${file} has mentions`);
    }
  });

  it('decodes bytes with or without the byte order mark, as each side reads files', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Russia and ASEAN')]);
    const kept = scanForIndex(setup(true), { path: 'a.txt', content: bytes }).scan;
    const stripped = scanForIndex(setup(false), { path: 'a.txt', content: bytes }).scan;
    assert.equal(kept.length, 17);
    assert.equal(stripped.length, 16);
    assert.equal(scannedDocument(kept).mentions.start(0), 1);
    assert.equal(scannedDocument(stripped).mentions.start(0), 0);
  });

  it('dates a document by its path and front matter and reads dated names as of it', () => {
    const text = '---\ndate: 1965-03-01\n---\nThe United Arab Republic said so.\n';
    const { scan } = scanForIndex(setup(true), { path: 'speeches/x.txt', content: text });
    assert.equal(scan.date?.day, 19650301);
    assert.equal(scanDocument(matcher, text).mentions.length, 0, 'undated, the name of 1961-1971 is no mention');
    assert.equal(scannedDocument(scan).mentions.length, 1, 'in 1965 it is Egypt');
    const later = scanForIndex(setup(true), { path: 'speeches/1985/x.txt', content: 'The United Arab Republic said so.' }).scan;
    assert.equal(later.date?.source, 'folder name');
    const entityOf = (s: typeof scan): string => matcher.entities[scannedDocument(s).mentions.entity(0)].id;
    assert.notEqual(entityOf(later), entityOf(scan), 'dated 1985 by its folder, the name is read as of 1985');
    const bad = scanForIndex(setup(true), { path: 'y.txt', content: '---\ndate: soon\n---\ntext\n' }).scan;
    assert.equal(bad.date, undefined);
    assert.equal(bad.dateProblems.length, 1);
  });
});

describe('indexing pipeline: worker threads', () => {
  const matcher = compileMatcher(layeredCatalogFile(path.join(CORPUS, 'entities.yaml')));
  const setup: ScanSetup = { matcher, listed: new Map([['listed.txt', { day: 19920101, text: '1992' } as never]]), keepBom: true };

  it('scans on two threads exactly as on this one, strings and bytes alike', async () => {
    const pool = new WorkerScanPool(setup, 2);
    try {
      assert.deepEqual(pool.failures, []);
      assert.equal(pool.threads, 2);
      const inline = new InlineScanPool(setup);
      const jobs = sampleTexts().flatMap(([file, text]) => [
        { path: file, content: text },
        { path: 'listed.txt', content: new TextEncoder().encode(text) },
      ]);
      const threaded = await Promise.all(jobs.map((j) => pool.scan(j)));
      for (const [k, job] of jobs.entries()) {
        const here = await inline.scan(job);
        assert.deepEqual(
          { ...threaded[k], mentions: [...threaded[k].mentions], drops: [...threaded[k].drops] },
          { ...here, mentions: [...here.mentions], drops: [...here.drops] },
          job.path,
        );
      }
      assert.equal(threaded[1].date?.day, 19920101, 'dates listed in documents.yaml reach the threads');
      assert.deepEqual(pool.failures, [], 'the threads scanned them (a thread that failed hands its jobs back silently)');
      assert.equal(pool.threads, 2);
    } finally {
      pool.close();
    }
  });

  it('answers documents without mentions again and again (their empty lists are not moved away)', async () => {
    const pool = new WorkerScanPool(setup, 1);
    try {
      for (let k = 0; k < 3; k++)
        assert.equal(scannedDocument(await pool.scan({ path: 'e.txt', content: 'nothing here' })).mentions.length, 0);
    } finally {
      pool.close();
    }
  });

  it('scans on this thread when no thread can start, and says why', async () => {
    const unsendable = { ...setup, listed: new Map([['x', (() => 1) as never]]) };
    const pool = new WorkerScanPool(unsendable, 2);
    try {
      assert.equal(pool.failures.length, 2);
      const scan = await pool.scan({ path: 'a.txt', content: 'Russia' });
      assert.equal(scannedDocument(scan).mentions.length, 1);
    } finally {
      pool.close();
    }
  });

  it('starts its threads before it has a matcher, and scans once it is set up', async () => {
    const pool = new WorkerScanPool(undefined, 2);
    try {
      await assert.rejects(pool.scan({ path: 'a.txt', content: 'Russia' }), /not set up/);
      pool.setUp(setup);
      assert.throws(() => pool.setUp(setup), /already set up/);
      const scans = await Promise.all(['Russia and Viet Nam', 'nothing'].map((content, k) => pool.scan({ path: `${k}.txt`, content })));
      assert.deepEqual(
        scans.map((s) => scannedDocument(s).mentions.length),
        [2, 0],
      );
      assert.deepEqual(pool.failures, []);
    } finally {
      pool.close();
    }
  });

  it('reads a local file on the thread, whole, however it compares with the buffer it reuses', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pa-reads-'));
    const pool = new WorkerScanPool(setup, 1);
    try {
      const texts = ['Russia '.repeat(200_000), '', 'ASEAN and Russia', 'Russia '.repeat(10)];
      texts.forEach((t, k) => writeFileSync(path.join(dir, `${k}.txt`), t));
      // In this order the thread's buffer grows past its first size, then holds a shorter file
      // where a longer one was: each must be read to its own end, nothing of the one before.
      const counts = [];
      for (const k of texts.keys())
        counts.push(scannedDocument((await pool.scanFile(`${k}.txt`, path.join(dir, `${k}.txt`))).scan).mentions.length);
      assert.deepEqual(counts, [200_000, 0, 2, 10]);
      await assert.rejects(pool.scanFile('gone.txt', path.join(dir, 'gone.txt')), /ENOENT/);
    } finally {
      pool.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects what is still asked once closed', async () => {
    const pool = new WorkerScanPool(setup, 1);
    const pending = pool.scan({ path: 'a.txt', content: 'Russia '.repeat(100_000) });
    pool.close();
    await assert.rejects(pending, /closed/);
    await assert.rejects(pool.scan({ path: 'b.txt', content: 'Russia' }), /closed/);
  });
});
