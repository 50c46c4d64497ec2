// Files stamped for the scan cache (src/node/fileStamp.ts): the stamp of what was read, taken from
// the open file, on this thread and on a scanning thread alike.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { sameStamp } from '../../../src/core/indexing/scanCacheValidity';
import { compileMatcher } from '../../../src/core/matcher/mentionMatcher';
import { readStamped, statStamp } from '../../../src/node/fileStamp';
import { WorkerScanPool } from '../../../src/node/workerScanPool';
import { simpleCatalog } from '../helpers/matching';

describe('file stamps', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'pa-stamps-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stamps a file by size, inode and nanosecond times, and none where there is no file', async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'Russia');
    utimesSync(file, 1_600_000_000.5, 1_600_000_000.5);
    const stamp = statStamp(file);
    assert.ok(stamp);
    assert.deepEqual([stamp.size, stamp.mtimeNs], [6n, 1_600_000_000_500_000_000n]);
    assert.ok(stamp.ino > 0n && stamp.ctimeNs > stamp.mtimeNs);
    const read = await readStamped(file);
    assert.equal(Buffer.from(read.bytes).toString(), 'Russia');
    assert.ok(read.stamp && sameStamp(read.stamp, stamp));
    assert.equal(statStamp(path.join(dir, 'none.txt')), undefined);
    assert.equal(statStamp(dir), undefined, 'a folder is no file');
    writeFileSync(file, 'Russia!');
    assert.ok(!sameStamp(statStamp(file)!, stamp));
  });

  it('hands back, with a scan of a local file, the stamp of the file the thread read', async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'Russia and Russia');
    const matcher = compileMatcher(simpleCatalog({ russia: ['Russia'] }));
    const pool = new WorkerScanPool({ matcher, listed: new Map(), keepBom: true }, 1);
    try {
      const { scan, stamp } = await pool.scanFile('a.txt', file);
      assert.equal(scan.length, 17);
      assert.ok(stamp && sameStamp(stamp, statStamp(file)!));
    } finally {
      pool.close();
    }
  });
});
