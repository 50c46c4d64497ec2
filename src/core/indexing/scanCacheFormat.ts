/**
 * The scan cache's file: the DocumentScan of every document of one folder, with the stamp of the
 * file it was made from, under one key (scanCacheKey.ts). Binary, so that 700,000 mentions load in
 * milliseconds: the mention lists and offset drops are stored as the bytes of their Int32Arrays and
 * read back as views of the file, without parsing a number.
 *
 *   header   magic "PAScan\r\n" | u32 FORMAT_VERSION | u32 record count | f64 file length |
 *            u32 J | J bytes of JSON {key, folder, readFromMs} | zero padding to 4
 *   records  one a document, in path order (see encodeRecord), each a multiple of 4 bytes long
 *   trailer  u32 CRC-32 of every byte before it
 *
 * Header and record numbers are little-endian; the typed arrays are in the machine's own order,
 * so the cache is only written on little-endian machines (every platform Node ships for but s390x).
 * A file that is truncated, altered or of another format version is refused as a whole, with a
 * reason (readCacheFile); it is then rewritten.
 */
import { crc32 } from 'node:zlib';
import type { Diagnostic } from '../base/diagnostics';
import type { DocumentDate } from '../catalog/catalogPeriod';
import { BytePages } from './bytePages';
import type { DocumentScan } from './documentScan';
import type { FileStamp } from './scanCacheValidity';

/** Bump with any change to the layout below. */
export const FORMAT_VERSION = 1;

const MAGIC = Uint8Array.from('PAScan\r\n', (c) => c.charCodeAt(0));
const FIXED_HEADER = 28;
const RECORD_HEAD = 64;

export const NATIVE_LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export interface CacheHeader {
  /** scanCacheKey of the run that wrote it. */
  readonly key: string;
  /** The folder's real path. */
  readonly folder: string;
  /** When that run began, before it looked at any document (ms since the epoch). */
  readonly readFromMs: number;
}

/** A document's record in a cache file that was read. */
export interface KeptRecord {
  readonly path: string;
  readonly stamp: FileStamp;
  /** The record's bytes (a view of the file). */
  readonly bytes: Uint8Array;
}

export interface CacheFile {
  readonly header: CacheHeader;
  readonly records: ReadonlyMap<string, KeptRecord>;
}

