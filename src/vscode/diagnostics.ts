// Problems of the catalog, the document dates, the codebook and the sidecars in the Problems
// panel, at their line and column.
import * as vscode from 'vscode';
import type { Diagnostic } from '../core/base/diagnostics';

const SEVERITY: Record<Diagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** What each diagnostic collection holds; the collection is named `policyAnnotator.<what>`. */
export type DiagnosticsOf = 'catalog' | 'documentDates' | 'codebook' | 'sidecars';

/** The one way the extension creates a diagnostic collection. */
export function createDiagnostics(of: DiagnosticsOf): vscode.DiagnosticCollection {
  return vscode.languages.createDiagnosticCollection(`policyAnnotator.${of}`);
}

export function toVscodeDiagnostic(d: Diagnostic): vscode.Diagnostic {
  const start = new vscode.Position(Math.max(d.line - 1, 0), Math.max(d.column - 1, 0));
  const end =
    d.endLine !== undefined && d.endColumn !== undefined ? new vscode.Position(d.endLine - 1, d.endColumn - 1) : start.translate(0, 1);
  const out = new vscode.Diagnostic(new vscode.Range(start, end), d.message, SEVERITY[d.severity]);
  out.source = 'Policy Annotator';
  out.code = d.code;
  return out;
}

/** Replaces the published diagnostics of the given files; `diagnostic.file` is the path shown to
 * the user, `fileUri` turns it back into the file's URI. */
export function publishDiagnostics(
  collection: vscode.DiagnosticCollection,
  files: readonly vscode.Uri[],
  diagnostics: readonly Diagnostic[],
  fileUri: (file: string) => vscode.Uri | undefined,
): void {
  collection.clear();
  const byFile = new Map<string, { uri: vscode.Uri; list: vscode.Diagnostic[] }>(files.map((u) => [u.toString(), { uri: u, list: [] }]));
  for (const d of diagnostics) {
    const uri = fileUri(d.file);
    if (!uri) continue;
    const entry = byFile.get(uri.toString()) ?? { uri, list: [] };
    entry.list.push(toVscodeDiagnostic(d));
    byFile.set(uri.toString(), entry);
  }
  for (const { uri, list } of byFile.values()) collection.set(uri, list);
}
