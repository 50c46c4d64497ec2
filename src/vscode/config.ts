// Typed access to the extension's settings; mirrors `contributes.configuration` in package.json.
import * as vscode from 'vscode';

export const SECTION = 'policyAnnotator';

export interface Settings {
  /** Glob of entity catalogs; several files merge. */
  catalogFiles: string;
  /** Glob of corpus documents. */
  documents: string;
  /** Glob of folders and files never indexed. */
  exclude: string;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    catalogFiles: c.get<string>('catalogFiles', '**/entities.yaml'),
    documents: c.get<string>('documents', '**/*.{txt,md}'),
    exclude: c.get<string>('exclude', '**/{node_modules,.git,dist,out}/**'),
  };
}

export function affectsSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(SECTION);
}
