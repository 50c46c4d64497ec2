/**
 * A `.qdpx` read and checked up to the exchange model, shared by `import` and `check` (the CLI and
 * the editor): the archive read under its caps, project.qde decoded (UTF-8, no DOCTYPE), validated
 * against the official schema (validateQde) and parsed. A project that is not valid is refused:
 * every schema problem is returned with its line, and nothing is imported from it.
 */
import { DEFAULT_ARCHIVE_LIMITS, readQdpxArchive, QdpxError, type ArchiveLimits, type QdpxArchive } from '../core/exchange/qdpxUnzip';
import type { QdeProblem } from '../core/exchange/qdeImportReport';
import { parseQde, type ParsedQde } from '../core/exchange/qdeParse';
import { decodeUtf8, projectText } from '../core/exchange/qdeText';
import { validateQde } from './qdeValidation';

export type ReadQdpx =
  { ok: true; archive: QdpxArchive; parsed: ParsedQde; problems: QdeProblem[] } | { ok: false; problems: QdeProblem[] };

export async function readQdpx(bytes: Uint8Array, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Promise<ReadQdpx> {
  let archive: QdpxArchive;
  let xml: string;
  try {
    archive = readQdpxArchive(bytes, limits);
    xml = projectText(archive.project);
  } catch (error) {
    if (error instanceof QdpxError) return { ok: false, problems: [refusal(error)] };
    throw error;
  }
  const validation = await validateQde(xml);
  if (!validation.valid) {
    const problems: QdeProblem[] = validation.problems.map((p) => ({
      file: 'project.qde',
      line: p.line,
      severity: 'error',
      message: `${p.message.trim()} (the project does not follow the REFI-QDA schema; nothing is imported from it)`,
    }));
    return { ok: false, problems: [...archive.problems, ...problems] };
  }
  try {
    const parsed = parseQde(xml, (path) => noteText(archive, path));
    return { ok: true, archive, parsed, problems: archive.problems };
  } catch (error) {
    if (error instanceof QdpxError)
      return { ok: false, problems: [...archive.problems, { file: error.file, severity: 'error', message: error.message }] };
    throw error;
  }
}

/** The refusal as a problem: `project.qde:2: …` in the message becomes its file and line. */
function refusal(error: QdpxError): QdeProblem {
  const located = /^([^:]+):(\d+): (.*)$/s.exec(error.message);
  if (located && located[1] === error.file) return { file: error.file, line: Number(located[2]), severity: 'error', message: located[3] };
  return { file: error.file, severity: 'error', message: error.message };
}

function noteText(archive: QdpxArchive, path: string): string | undefined {
  const name = /^internal:\/\/(.+)$/i.exec(path.trim())?.[1];
  const bytes = name === undefined ? undefined : archive.sources.get(name);
  if (!bytes) return undefined;
  const text = decodeUtf8(bytes, path);
  return typeof text === 'string' ? text.replace(/^\uFEFF/, '') : undefined;
}
