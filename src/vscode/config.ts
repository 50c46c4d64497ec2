// The one place the extension reads and changes its settings: each through its entry in SETTINGS
// (src/vscode/settings.ts, the mirror of package.json's `contributes.configuration`), typed.
import * as os from 'node:os';
import * as vscode from 'vscode';
import { settingScope, type SettingScope } from '../core/base/settingScope';
import { SECTION, SETTINGS, settingId, type Setting, type SettingValue } from './settings';

/** A setting's value (for a folder or a document when `scope` is given); a choice's value that is
 * not one of its values reads as its default. */
export function readSetting<S extends Setting>(setting: S, scope?: vscode.ConfigurationScope): SettingValue<S> {
  const value = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>(setting.key, setting.default);
  if ('enum' in setting && setting.enum && !setting.enum.includes(value as string)) return setting.default as SettingValue<S>;
  return value as SettingValue<S>;
}

/** Whether a configuration change touches any of these settings. */
export function affectsSettings(e: vscode.ConfigurationChangeEvent, ...settings: readonly Setting[]): boolean {
  return settings.some((setting) => e.affectsConfiguration(settingId(setting)));
}

/** Whether a configuration change touches any setting of the extension. */
export function affectsAnySetting(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(SECTION);
}

/**
 * Which files of a workspace folder are catalogs and documents. These settings are `resource`
 * scoped: each folder of a multi-root workspace may set its own (in its .vscode/settings.json), so
 * they are always read for a folder, never for the window.
 */
export interface FolderSettings {
  /** Glob of entity catalogs; several files merge. */
  catalogFiles: string;
  /** Glob of corpus documents. */
  documents: string;
  /** Glob of folders and files never indexed. */
  exclude: string;
}

export function readFolderSettings(folder: vscode.WorkspaceFolder): FolderSettings {
  return {
    catalogFiles: readSetting(SETTINGS.catalogFiles, folder),
    documents: readSetting(SETTINGS.documents, folder),
    exclude: readSetting(SETTINGS.exclude, folder),
  };
}

/** `policyAnnotator.worldCatalog` (window scope: the window has one merged catalog). */
export function worldCatalogEnabled(): boolean {
  return readSetting(SETTINGS.worldCatalog);
}

/** What the corpus reads: each folder's file settings, and the window's world catalog switch. */
export interface CorpusSettings {
  folder(folder: vscode.WorkspaceFolder): FolderSettings;
  worldCatalog(): boolean;
}

export const corpusSettings: CorpusSettings = { folder: readFolderSettings, worldCatalog: worldCatalogEnabled };

/** Settings that decide what is indexed: a change rebuilds the index (display settings do not). */
const INDEX_SETTINGS = [SETTINGS.catalogFiles, SETTINGS.documents, SETTINGS.exclude, SETTINGS.worldCatalog];

export function affectsIndexSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return affectsSettings(e, ...INDEX_SETTINGS);
}

/** `policyAnnotator.hover.enabled`: hover cards on mentions (read at each hover, so it applies at once). */
export function hoverEnabled(): boolean {
  return readSetting(SETTINGS.hoverEnabled);
}

/** The highlight settings (`policyAnnotator.highlights.*`), read by the decorations. */
export interface HighlightSettings {
  /** Highlight entity mentions in corpus documents. */
  enabled: boolean;
  /** Mark mentions in the overview ruler too. */
  overviewRuler: boolean;
}

export function readHighlightSettings(): HighlightSettings {
  return {
    enabled: readSetting(SETTINGS.highlightsEnabled),
    overviewRuler: readSetting(SETTINGS.highlightsOverviewRuler),
  };
}

export function affectsHighlightSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return affectsSettings(e, SETTINGS.highlightsEnabled, SETTINGS.highlightsOverviewRuler);
}

