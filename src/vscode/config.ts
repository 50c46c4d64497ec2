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

/** Settings that decide what is indexed: a change rebuilds the index (display settings do not). */
const INDEX_SETTINGS = ['catalogFiles', 'documents', 'exclude'] as const;

export function affectsIndexSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return INDEX_SETTINGS.some((key) => e.affectsConfiguration(`${SECTION}.${key}`));
}

/** `policyAnnotator.hover.enabled`: hover cards on mentions (read at each hover, so it applies at once). */
export function hoverEnabled(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>('hover.enabled', true);
}

/** The highlight settings (`policyAnnotator.highlights.*`), read by the decorations. */
export interface HighlightSettings {
  /** Highlight entity mentions in corpus documents. */
  enabled: boolean;
  /** Mark mentions in the overview ruler too. */
  overviewRuler: boolean;
}

export const HIGHLIGHT_KEYS = {
  enabled: 'highlights.enabled',
  overviewRuler: 'highlights.overviewRuler',
} as const;

export function readHighlightSettings(): HighlightSettings {
  const c = vscode.workspace.getConfiguration(SECTION);
  return {
    enabled: c.get<boolean>(HIGHLIGHT_KEYS.enabled, true),
    overviewRuler: c.get<boolean>(HIGHLIGHT_KEYS.overviewRuler, true),
  };
}

export function affectsHighlightSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(`${SECTION}.highlights`);
}

/** `policyAnnotator.syntax.policyTextLanguage`: plain-text corpus documents open as Policy Text. */
export const POLICY_TEXT_LANGUAGE_SETTING = `${SECTION}.syntax.policyTextLanguage`;

export function policyTextLanguageEnabled(scope?: vscode.ConfigurationScope): boolean {
  return vscode.workspace.getConfiguration(SECTION, scope).get<boolean>('syntax.policyTextLanguage', true);
}

export interface TreeSettings {
  /** `policyAnnotator.trees.sortBy`. */
  sortBy: 'count' | 'name';
  /** `policyAnnotator.trees.unmentionedEntities`. */
  unmentionedEntities: 'dim' | 'hide';
}

export const TREE_SETTINGS = `${SECTION}.trees`;

export function readTreeSettings(): TreeSettings {
  const c = vscode.workspace.getConfiguration(TREE_SETTINGS);
  return {
    sortBy: c.get<string>('sortBy') === 'name' ? 'name' : 'count',
    unmentionedEntities: c.get<string>('unmentionedEntities') === 'hide' ? 'hide' : 'dim',
  };
}

/**
 * Changes a window-scoped setting where the user's value lives (the workspace when it sets one,
 * else user settings), so the change takes effect and no settings file appears in the corpus unasked.
 */
export async function updateSetting(section: string, key: string, value: unknown): Promise<void> {
  const c = vscode.workspace.getConfiguration(section);
  const target = c.inspect(key)?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await c.update(key, value, target);
}
