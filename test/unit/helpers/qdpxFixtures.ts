// `.qdpx` archives for the import and check tests, zipped here with fflate from the hand-written
// project XML under test/fixtures/qdpx/ and source texts written with explicit line ends (so no
// checkout can change a CRLF). See test/fixtures/qdpx/tools.qde for what the tools project holds.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';

export const QDPX_FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'qdpx');

/** Source A: CRLF, positions count CR and LF as two characters. */
export const SOURCE_A = 'The Council met on Monday.\r\nMembers agreed to hedge their bets.\r\nTrade with Russia fell sharply.\r\n';
/** Source B: byte order mark and CRLF, positions count the pair as one character. */
export const SOURCE_B = '\uFEFFASEAN states keep options open.\r\nEngagement is not endorsement.\r\nNothing else.\r\n';
export const GUID_A = '30000000-0000-4000-8000-00000000000a';
export const GUID_B = '{3000000B-0000-4000-8000-0000000000BB}';

export function fixtureXml(name: string): string {
  return readFileSync(path.join(QDPX_FIXTURES, name), 'utf8');
}

/** A zip of `project.qde` and `files` (entry name → text or bytes), deflated. */
export function qdpx(project: string | Uint8Array | undefined, files: Record<string, string | Uint8Array> = {}): Uint8Array {
  const entries: Zippable = {};
  if (project !== undefined) entries['project.qde'] = typeof project === 'string' ? strToU8(project) : project;
  for (const [name, content] of Object.entries(files)) entries[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(entries, { level: 6 });
}

/** The tools project, its sources in `Sources/` (capitalised, as some tools write it). */
export function toolsQdpx(folder = 'Sources'): Uint8Array {
  return qdpx(fixtureXml('tools.qde'), { [`${folder}/${GUID_A}.txt`]: SOURCE_A, [`${folder}/${GUID_B}.txt`]: SOURCE_B });
}

/** A minimal valid project: one source `name` with `text` and selections given as [guid, start, end]. */
export function smallProject(name: string, selections: [string, number, number][]): string {
  const sel = selections
    .map(([guid, start, end]) => `<PlainTextSelection guid="${guid}" startPosition="${start}" endPosition="${end}"/>`)
    .join('\n      ');
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="small">
  <Sources>
    <TextSource guid="${GUID_A}" name="${name}" plainTextPath="internal://${GUID_A}.txt">
      ${sel}
    </TextSource>
  </Sources>
</Project>
`;
}
