// The scan cache's file (core/indexing/scanCacheFormat.ts): what is written reads back as the very
// same scans, and a file that is truncated, altered or of another format is refused with a reason.
import { strict as assert } from 'node:assert';
import { BytePages } from '../../../../src/core/indexing/bytePages';
import { scanForIndex, type DocumentScan, type ScanSetup } from '../../../../src/core/indexing/documentScan';
import {
  decodeRecord,
  encodeCacheFile,
  encodeRecord,
  FORMAT_VERSION,
  readCacheFile,
  type CacheFile,
  type CacheHeader,
} from '../../../../src/core/indexing/scanCacheFormat';
import type { FileStamp } from '../../../../src/core/indexing/scanCacheValidity';
import { compileMatcher } from '../../../../src/core/matcher/mentionMatcher';
import { simpleCatalog } from '../../helpers/matching';

const matcher = compileMatcher(simpleCatalog({ russia: ['Russia'], us: ['United States'], asean: ['ASEAN'] }));
const setup: ScanSetup = {
  matcher,
  listed: new Map([['listed.txt', { day: 19990101, text: '1999-01-01', source: 'documents.yaml' }]]),
  keepBom: true,
  attributes: true,
};
const HEADER: CacheHeader = { key: 'k'.repeat(64), folder: '/data/speeches', readFromMs: 1_700_000_000_000 };

/** Texts that exercise every part of a scan: mentions wrapped over a line, CRLF and a BOM (offset
 * drops), front matter fields and a bad date, a listed date, a name date, nothing at all. */
const TEXTS: Array<[string, string]> = [
  ['a.txt', 'Russia and the United\nStates met ASEAN.\n\nRussia again.'],
  ['b-2004.txt', '\uFEFFRussia\r\nand ASEAN\r\n'],
  ['c.md', '---\ndate: 2015-06-01\ngenre: report\ntags: [a, b]\nscore: 2.5\n---\nASEAN and Russia. 😀 Russia'],
  ['d.md', '---\ndate: soon\n---\nRussia'],
  ['listed.txt', 'United States'],
  ['empty.txt', ''],
  ['dir/ünïcödé name.txt', 'nothing here'],
];

const stampFor = (k: number): FileStamp => ({
  size: BigInt(100 + k),
  ino: (1n << 40n) + BigInt(k),
  mtimeNs: 1_600_000_000_123_456_789n + BigInt(k),
  ctimeNs: 1_600_000_001_987_654_321n + BigInt(k),
});

function scans(): Array<[string, DocumentScan]> {
  return TEXTS.map(([path, text]) => [path, scanForIndex(setup, { path, content: text }).scan]);
}

