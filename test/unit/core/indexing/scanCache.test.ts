// One run's use of the scan cache (core/indexing/scanCache.ts): kept scans are used only under the
// same key and folder and for the same settled files; what the next run finds is what this run saw.
import { strict as assert } from 'node:assert';
import { scanForIndex, type DocumentScan, type ScanSetup } from '../../../../src/core/indexing/documentScan';
import { ScanCache } from '../../../../src/core/indexing/scanCache';
import { readCacheFile, type CacheFile, type CacheHeader } from '../../../../src/core/indexing/scanCacheFormat';
import { SETTLE_MARGIN_MS, type FileStamp } from '../../../../src/core/indexing/scanCacheValidity';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { simpleCatalog } from '../../helpers/matching';

const setup: ScanSetup = { matcher: compileMatcher(simpleCatalog({ russia: ['Russia'] })), listed: new Map(), keepBom: true };
const scanOf = (text: string): DocumentScan => scanForIndex(setup, { path: 'x.txt', content: text }).scan;
const T0 = 1_700_000_000_000;
const header = (readFromMs: number, key = 'key-1', folder = '/corpus'): CacheHeader => ({ key, folder, readFromMs });
const stamp = (k: number, changedMs = T0 - 3_600_000): FileStamp => ({
  size: BigInt(k),
  ino: BigInt(k),
  mtimeNs: BigInt(changedMs) * 1_000_000n,
  ctimeNs: BigInt(changedMs) * 1_000_000n,
});

function fileOf(cache: ScanCache): CacheFile {
  const pieces = cache.encode();
  const bytes = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    bytes.set(p, at);
    at += p.length;
  }
  const file = readCacheFile(bytes);
  if ('problem' in file) assert.fail(file.problem);
  return file;
}

/** A first run over a.txt, b.txt, c.txt (all settled). */
function firstRun(): CacheFile {
  const run = new ScanCache(header(T0), undefined);
  ['a', 'b', 'c'].forEach((name, k) => run.add(`${name}.txt`, stamp(k + 1), scanOf(`Russia ${name}`)));
  assert.ok(run.changed);
  return fileOf(run);
}

describe('scan cache, one run', () => {
  it('gives back the kept scans of unchanged files, and has nothing new to write when all were kept', () => {
    const run = new ScanCache(header(T0 + 60_000), firstRun());
    assert.ok(run.matched);
    ['a', 'b', 'c'].forEach((name, k) => {
      const kept = run.lookup(`${name}.txt`, stamp(k + 1));
      assert.ok(kept);
      assert.equal(kept.length, `Russia ${name}`.length);
      run.keep(`${name}.txt`);
    });
    assert.deepEqual([run.reused, run.scanned, run.changed], [3, 0, false]);
  });

  it('scans a changed file and writes it anew, keeping the others', () => {
    const run = new ScanCache(header(T0 + 60_000), firstRun());
    assert.equal(run.lookup('b.txt', { ...stamp(2), mtimeNs: stamp(2).mtimeNs + 1n }), undefined);
    run.keep('a.txt');
    run.add('b.txt', { ...stamp(2), size: 99n }, scanOf('Russia Russia'));
    run.keep('c.txt');
    assert.ok(run.changed);
    const next = fileOf(run);
    assert.deepEqual([...next.records.keys()], ['a.txt', 'b.txt', 'c.txt']);
    assert.equal(next.records.get('b.txt')?.stamp.size, 99n);
    assert.equal(next.header.readFromMs, T0 + 60_000);
  });

  it('drops a deleted document from the next file', () => {
    const run = new ScanCache(header(T0 + 60_000), firstRun());
    run.keep('a.txt');
    run.keep('c.txt');
    assert.ok(run.changed);
    assert.deepEqual([...fileOf(run).records.keys()], ['a.txt', 'c.txt']);
  });

  it('uses nothing kept under another key or for another folder', () => {
    for (const other of [header(T0 + 60_000, 'key-2'), header(T0 + 60_000, 'key-1', '/elsewhere')]) {
      const run = new ScanCache(other, firstRun());
      assert.equal(run.matched, false);
      assert.equal(run.lookup('a.txt', stamp(1)), undefined);
    }
  });

  it('never keeps a file changed within the margin of the run, and scans it again next time', () => {
    const runAt = T0 + 60_000;
    const racy = stamp(9, runAt - SETTLE_MARGIN_MS + 1);
    const first = new ScanCache(header(runAt), undefined);
    first.add('a.txt', stamp(1), scanOf('Russia'));
    first.add('new.txt', racy, scanOf('Russia'));
    first.add('unstamped.txt', undefined, scanOf('Russia'));
    const file = fileOf(first);
    assert.deepEqual([...file.records.keys()], ['a.txt']);
    const second = new ScanCache(header(runAt + 1000), file);
    assert.equal(second.lookup('new.txt', racy), undefined);
    second.keep('a.txt');
    second.add('new.txt', racy, scanOf('Russia'));
    assert.ok(second.changed, 'still unsettled, so the cache is not what it should become');
  });

  it('trusts no entry the file it came from could not have settled: a header written too early', () => {
    // A file whose record says it was read by a run that began before its last change.
    const run = new ScanCache(header(T0), undefined);
    run.add('a.txt', stamp(1), scanOf('Russia'));
    const file = fileOf(run);
    const late = { ...file, header: { ...file.header, readFromMs: T0 - 3_600_000 } };
    assert.equal(new ScanCache(header(T0 + 60_000), late).lookup('a.txt', stamp(1)), undefined);
  });
});
