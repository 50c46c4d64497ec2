/**
 * What reading, checking and importing a `.qdpx` found, as plain data: each problem names the file
 * (`project.qde` or an entry of the archive), the line where there is one, and the element (its
 * kind and GUID), and says what happened to it. Printed one a line as
 * `project.qde:123: warning: PlainTextSelection {guid}: end 5012 beyond the source's 4980 characters`.
 */
import type { Severity } from '../base/diagnostics';
import { plural } from '../text/plural';

export interface QdeProblem {
  /** `project.qde`, an entry of the archive, or a file of the target folder. */
  readonly file: string;
  readonly line?: number;
  readonly severity: Severity;
  /** `PlainTextSelection {guid}`, `TextSource {guid} 'name'`… */
  readonly element?: string;
  readonly message: string;
}

/** What became of one text source. */
export interface ImportedDocument {
  readonly source: string;
  /** The document's path inside the target folder. */
  readonly path: string;
  /** `new`: written; `identical`: already there with the same text; `conflict`: another file is
   * there (nothing of this source is written); `skipped`: not readable. */
  readonly status: 'new' | 'identical' | 'conflict' | 'skipped';
  readonly annotationsAdded: number;
  /** Selections whose annotation (same id) the sidecar already holds. */
  readonly annotationsPresent: number;
  readonly annotationsSkipped: number;
  /** How positions were read: `no CRLF`, `CRLF as one character`… with the evidence. */
  readonly lineEnds: string;
}

export interface ImportReport {
  readonly documents: ImportedDocument[];
  readonly codesAdded: string[];
  readonly codesMatched: number;
  /** Documents whose attributes (the project's variables) were added to documents.yaml. */
  readonly attributesListed?: number;
  readonly problems: QdeProblem[];
}

export function problemLine(p: QdeProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `${where}: ${p.severity}: ${p.element ? `${p.element}: ` : ''}${p.message}`;
}

/** Counts for the summary line. */
export function importTotals(report: ImportReport): { added: number; present: number; skipped: number; written: number } {
  let added = 0;
  let present = 0;
  let skipped = 0;
  let written = 0;
  for (const d of report.documents) {
    added += d.annotationsAdded;
    present += d.annotationsPresent;
    skipped += d.annotationsSkipped;
    if (d.status === 'new') written++;
  }
  return { added, present, skipped, written };
}

/** The summary line: what was imported, in counts. */
export function importSummary(report: ImportReport): string {
  const t = importTotals(report);
  const by = (s: ImportedDocument['status']): number => report.documents.filter((d) => d.status === s).length;
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.filter((p) => p.severity === 'warning').length;
  return (
    `${plural(report.documents.length, 'text source')}: ${plural(by('new'), 'new document')}, ${by('identical')} already there, ` +
    `${plural(by('conflict'), 'conflict')}, ${by('skipped')} skipped; ${plural(report.codesAdded.length, 'code')} added, ${report.codesMatched} matched; ` +
    `${plural(t.added, 'annotation')} added, ${t.present} already there, ${t.skipped} skipped; ` +
    (report.attributesListed ? `attributes of ${plural(report.attributesListed, 'document')} added to documents.yaml; ` : '') +
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
  );
}

/** One line a document: where it went, what became of it, how its line ends were read. */
export function documentLine(d: ImportedDocument): string {
  const ends = d.lineEnds === '' ? '' : `; ${d.lineEnds}`;
  return `${d.path}: ${d.status}, ${plural(d.annotationsAdded, 'annotation')} added, ${d.annotationsPresent} already there, ${d.annotationsSkipped} skipped${ends}`;
}
