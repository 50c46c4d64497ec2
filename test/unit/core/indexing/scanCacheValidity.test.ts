// When a kept scan may stand for scanning a document again (core/indexing/scanCacheValidity.ts):
// the same file, and settled before the run that read it began.
import { strict as assert } from 'node:assert';
import { isSettled, mayReuse, sameStamp, SETTLE_MARGIN_MS, type FileStamp } from '../../../../src/core/indexing/scanCacheValidity';

const MS = 1_000_000n;
const RUN = 1_700_000_000_000; // when the run that read the file began, ms
const OLD: FileStamp = { size: 2048n, ino: 77n, mtimeNs: BigInt(RUN - 60_000) * MS + 123n, ctimeNs: BigInt(RUN - 60_000) * MS + 456n };

describe('scan cache validity', () => {
  it('a stamp is the same only when size, inode, modification and change time all are', () => {
    assert.ok(sameStamp(OLD, { ...OLD }));
    for (const change of [{ size: 2049n }, { ino: 78n }, { mtimeNs: OLD.mtimeNs + 1n }, { ctimeNs: OLD.ctimeNs + 1n }])
      assert.ok(
        !sameStamp(OLD, { ...OLD, ...change }),
        JSON.stringify(change, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}` : v)),
      );
  });

  it('a file is settled only when changed at least the margin before the run began, by either time', () => {
    const at = (ms: number, extraNs = 0n): bigint => BigInt(ms) * MS + extraNs;
    const edge = RUN - SETTLE_MARGIN_MS;
    assert.ok(isSettled({ ...OLD, mtimeNs: at(edge, -1n), ctimeNs: at(edge, -1n) }, RUN));
    assert.ok(!isSettled({ ...OLD, mtimeNs: at(edge), ctimeNs: at(edge - 1000) }, RUN), 'modified exactly at the margin');
    assert.ok(!isSettled({ ...OLD, mtimeNs: at(edge - 1000), ctimeNs: at(edge) }, RUN), 'changed (ctime) at the margin');
    assert.ok(!isSettled({ ...OLD, mtimeNs: at(RUN - 10) }, RUN), 'modified while the run began');
    assert.ok(!isSettled({ ...OLD, mtimeNs: at(RUN + 3_600_000) }, RUN), 'modified in the future (a clock ahead)');
    assert.ok(isSettled(OLD, RUN));
  });

  it('a kept scan stands for a file only when the file is the same and was settled when it was read', () => {
    assert.ok(mayReuse(OLD, RUN, { ...OLD }));
    assert.ok(!mayReuse(OLD, RUN, { ...OLD, mtimeNs: OLD.mtimeNs + MS }), 'edited since');
    assert.ok(!mayReuse(OLD, RUN, { ...OLD, ctimeNs: OLD.ctimeNs + MS }), 'rewritten with its old modification time put back');
    const racy: FileStamp = { ...OLD, mtimeNs: BigInt(RUN - 1000) * MS, ctimeNs: BigInt(RUN - 1000) * MS };
    assert.ok(!mayReuse(racy, RUN, { ...racy }), 'a file changed within the margin of the read is never trusted, even unchanged since');
    assert.ok(mayReuse(racy, RUN + SETTLE_MARGIN_MS, { ...racy }), 'the same stamp read by a later run is');
  });
});
