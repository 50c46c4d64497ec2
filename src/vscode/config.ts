// Typed access to the extension's settings; mirrors `contributes.configuration` in package.json.
import * as os from 'node:os';
import * as vscode from 'vscode';
import { DEFAULT_DOCUMENTS, DEFAULT_EXCLUDE } from '../core/base/ports';
import { settingScope, type SettingScope } from '../core/base/settingScope';

export const SECTION = 'policyAnnotator';

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
  const c = vscode.workspace.getConfiguration(SECTION, folder);
  return {
    catalogFiles: c.get<string>('catalogFiles', '**/entities.yaml'),
    documents: c.get<string>('documents', DEFAULT_DOCUMENTS),
    exclude: c.get<string>('exclude', DEFAULT_EXCLUDE),
  };
}

/** `policyAnnotator.worldCatalog` (window scope: the window has one merged catalog). */
export function worldCatalogEnabled(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>('worldCatalog', true);
}

/** What the corpus reads: each folder's file settings, and the window's world catalog switch. */
export interface CorpusSettings {
  folder(folder: vscode.WorkspaceFolder): FolderSettings;
  worldCatalog(): boolean;
}

export const corpusSettings: CorpusSettings = { folder: readFolderSettings, worldCatalog: worldCatalogEnabled };

/** Settings that decide what is indexed: a change rebuilds the index (display settings do not). */
const INDEX_SETTINGS = ['catalogFiles', 'documents', 'exclude', 'worldCatalog'] as const;

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
 * Changes a window-scoped setting where the user's value lives (see `settingScope`: never a
 * workspace file in Restricted Mode). Returns where it was written and whether a workspace value
 * still overrides it there.
 */
export async function updateSetting(section: string, key: string, value: unknown): Promise<{ scope: SettingScope; overridden: boolean }> {
  const c = vscode.workspace.getConfiguration(section);
  const workspaceSetsIt = c.inspect(key)?.workspaceValue !== undefined;
  const scope = settingScope(workspaceSetsIt, vscode.workspace.isTrusted);
  await c.update(key, value, scope === 'workspace' ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  return { scope, overridden: scope === 'user' && workspaceSetsIt };
}

/** `policyAnnotator.codebookFiles` (glob of codebooks; several merge) and the shared exclude glob,
 * both `resource` scoped: read for a folder. */
export function readCodebookSettings(folder: vscode.WorkspaceFolder): { codebookFiles: string; exclude: string } {
  const c = vscode.workspace.getConfiguration(SECTION, folder);
  return { codebookFiles: c.get<string>('codebookFiles', '**/codebook.yaml'), exclude: c.get<string>('exclude', DEFAULT_EXCLUDE) };
}

/** `policyAnnotator.annotations.author`: the name written as `author` of new annotations; the
 * operating-system user name when the setting is empty. */
export function annotationAuthor(): string {
  const name = vscode.workspace.getConfiguration(SECTION).get<string>('annotations.author', '').trim();
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

export const ANNOTATION_HIGHLIGHT_KEYS = {
  enabled: 'annotations.highlights',
  overviewRuler: 'annotations.overviewRuler',
} as const;

export function readAnnotationHighlightSettings(): AnnotationHighlightSettings {
  const c = vscode.workspace.getConfiguration(SECTION);
  return {
    enabled: c.get<boolean>(ANNOTATION_HIGHLIGHT_KEYS.enabled, true),
    overviewRuler: c.get<boolean>(ANNOTATION_HIGHLIGHT_KEYS.overviewRuler, true),
  };
}

export function affectsAnnotationHighlightSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return Object.values(ANNOTATION_HIGHLIGHT_KEYS).some((key) => e.affectsConfiguration(`${SECTION}.${key}`));
}
