/**
 * File names for imported sources. A source's name comes from another tool (and from whoever made
 * the archive): anything that could be a path, a device or a clash is replaced, so each document
 * is one plain file directly inside the target folder. Names are given in source order, so
 * importing the same project again gives the same names.
 */
import { SIDECAR_SUFFIX } from '../base/ports';
import { isWindowsDeviceName, safeRelativePath } from '../sidecars/safePaths';

const MAX_STEM = 120;
/** A file name is at most 255 bytes on most file systems; the stem leaves room for ` (NN)`, the
 * extension, `.annotations.yaml` and the temporary and lock names written next to it. */
const MAX_STEM_BYTES = 150;
const utf8Length = (text: string): number => new TextEncoder().encode(text).length;
const TEXT_EXTENSION = /\.(txt|md|markdown)$/i;
/** Names the import keeps for itself or the analyst's files. */
const RESERVED = new Set(['codebook.yaml', 'documents.yaml', 'entities.yaml']);

/** A plain file name for a source called `name` (or `guid` when it has none), ending in `.txt` unless it is Markdown. */
export function documentFileName(name: string | undefined, guid: string): string {
  let stem = (name ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  let extension = '.txt';
  const known = TEXT_EXTENSION.exec(stem);
  if (known) {
    extension = known[0].toLowerCase();
    stem = stem.slice(0, -known[0].length);
  }
  let points = [...stem].slice(0, MAX_STEM);
  while (points.length > 0 && utf8Length(points.join('')) > MAX_STEM_BYTES) points = points.slice(0, -1);
  stem = points
    .join('')
    .replace(/[. ]+$/, '')
    .replace(/^[. ]+/, '');
  if (stem === '') stem = `source-${guid.slice(0, 8)}`;
  if (isWindowsDeviceName(stem)) stem = `_${stem}`;
  return `${stem}${extension}`;
}

/**
 * The source's name as a path inside the folder, when it can be one: a relative path of plain
 * segments ending in `.txt`, `.md` or `.markdown`, as our own export names a source after its
 * document. Only used to recognise a document the folder already holds (re-importing an export
 * into the folder it came from); new documents are always written under `documentFileName`.
 */
export function exactDocumentPath(name: string | undefined): string | undefined {
  if (name === undefined || !TEXT_EXTENSION.test(name) || name.endsWith(SIDECAR_SUFFIX)) return undefined;
  const safe = safeRelativePath(name);
  return safe.ok && safe.path === name && !RESERVED.has(name.toLowerCase()) ? name : undefined;
}

/**
 * Names for all sources, in order: each sanitised, then made unique (ignoring case, as Windows and
 * macOS do) with ` (2)`, ` (3)`… before the extension.
 */
export function documentFileNames(sources: readonly { readonly name?: string; readonly guid: string }[]): string[] {
  const taken = new Set<string>(RESERVED);
  // The next number to try for a name already given: 20,000 sources of one name are numbered in
  // one pass each, not by trying every number before.
  const nextNumber = new Map<string, number>();
  return sources.map((s) => {
    const name = documentFileName(s.name, s.guid);
    const dot = name.lastIndexOf('.');
    const key = name.toLowerCase();
    let candidate = name;
    let n = nextNumber.get(key) ?? 2;
    while (taken.has(candidate.toLowerCase()) || candidate.endsWith(SIDECAR_SUFFIX)) {
      candidate = `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
      n++;
    }
    nextNumber.set(key, n);
    taken.add(candidate.toLowerCase());
    const safe = safeRelativePath(candidate);
    if (!safe.ok || safe.path.includes('/'))
      throw new Error(`internal error: '${candidate}' is not a plain file name (${safe.ok ? 'a path' : safe.reason})`);
    return candidate;
  });
}
