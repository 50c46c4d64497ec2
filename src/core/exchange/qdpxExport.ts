/**
 * exchange/: REFI-QDA project exchange (`.qdpx`, issue 15). The export: `exportQdpx` builds the
 * project (qdeBuild.ts), writes its XML (qdeXmlWriter.ts) and the archive (qdpxArchive.ts), and
 * returns the bytes with the data-loss report; `qdeReportLines` says it in the analyst's words.
 * The CLI and the editor only gather the input and write the bytes.
 */
import { plural } from '../text/plural';
import { buildQdeProject, type QdeExport } from './qdeBuild';
import type { QdeExportInput, QdeExportReport } from './qdeExportInput';
import { writeQdeXml } from './qdeXmlWriter';
import { qdpxArchive } from './qdpxArchive';

export interface QdpxFile extends QdeExport {
  /** The text of `project.qde`. */
  xml: string;
  /** The `.qdpx` archive. */
  bytes: Uint8Array;
}

export function exportQdpx(input: QdeExportInput): QdpxFile {
  const built = buildQdeProject(input);
  const xml = writeQdeXml(built.project);
  return { ...built, xml, bytes: qdpxArchive(xml, built.texts) };
}

/** `100 documents, 2,000 annotations (2,400 codings, 30 notes), 3 users, 12 codes, 5 variables`. */
export function qdeSummary(report: QdeExportReport): string {
  const c = report.counts;
  const parts = [
    plural(c.documents, 'document'),
    `${plural(c.annotations, 'annotation')} (${plural(c.codings, 'coding')}, ${plural(c.memos, 'note')})`,
    plural(c.users, 'user'),
    plural(c.codes, 'code'),
    plural(c.variables, 'variable'),
  ];
  if (c.entityCodes > 0 || c.mentions > 0) parts.push(`${plural(c.entityCodes, 'entity code')} on ${plural(c.mentions, 'mention')}`);
  return parts.join(', ');
}

/** The data-loss report, one line per kind of loss with its first places; one line when none. */
export function qdeReportLines(report: QdeExportReport): string[] {
  if (report.losses.length === 0) return ['Data-loss report: nothing the export knows of is lost.'];
  const lines = ['Data-loss report (what REFI-QDA does not carry, or what was changed to fit it):'];
  for (const loss of report.losses) {
    const more = loss.count > loss.examples.length ? ', …' : '';
    lines.push(`- ${loss.message}${loss.examples.length > 0 ? `: ${loss.examples.join(', ')}${more}` : ''}`);
  }
  return lines;
}
