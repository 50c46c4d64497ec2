// Typed access to the extension's settings; mirrors `contributes.configuration` in package.json.
import * as vscode from 'vscode';
import { DEFAULT_DOCUMENTS, DEFAULT_EXCLUDE } from '../core/ports';

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
    documents: c.get<string>('documents', DEFAULT_DOCUMENTS),
    exclude: c.get<string>('exclude', DEFAULT_EXCLUDE),
  };
}

/** `policyAnnotator.syntax.policyTextLanguage`: plain-text corpus documents open as Policy Text. */
export const POLICY_TEXT_LANGUAGE_SETTING = `${SECTION}.syntax.policyTextLanguage`;

export function policyTextLanguageEnabled(scope?: vscode.ConfigurationScope): boolean {
  return vscode.workspace.getConfiguration(SECTION, scope).get<boolean>('syntax.policyTextLanguage', true);
}

export function affectsSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(SECTION);
}
