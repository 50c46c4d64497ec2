/**
 * The `.qdpx` archive (REFI-QDA 1.5): a zip holding `project.qde` and each text source as
 * `sources/<GUID>.txt` (lower-case folder: ATLAS.ti refuses `Sources/`), UTF-8 without a byte
 * order mark. Deterministic: entries in a fixed order (the project, then sources by GUID), every
 * entry stamped with the same fixed time, so the same project gives the same bytes.
 */
import { zipSync, type Zippable } from 'fflate';

export const PROJECT_ENTRY = 'project.qde';
export const SOURCES_FOLDER = 'sources/';

/** Every entry's time: 1980-01-01 12:00 (the zip format's first year), read in the zone of the
 * moment of writing. Zip times have no zone and the library writes the local hour, so a local
 * date made at each write gives the same bytes in every time zone (noon: no zone skips it). */
const fixedTime = (): Date => new Date(1980, 0, 1, 12, 0, 0);

export function qdpxArchive(projectXml: string, texts: ReadonlyMap<string, string>): Uint8Array {
  const utf8 = new TextEncoder();
  const entries: Zippable = { [PROJECT_ENTRY]: utf8.encode(projectXml) };
  for (const guid of [...texts.keys()].sort()) entries[`${SOURCES_FOLDER}${guid}.txt`] = utf8.encode(texts.get(guid)!);
  return zipSync(entries, { mtime: fixedTime(), level: 6 });
}

/** `corpus.qdpx` for a folder named `corpus`: letters, digits, `.`, `_`, `-` and spaces kept,
 * anything else `_`, no leading dot; `project` when nothing is left. */
export function qdpxFileName(folderName: string): string {
  const name = folderName
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._ -]/gu, '_')
    .replace(/^[. ]+|[. ]+$/g, '');
  return `${name === '' ? 'project' : name.slice(0, 120)}.qdpx`;
}
