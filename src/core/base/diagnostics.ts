/** A problem found in an analyst-owned file, located by 1-based line and column. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Path of the file as given to the loader (absolute or workspace-relative). */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (what editors show). */
  column: number;
  /** Optional end of the range, same conventions. */
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  /** A stable machine-readable code, e.g. `duplicate-id`, `yaml-syntax`. */
  code: string;
  message: string;
}

/** `file:line:col: severity: message [code]`, the format compilers and editors understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
