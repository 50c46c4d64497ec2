/**
 * Output of `check`: as a table, each file's problems are printed as soon as that file is checked
 * (`file:line:col: severity: message [code]`, sorted by position) and a summary line closes;
 * each sidecar adds its document's anchoring summary and a line per annotation not anchored;
 * as JSON, one object with a section per file and every diagnostic, printed at the end.
 */
import type { Diagnostic } from '../core/base/diagnostics';
import type { CheckedSidecar } from '../core/sidecars/sidecarTypes';
import type { AnnotationStatus } from '../core/anchoring/anchorTypes';
import type { CheckArgs } from './args';
import type { CatalogFileSummary } from './catalogDiscovery';
import { plural } from '../core/text/plural';
import { diagnosticLine, sortDiagnostics } from './formatters';
import { anchoringLines, type SidecarAnchoring } from './sidecarAnchoring';
import type { TextSink } from './textSink';

interface Problems {
  errors: Diagnostic[];
  warnings: Diagnostic[];
}
/** `entities`: declared in this file, before cross-file checks. */
export interface CatalogSection extends Problems, CatalogFileSummary {}
export interface CodebookSection extends Problems {
  file: string;
  codes: number;
}
/** `status`: the anchoring status now; `storedStatus`: the one written in the sidecar. */
export interface AnnotationSummary {
  id: string;
  status: AnnotationStatus;
  storedStatus: string | null;
  line: number;
  column: number;
}
/** `document`: as written in the sidecar; `documentFile`: the sibling file anchored against. */
export interface SidecarSection extends Problems {
  file: string;
  document: string | null;
  documentFile: string;
  annotations: AnnotationSummary[];
  counts: Record<AnnotationStatus, number>;
}

export class CheckReport {
  private readonly catalogs: CatalogSection[] = [];
  private codebook: CodebookSection | null = null;
  private readonly sidecars: SidecarSection[] = [];
  private readonly all: Diagnostic[] = [];
  private usableEntities = 0;

  constructor(
    private readonly format: CheckArgs['format'],
    private readonly out: TextSink,
  ) {}

  /** Problems that belong to no file section (such as a missing catalog). */
  async general(diagnostics: readonly Diagnostic[]): Promise<void> {
    await this.emit(diagnostics);
  }

  /** One section a catalog file; `usable` counts the entities of the merged catalog. */
  async setCatalogs(files: readonly CatalogFileSummary[], diagnostics: readonly Diagnostic[], usable: number): Promise<void> {
    for (const f of files) this.catalogs.push({ ...f, ...(await this.emit(diagnostics.filter((d) => d.file === f.file))) });
    await this.emit(diagnostics.filter((d) => !files.some((f) => f.file === d.file)));
    this.usableEntities = usable;
  }

  async setCodebook(file: string, codes: number, diagnostics: readonly Diagnostic[]): Promise<void> {
    this.codebook = { file, codes, ...(await this.emit(diagnostics)) };
  }

  /** Its problems, then (as a table) the anchoring summary and each annotation not anchored. */
  async sidecar(checked: CheckedSidecar, anchoring: SidecarAnchoring): Promise<void> {
    const annotations = checked.annotations.map((a, i) => ({
      id: a.id,
      status: anchoring.annotations[i].status,
      storedStatus: a.status ?? null,
      line: a.location.line,
      column: a.location.column,
    }));
    const problems = await this.emit(checked.diagnostics);
    const { documentFile, counts } = anchoring;
    this.sidecars.push({ file: checked.file, document: checked.document ?? null, documentFile, annotations, counts, ...problems });
    if (this.format === 'table')
      await this.out.write(
        anchoringLines(checked.file, anchoring)
          .map((l) => `${l}\n`)
          .join(''),
      );
  }

  get errorCount(): number {
    return this.all.filter((d) => d.severity === 'error').length;
  }

  async finish(): Promise<void> {
    const errors = this.errorCount;
    const warnings = this.all.filter((d) => d.severity === 'warning').length;
    if (this.format === 'json') {
      const report = {
        catalogs: this.catalogs,
        codebook: this.codebook,
        sidecars: this.sidecars,
        diagnostics: this.all,
        summary: { errors, warnings },
      };
      await this.out.write(`${JSON.stringify(report, null, 2)}\n`);
      return;
    }
    const annotations = this.sidecars.reduce((n, s) => n + s.annotations.length, 0);
    const codebook = this.codebook ? `codebook ${this.codebook.file} (${plural(this.codebook.codes, 'code')})` : 'no codebook';
    await this.out.write(
      `checked ${plural(this.catalogs.length, 'catalog')} (${plural(this.usableEntities, 'usable entity', 'usable entities')}), ${codebook}, ` +
        `${plural(this.sidecars.length, 'sidecar')} (${plural(annotations, 'annotation')}): ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`,
    );
  }

  private async emit(diagnostics: readonly Diagnostic[]): Promise<Problems> {
    const sorted = sortDiagnostics(diagnostics);
    this.all.push(...sorted);
    if (this.format === 'table' && sorted.length > 0) await this.out.write(sorted.map((d) => `${diagnosticLine(d)}\n`).join(''));
    return { errors: sorted.filter((d) => d.severity === 'error'), warnings: sorted.filter((d) => d.severity !== 'error') };
  }
}