/** `policyAnnotator.syntax.policyTextLanguage`: plain-text corpus documents open as Policy Text. */
export function policyTextLanguageEnabled(scope?: vscode.ConfigurationScope): boolean {
  return readSetting(SETTINGS.syntaxPolicyTextLanguage, scope);
}

export function affectsPolicyTextLanguage(e: vscode.ConfigurationChangeEvent): boolean {
  return affectsSettings(e, SETTINGS.syntaxPolicyTextLanguage);
}

export interface TreeSettings {
  /** `policyAnnotator.trees.sortBy`. */
  sortBy: SettingValue<typeof SETTINGS.treesSortBy>;
  /** `policyAnnotator.trees.unmentionedEntities`. */
  unmentionedEntities: SettingValue<typeof SETTINGS.treesUnmentionedEntities>;
}

export function readTreeSettings(): TreeSettings {
  return {
    sortBy: readSetting(SETTINGS.treesSortBy),
    unmentionedEntities: readSetting(SETTINGS.treesUnmentionedEntities),
  };
}

export function affectsTreeSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return affectsSettings(e, SETTINGS.treesSortBy, SETTINGS.treesUnmentionedEntities);
}

/** The workbench's `workbench.editor.enablePreviewFromQuickOpen` (not a setting of ours): whether
 * editors opened from a quick pick start as preview tabs. */
export function previewFromQuickOpen(): boolean {
  return vscode.workspace.getConfiguration('workbench.editor').get<boolean>('enablePreviewFromQuickOpen', false);
}

/**
 * Changes a window-scoped setting where the user's value lives (see `settingScope`: never a
 * workspace file in Restricted Mode). Returns where it was written and whether a workspace value
 * still overrides it there.
 */
export async function updateSetting<S extends Setting>(
  setting: S,
  value: SettingValue<S>,
): Promise<{ scope: SettingScope; overridden: boolean }> {
  const c = vscode.workspace.getConfiguration(SECTION);
  const workspaceSetsIt = c.inspect(setting.key)?.workspaceValue !== undefined;
  const scope = settingScope(workspaceSetsIt, vscode.workspace.isTrusted);
  await c.update(setting.key, value, scope === 'workspace' ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  return { scope, overridden: scope === 'user' && workspaceSetsIt };
}

/** `policyAnnotator.codebookFiles` (glob of codebooks; several merge) and the shared exclude glob,
 * both `resource` scoped: read for a folder. */
export function readCodebookSettings(folder: vscode.WorkspaceFolder): { codebookFiles: string; exclude: string } {
  return { codebookFiles: readSetting(SETTINGS.codebookFiles, folder), exclude: readSetting(SETTINGS.exclude, folder) };
}

/** Settings that decide which codebooks are read: the codebook glob and those of the index. */
export function affectsCodebookSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return affectsIndexSettings(e) || affectsSettings(e, SETTINGS.codebookFiles);
}

/** `policyAnnotator.annotations.author`: the name written as `author` of new annotations; the
 * operating-system user name when the setting is empty. */
export function annotationAuthor(): string {
  const name = readSetting(SETTINGS.annotationsAuthor).trim();
  if (name !== '') return name;
  try {
    return os.userInfo().username;
  } catch {
    return 'analyst';
  }
}

/** The annotation highlight settings (`policyAnnotator.annotations.highlights`, `.overviewRuler`). */
export interface AnnotationHighlightSettings {
  /** Draw tagged passages (underline, tint, gutter mark) in corpus documents. */
  enabled: boolean;
  /** Mark tagged passages in the overview ruler too. */
  overviewRuler: boolean;
}

export function readAnnotationHighlightSettings(): AnnotationHighlightSettings {
  return {
    enabled: readSetting(SETTINGS.annotationsHighlights),
    overviewRuler: readSetting(SETTINGS.annotationsOverviewRuler),
  };
}

export function affectsAnnotationHighlightSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return affectsSettings(e, SETTINGS.annotationsHighlights, SETTINGS.annotationsOverviewRuler);
}