/** The file's bytes in one aligned array, as the CLI reads it. */
function fileOf(pieces: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function written(): Uint8Array {
  const pages = new BytePages(256); // small pages: records cross page boundaries and some take a page alone
  const all = scans();
  all.forEach(([path, scan], k) => assert.ok(encodeRecord(pages, path, stampFor(k), scan)));
  return fileOf(encodeCacheFile(HEADER, pages, all.length));
}

function read(bytes: Uint8Array): CacheFile {
  const file = readCacheFile(bytes);
  if ('problem' in file) assert.fail(file.problem);
  return file;
}

/** A scan as plain data, to compare what was written with what was read. */
const plain = (s: DocumentScan): unknown => ({ ...s, mentions: [...s.mentions], drops: [...s.drops] });

describe('scan cache file format', () => {
  it('reads back every scan exactly, with its stamp, path and the header', () => {
    const file = read(written());
    assert.deepEqual(file.header, HEADER);
    assert.deepEqual(
      [...file.records.keys()],
      TEXTS.map(([p]) => p),
    );
    scans().forEach(([path, scan], k) => {
      const record = file.records.get(path);
      assert.ok(record);
      assert.deepEqual(record.stamp, stampFor(k));
      assert.deepEqual(plain(decodeRecord(record)), plain(scan), path);
    });
  });

  it('covers the parts of a scan it claims to (drops, wrapped mentions, dates, problems, fields)', () => {
    const byPath = new Map(scans());
    assert.ok(byPath.get('b-2004.txt')!.drops.length > 0);
    assert.ok(byPath.get('a.txt')!.mentions[0] > 0, 'a mention wrapped over a line');
    assert.equal(byPath.get('c.md')!.date?.source, 'front matter');
    assert.equal(byPath.get('d.md')!.dateProblems.length, 1);
    assert.equal(byPath.get('listed.txt')!.date?.source, 'documents.yaml');
    assert.deepEqual(byPath.get('c.md')!.fields, { date: '2015-06-01', genre: 'report', tags: ['a', 'b'], score: 2.5 });
  });

  it('gives typed arrays that are views of the file, not copies', () => {
    const bytes = written();
    const scan = decodeRecord(read(bytes).records.get('a.txt')!);
    assert.equal(scan.mentions.buffer, bytes.buffer);
    assert.equal(scan.drops.buffer, bytes.buffer);
  });

  it('writes nothing for a scan JSON would not give back exactly', () => {
    const pages = new BytePages();
    const scan = scanForIndex(setup, { path: 'x.md', content: '---\nscore: .nan\n---\nRussia' }).scan;
    assert.ok(Number.isNaN(scan.fields?.score));
    assert.equal(encodeRecord(pages, 'x.md', stampFor(0), scan), false);
    assert.equal(pages.length, 0);
    for (const value of ['-0', '.inf', '-.inf'])
      assert.equal(
        encodeRecord(pages, 'y.md', stampFor(0), scanForIndex(setup, { path: 'y.md', content: `---\nscore: ${value}\n---\n` }).scan),
        false,
        value,
      );
    const odd = (fields: Record<string, unknown>): DocumentScan => ({
      ...scanForIndex(setup, { path: 'z.md', content: 'x' }).scan,
      fields,
    });
    for (const fields of [{ a: undefined }, { a: new Date(0) }, { a: [1, , 3] }, { a: () => 1 }, { a: 1n }, { [Symbol('s')]: 1 }])
      assert.equal(encodeRecord(pages, 'z.md', stampFor(0), odd(fields)), false, String(Object.keys(fields)));
    assert.equal(pages.length, 0);
    const plainFields = { a: [1, 'b', null, true, { c: -1.5e300 }], ['__proto__']: 'x' };
    assert.ok(encodeRecord(pages, 'z.md', stampFor(0), odd(plainFields)), 'plain data is kept');
  });

  it('refuses a truncated file, a changed byte, another format version and other files, saying why', () => {
    const bytes = written();
    const problem = (b: Uint8Array): string => {
      const r = readCacheFile(b);
      assert.ok('problem' in r, 'refused');
      return r.problem;
    };
    assert.match(problem(bytes.slice(0, bytes.length - 100)), /truncated/);
    assert.match(problem(bytes.slice(0, 10)), /not a scan cache/);
    assert.match(problem(new Uint8Array(0)), /not a scan cache/);
    for (const at of [40, Math.floor(bytes.length / 2), bytes.length - 10, bytes.length - 2]) {
      const changed = bytes.slice();
      changed[at] ^= 0x01;
      assert.match(problem(changed), /checksum/, `byte ${at}`);
    }
    const other = bytes.slice();
    new DataView(other.buffer).setUint32(8, FORMAT_VERSION + 1, true);
    assert.match(problem(other), new RegExp(`format ${FORMAT_VERSION + 1}`));
    assert.ok(problem(new TextEncoder().encode('PAScan\r\n but not really one at all, no')));
  });

  it('reads an empty cache (a folder without documents)', () => {
    const file = read(fileOf(encodeCacheFile(HEADER, new BytePages(), 0)));
    assert.equal(file.records.size, 0);
  });
});