/** What the JSON part of a record holds: the scan's fields that are not numbers or arrays. */
interface RecordMeta {
  date?: DocumentDate;
  dateProblems: readonly Diagnostic[];
  fields?: Readonly<Record<string, unknown>>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const pad4 = (n: number): number => (n + 3) & ~3;
const isInt32 = (n: number): boolean => Number.isInteger(n) && n >= -0x80000000 && n <= 0x7fffffff;
const U64_MAX = (1n << 64n) - 1n;
const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;

/**
 *   u32 record length | u32 path bytes P | u32 meta bytes M | u32 mentions | u32 drops |
 *   i32 lineCount | i32 length | i32 words | u64 size | u64 ino | i64 mtimeNs | i64 ctimeNs |
 *   path (UTF-8) | meta (JSON) | padding to 4 | mentions (Int32) | drops (Int32)
 *
 * False (and nothing appended) when the scan cannot be stored exactly: a field that JSON would
 * change (NaN or -0 in front matter, say), a number out of range. Such a document is scanned on
 * every run.
 */
export function encodeRecord(out: BytePages, path: string, stamp: FileStamp, scan: DocumentScan): boolean {
  const meta: RecordMeta = {
    ...(scan.date ? { date: scan.date } : {}),
    dateProblems: scan.dateProblems,
    ...(scan.fields ? { fields: scan.fields } : {}),
  };
  if (!jsonExact(meta)) return false;
  if (!isInt32(scan.lineCount) || !isInt32(scan.length) || !isInt32(scan.words)) return false;
  if (stamp.size < 0n || stamp.size > U64_MAX || stamp.ino < 0n || stamp.ino > U64_MAX) return false;
  if ([stamp.mtimeNs, stamp.ctimeNs].some((t) => t < I64_MIN || t > I64_MAX)) return false;
  const pathBytes = encoder.encode(path);
  const metaBytes = encoder.encode(JSON.stringify(meta));
  const payload = RECORD_HEAD + pad4(pathBytes.length + metaBytes.length);
  const length = payload + scan.mentions.byteLength + scan.drops.byteLength;
  const { page, at } = out.reserve(length);
  const view = new DataView(page.buffer, page.byteOffset + at, length);
  view.setUint32(0, length, true);
  view.setUint32(4, pathBytes.length, true);
  view.setUint32(8, metaBytes.length, true);
  view.setUint32(12, scan.mentions.length, true);
  view.setUint32(16, scan.drops.length, true);
  view.setInt32(20, scan.lineCount, true);
  view.setInt32(24, scan.length, true);
  view.setInt32(28, scan.words, true);
  view.setBigUint64(32, stamp.size, true);
  view.setBigUint64(40, stamp.ino, true);
  view.setBigInt64(48, stamp.mtimeNs, true);
  view.setBigInt64(56, stamp.ctimeNs, true);
  page.set(pathBytes, at + RECORD_HEAD);
  page.set(metaBytes, at + RECORD_HEAD + pathBytes.length);
  page.set(bytesOf(scan.mentions), at + payload);
  page.set(bytesOf(scan.drops), at + payload + scan.mentions.byteLength);
  return true;
}

/** The whole file: header, the records appended to `records`, trailer. */
export function encodeCacheFile(header: CacheHeader, records: BytePages, count: number): Uint8Array[] {
  const json = encoder.encode(JSON.stringify({ key: header.key, folder: header.folder, readFromMs: header.readFromMs }));
  const head = new Uint8Array(FIXED_HEADER + pad4(json.length));
  const length = head.length + records.length + 4;
  const view = new DataView(head.buffer);
  head.set(MAGIC, 0);
  view.setUint32(8, FORMAT_VERSION, true);
  view.setUint32(12, count, true);
  view.setFloat64(16, length, true);
  view.setUint32(24, json.length, true);
  head.set(json, FIXED_HEADER);
  const pages = [head, ...records.pages()];
  let crc = 0;
  for (const p of pages) crc = crc32(p, crc);
  const trailer = new Uint8Array(4);
  new DataView(trailer.buffer).setUint32(0, crc, true);
  return [...pages, trailer];
}

/** The file's header and records, or why it cannot be used. `bytes` must start at a multiple of 4
 * in its buffer (the scans are views of it). */
export function readCacheFile(bytes: Uint8Array): CacheFile | { problem: string } {
  if (bytes.byteOffset % 4 !== 0) throw new RangeError('the cache bytes must be aligned to 4');
  if (bytes.length < FIXED_HEADER + 4 || !MAGIC.every((b, k) => bytes[k] === b)) return { problem: 'not a scan cache file' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const version = view.getUint32(8, true);
  if (version !== FORMAT_VERSION) return { problem: `written in format ${version}, this version reads format ${FORMAT_VERSION}` };
  const length = view.getFloat64(16, true);
  if (length !== bytes.length) return { problem: `${bytes.length} bytes where the file says ${length}: truncated or altered` };
  const stored = view.getUint32(bytes.length - 4, true);
  if (crc32(bytes.subarray(0, bytes.length - 4)) !== stored) return { problem: 'its checksum does not match: altered or damaged' };
  try {
    const jsonLength = view.getUint32(24, true);
    const header = JSON.parse(decoder.decode(bytes.subarray(FIXED_HEADER, FIXED_HEADER + jsonLength))) as CacheHeader;
    if (typeof header.key !== 'string' || typeof header.folder !== 'string' || typeof header.readFromMs !== 'number')
      return { problem: 'its header is incomplete' };
    const records = new Map<string, KeptRecord>();
    const end = bytes.length - 4;
    let at = FIXED_HEADER + pad4(jsonLength);
    while (at < end) {
      const record = splitRecord(bytes, view, at, end);
      records.set(record.path, record);
      at += record.bytes.length;
    }
    if (at !== end || records.size !== view.getUint32(12, true)) return { problem: 'its records do not add up' };
    return { header, records };
  } catch (error) {
    return { problem: `it cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

function splitRecord(bytes: Uint8Array, view: DataView, at: number, end: number): KeptRecord {
  if (at + RECORD_HEAD > end) throw new RangeError('a record runs past the end');
  const length = view.getUint32(at, true);
  const pathLength = view.getUint32(at + 4, true);
  const metaLength = view.getUint32(at + 8, true);
  const arrays = 4 * (view.getUint32(at + 12, true) + view.getUint32(at + 16, true));
  if (length % 4 !== 0 || at + length > end || RECORD_HEAD + pad4(pathLength + metaLength) + arrays !== length)
    throw new RangeError('a record has an impossible length');
  const stamp: FileStamp = {
    size: view.getBigUint64(at + 32, true),
    ino: view.getBigUint64(at + 40, true),
    mtimeNs: view.getBigInt64(at + 48, true),
    ctimeNs: view.getBigInt64(at + 56, true),
  };
  const path = decoder.decode(bytes.subarray(at + RECORD_HEAD, at + RECORD_HEAD + pathLength));
  return { path, stamp, bytes: bytes.subarray(at, at + length) };
}

/** The scan a record holds; its arrays are views of the record's bytes (never modified by readers). */
export function decodeRecord(record: KeptRecord): DocumentScan {
  const b = record.bytes;
  const view = new DataView(b.buffer, b.byteOffset, b.length);
  const [pathLength, metaLength, mentions, drops] = [4, 8, 12, 16].map((o) => view.getUint32(o, true));
  const meta = JSON.parse(decoder.decode(b.subarray(RECORD_HEAD + pathLength, RECORD_HEAD + pathLength + metaLength))) as RecordMeta;
  const payload = b.byteOffset + RECORD_HEAD + pad4(pathLength + metaLength);
  return {
    mentions: new Int32Array(b.buffer, payload, mentions),
    drops: new Int32Array(b.buffer, payload + mentions * 4, drops),
    lineCount: view.getInt32(20, true),
    length: view.getInt32(24, true),
    ...(meta.date ? { date: meta.date } : {}),
    dateProblems: meta.dateProblems,
    ...(meta.fields ? { fields: meta.fields } : {}),
    words: view.getInt32(28, true),
  };
}

/** True when JSON gives `value` back as it is: strings, finite numbers but -0, booleans, null, and
 * arrays and plain objects of those (no holes, no undefined, no Date, no NaN: YAML can give each). */
function jsonExact(value: unknown): boolean {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    if (proto !== Array.prototype || Object.keys(value).length !== value.length) return false;
    for (let i = 0; i < value.length; i++) if (!(i in value) || !jsonExact(value[i])) return false;
    return true;
  }
  if (proto !== Object.prototype && proto !== null) return false;
  const names = Object.getOwnPropertyNames(value);
  if (Object.getOwnPropertySymbols(value).length > 0 || names.length !== Object.keys(value).length) return false;
  return names.every((k) => jsonExact((value as Record<string, unknown>)[k]));
}

function bytesOf(a: Int32Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}
