/**
 * Decoding the texts of a `.qdpx` (project.qde and the sources) from untrusted bytes: UTF-8 only
 * (the specification's encoding for both), a byte order mark allowed, invalid bytes refused with
 * their line; and the refusal of any DOCTYPE in project.qde before an XML parser sees it, so an
 * entity bomb (entities expanding into entities) never grows.
 */
import { firstInvalidUtf8 } from '../base/ports';
import { QdpxError } from './qdpxUnzip';

const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LOSSY = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text of `bytes` (a leading BOM kept as U+FEFF), or a message naming the first invalid byte's line. */
export function decodeUtf8(bytes: Uint8Array, file: string): string | { problem: string } {
  try {
    return STRICT.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes, new TextEncoder().encode(LOSSY.decode(bytes)));
    return { problem: `${file} is not UTF-8 text${at ? ` (line ${at.line}, byte ${at.column})` : ''}` };
  }
}

/** project.qde's text, BOM removed; a QdpxError for bytes that are not UTF-8, another declared encoding, or a DOCTYPE. */
export function projectText(bytes: Uint8Array, file = 'project.qde'): string {
  const decoded = decodeUtf8(bytes, file);
  if (typeof decoded !== 'string') throw new QdpxError(`${decoded.problem}; REFI-QDA projects are UTF-8`, file);
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
  if (declared && !/^utf-?8$/i.test(declared))
    throw new QdpxError(`${file} declares the encoding '${declared}'; only UTF-8 is read (as the specification requires)`, file);
  const doctype = doctypeAt(text);
  if (doctype !== undefined) {
    const line = lineOf(text, doctype);
    throw new QdpxError(
      `${file}:${line}: a DOCTYPE declaration is refused (REFI-QDA projects have none; its entities could expand without bound)`,
      file,
    );
  }
  return text;
}

/** Where a DOCTYPE declaration starts, if there is one: it can only come in the prolog, among
 * white space, processing instructions and comments before the root element (the same text in a
 * note, a CDATA section or a comment is no declaration). */
function doctypeAt(text: string): number | undefined {
  const prolog = /\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->/y;
  let at = 0;
  for (;;) {
    prolog.lastIndex = at;
    const skipped = prolog.exec(text);
    if (!skipped || skipped[0].length === 0) break;
    at = prolog.lastIndex;
  }
  return /^<!DOCTYPE/i.test(text.slice(at, at + 9)) ? at : undefined;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
