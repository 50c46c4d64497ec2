/**
 * The key of a folder's scan cache: one digest over everything a document's scan depends on
 * besides the document itself (scanCacheValidity.ts checks the document). A cache made under
 * another key is not used at all.
 *
 * - the scanner's version (SCANNER_VERSION, bumped by hand) and the scanning code itself (the
 *   digest of the bundle that scans, given by the caller), and the runtime (Node and its Unicode
 *   tables: word characters and case folding come from them);
 * - the compiled matcher: every array and number the scanner reads (entities are not read while
 *   scanning: a mention names an entity by its index, which the matcher's arrays fix);
 * - the dates listed in documents.yaml files, by path (the other fields listed there are looked
 *   up after the scan, never kept in it);
 * - the setup's flags (keepBom, attributes).
 */
import { createHash, type Hash } from 'node:crypto';
import type { DocumentDate } from '../catalog/catalogPeriod';
import type { CompiledMatcher } from '../matcher/mentionMatcher';

export interface ScanCacheKeyInput {
  readonly scannerVersion: number;
  /** Identity of the scanning code (a digest of its bundle, or a name when it runs from source). */
  readonly code: string;
  /** Identity of the runtime (its version and Unicode version). */
  readonly runtime: string;
  readonly matcher: CompiledMatcher;
  readonly listed: ReadonlyMap<string, DocumentDate>;
  readonly keepBom: boolean;
  readonly attributes: boolean;
}

/** Hex sha256 of the key's parts. */
export function scanCacheKey(input: ScanCacheKeyInput): string {
  const listed = [...input.listed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const parts = {
    scannerVersion: input.scannerVersion,
    code: input.code,
    runtime: input.runtime,
    matcher: matcherDigest(input.matcher),
    listed: listed.map(([path, d]) => [path, d.day, d.text, d.source]),
    keepBom: input.keepBom,
    attributes: input.attributes,
  };
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Hex sha256 of every field of the matcher but `entities`, walked generically (in sorted key
 * order), so a field added to the matcher is part of the digest without anyone remembering it. */
export function matcherDigest(matcher: CompiledMatcher): string {
  const hash = createHash('sha256');
  const { entities: _entities, ...scanned } = matcher;
  digestValue(hash, scanned);
  return hash.digest('hex');
}

function digestValue(hash: Hash, value: unknown): void {
  if (ArrayBuffer.isView(value)) {
    hash.update(`${value.constructor.name}:${value.byteLength}:`);
    hash.update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  } else if (Array.isArray(value)) {
    hash.update(`[${value.length}:`);
    for (const item of value) digestValue(hash, item);
    hash.update(']');
  } else if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    hash.update(`{${keys.length}:`);
    for (const key of keys) {
      hash.update(`${JSON.stringify(key)}=`);
      digestValue(hash, (value as Record<string, unknown>)[key]);
    }
    hash.update('}');
  } else if (typeof value === 'string') {
    // As UTF-16 code units: a lone surrogate would become U+FFFD in UTF-8.
    const units = new Uint16Array(value.length);
    for (let i = 0; i < value.length; i++) units[i] = value.charCodeAt(i);
    hash.update(`s${value.length}:`);
    hash.update(new Uint8Array(units.buffer));
  } else if (typeof value === 'number' || typeof value === 'boolean' || value === undefined || value === null) {
    hash.update(`${typeof value}:${String(value)};`);
  } else {
    throw new TypeError(`the matcher holds a ${typeof value}, which its digest does not know`);
  }
}
