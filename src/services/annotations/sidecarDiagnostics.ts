// Problems of a sidecar (parse errors, conflict markers, guards, bad fields) in the Problems panel,
// at their line and column in the sidecar file.
import type * as vscode from 'vscode';
import { toVscodeDiagnostic } from '../../vscode/diagnostics';
import type { DocumentState } from './documentState';

export function publishSidecarDiagnostics(collection: vscode.DiagnosticCollection, state: DocumentState): void {
  if (state.diagnostics.length === 0) collection.delete(state.sidecarUri);
  else collection.set(state.sidecarUri, state.diagnostics.map(toVscodeDiagnostic));
}
