// Every setting of the extension (`policyAnnotator.<key>`) with its type, default, scope and, for
// a choice, its values: the mirror of `contributes.configuration` in package.json (a unit test
// keeps the two equal). Each is named by its key in camel case. No editor API here, so unit tests
// in plain Node read it; the editor reads the settings through src/vscode/config.ts.
import { DEFAULT_DOCUMENTS, DEFAULT_EXCLUDE } from '../core/base/ports';

/** The configuration section of every setting. */
export const SECTION = 'policyAnnotator';

/** `resource`: each folder of a multi-root workspace may set its own (read for a folder);
 * `window`: one value for the window. */
export type DeclaredScope = 'resource' | 'window';

interface StringSetting {
  readonly key: string;
  readonly type: 'string';
  readonly default: string;
  readonly scope: DeclaredScope;
  /** The only values it takes (anything else reads as the default). */
  readonly enum?: readonly string[];
}

export interface BooleanSetting {
  readonly key: string;
  readonly type: 'boolean';
  readonly default: boolean;
  readonly scope: DeclaredScope;
}

export type Setting = StringSetting | BooleanSetting;

/** The type a setting reads as: one of its values for a choice, else its type. */
export type SettingValue<S extends Setting> = S extends { enum: readonly (infer V)[] } ? V : S extends BooleanSetting ? boolean : string;

export const SETTINGS = {
  /** Glob of entity catalogs; several files merge. */
  catalogFiles: { key: 'catalogFiles', type: 'string', default: '**/entities.yaml', scope: 'resource' },
  /** The shipped world catalog in a folder with no catalog of its own. */
  worldCatalog: { key: 'worldCatalog', type: 'boolean', default: true, scope: 'window' },
  /** Glob of corpus documents. */
  documents: { key: 'documents', type: 'string', default: DEFAULT_DOCUMENTS, scope: 'resource' },
  /** Glob of folders and files never indexed. */
  exclude: { key: 'exclude', type: 'string', default: DEFAULT_EXCLUDE, scope: 'resource' },
  /** Highlight entity mentions in corpus documents. */
  highlightsEnabled: { key: 'highlights.enabled', type: 'boolean', default: true, scope: 'window' },
  /** Mark entity mentions in the overview ruler too. */
  highlightsOverviewRuler: { key: 'highlights.overviewRuler', type: 'boolean', default: true, scope: 'window' },
  /** Hover cards on mentions. */
  hoverEnabled: { key: 'hover.enabled', type: 'boolean', default: true, scope: 'window' },
  /** Order of entities in the trees. */
  treesSortBy: { key: 'trees.sortBy', type: 'string', enum: ['count', 'name'], default: 'count', scope: 'window' },
  /** How the trees show entities no document mentions. */
  treesUnmentionedEntities: { key: 'trees.unmentionedEntities', type: 'string', enum: ['dim', 'hide'], default: 'dim', scope: 'window' },
  /** Plain-text corpus documents open as Policy Text. */
  syntaxPolicyTextLanguage: { key: 'syntax.policyTextLanguage', type: 'boolean', default: true, scope: 'resource' },
  /** Glob of codebooks; several merge. */
  codebookFiles: { key: 'codebookFiles', type: 'string', default: '**/codebook.yaml', scope: 'resource' },
  /** The `author` of new annotations; empty: the operating-system user name. */
  annotationsAuthor: { key: 'annotations.author', type: 'string', default: '', scope: 'window' },
  /** Draw tagged passages in corpus documents. */
  annotationsHighlights: { key: 'annotations.highlights', type: 'boolean', default: true, scope: 'window' },
  /** Mark tagged passages in the overview ruler too. */
  annotationsOverviewRuler: { key: 'annotations.overviewRuler', type: 'boolean', default: true, scope: 'window' },
} as const satisfies Record<string, Setting>;

/** The full id of a setting, as package.json and the Settings editor name it. */
export function settingId(setting: Setting): string {
  return `${SECTION}.${setting.key}`;
}
