// Where the scan cache lives, when it is off, and how it stays bounded (src/cli/scanCacheLocation.ts,
// src/cli/scanCacheFiles.ts).
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cacheFileFor, cachesToRemove, MAX_FOLDERS, readCacheBytes, writeCacheFile } from '../../../src/cli/scanCacheFiles';
import { scanCacheSettings } from '../../../src/cli/scanCacheLocation';

describe('scan cache files', () => {
  it('lives in $XDG_CACHE_HOME, else ~/.cache, under policy-annotator/scans', () => {
    assert.deepEqual(scanCacheSettings({ XDG_CACHE_HOME: '/x/cache' }, '/home/ana'), {
      directory: '/x/cache/policy-annotator/scans',
      verbose: false,
    });
    assert.equal(scanCacheSettings({}, '/home/ana')?.directory, '/home/ana/.cache/policy-annotator/scans');
    assert.equal(scanCacheSettings({ XDG_CACHE_HOME: 'relative' }, '/home/ana')?.directory, '/home/ana/.cache/policy-annotator/scans');
    assert.equal(scanCacheSettings({}, ''), undefined, 'no home, no cache');
  });

  it('is turned off by POLICY_ANNOTATOR_CACHE=off (or 0, false, no) and made to talk by =verbose', () => {
    for (const off of ['off', 'OFF', '0', 'false', 'no'])
      assert.equal(scanCacheSettings({ POLICY_ANNOTATOR_CACHE: off }, '/home/ana'), undefined);
    assert.equal(scanCacheSettings({ POLICY_ANNOTATOR_CACHE: 'verbose' }, '/home/ana')?.verbose, true);
    assert.equal(scanCacheSettings({ POLICY_ANNOTATOR_CACHE: 'on' }, '/home/ana')?.verbose, false);
  });

  it('names one file a folder, by its real path', () => {
    assert.equal(cacheFileFor('/c', '/data/a'), cacheFileFor('/c', '/data/a'));
    assert.notEqual(cacheFileFor('/c', '/data/a'), cacheFileFor('/c', '/data/b'));
    assert.match(path.basename(cacheFileFor('/c', '/data/a')), /^[0-9a-f]{32}\.scans$/);
  });

  it(`keeps the ${MAX_FOLDERS} most recently used caches, fewer when they pass the size cap, and always the one just written`, () => {
    const files = Array.from({ length: 25 }, (_, k) => ({ name: `f${k}.scans`, bytes: 10, usedMs: 1000 + k }));
    // f0 is the oldest; f24 the newest.
    assert.deepEqual(cachesToRemove(files, 'f24.scans').sort(), ['f0.scans', 'f1.scans', 'f2.scans', 'f3.scans', 'f4.scans'].sort());
    assert.ok(!cachesToRemove(files, 'f0.scans').includes('f0.scans'), 'the one just written stays, however old its clock says it is');
    assert.deepEqual(cachesToRemove(files.slice(0, 4), 'f3.scans', 20, 25).sort(), ['f0.scans', 'f1.scans']);
    assert.deepEqual(cachesToRemove([{ name: 'big.scans', bytes: 100, usedMs: 1 }], 'big.scans', 20, 10), []);
  });

  it('writes a cache in pieces, reads it back aligned, and prunes the folder after writing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pa-cache-files-'));
    try {
      const scans = path.join(dir, 'policy-annotator', 'scans');
      for (let k = 0; k < MAX_FOLDERS + 2; k++) {
        const file = path.join(scans, `old${k}.scans`);
        await writeCacheFile(file, [new Uint8Array([k])]);
        utimesSync(file, 1000 + k, 1000 + k);
      }
      writeFileSync(path.join(scans, '.x.scans.abc.tmp'), 'left by a killed run');
      utimesSync(path.join(scans, '.x.scans.abc.tmp'), 1000, 1000);
      const file = cacheFileFor(scans, '/corpus');
      await writeCacheFile(file, [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5])]);
      const bytes = await readCacheBytes(file);
      assert.deepEqual([...(bytes ?? [])], [1, 2, 3, 4, 5]);
      assert.equal((bytes?.byteOffset ?? 1) % 4, 0);
      const left = readdirSync(scans);
      assert.equal(left.length, MAX_FOLDERS);
      assert.ok(left.includes(path.basename(file)));
      assert.ok(!left.includes('old0.scans') && !left.includes('old1.scans') && !left.includes('old2.scans'));
      assert.ok(!left.some((f) => f.endsWith('.tmp')));
      assert.equal(await readCacheBytes(path.join(scans, 'none.scans')), undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
