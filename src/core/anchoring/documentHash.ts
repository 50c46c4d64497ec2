/**
 * `documentHash` of a sidecar (ARCHITECTURE.md, Files the analyst owns): `sha256:` and the hex digest of the UTF-8 bytes of the
 * normalised text, so a document re-saved with CRLF line ends or a BOM keeps its hash.
 *
 * node:crypto rather than Web Crypto: `crypto.subtle.digest` is asynchronous only, and both places
 * the core runs (the CLI and the extension host, which has no `browser` entry) are Node. The
 * digest is synchronous and takes a few milliseconds for 2 MB. Should a web build ever come, this
 * one file is what to swap.
 */
import { createHash } from 'node:crypto';
import { normaliseText } from '../text/textOffsets';

export const HASH_PREFIX = 'sha256:';

/** Hash of an already normalised text (see `normaliseText`). */
export function hashNormalisedText(text: string): string {
  return HASH_PREFIX + createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Hash of a document's raw text, as stored in `documentHash`. */
export function documentHash(raw: string): string {
  return hashNormalisedText(normaliseText(raw));
}
