// Every command id of the extension in one typed place; package.json contributes the same ids
// (a unit test keeps the two in step).
export const COMMANDS = {
  reindex: 'policyAnnotator.reindex',
  showLog: 'policyAnnotator.showLog',
  toggleHighlights: 'policyAnnotator.toggleHighlights',
  /** Args: optional entity id; without it, the entity under the cursor. */
  showMentions: 'policyAnnotator.showMentions',
  /** Args: optional entity id; without it, the entity under the cursor. */
  revealInTree: 'policyAnnotator.revealInTree',
  nextMention: 'policyAnnotator.nextMention',
  previousMention: 'policyAnnotator.previousMention',
  addEntityFromSelection: 'policyAnnotator.addEntityFromSelection',
  addAliasFromSelection: 'policyAnnotator.addAliasFromSelection',
  createCatalog: 'policyAnnotator.createCatalog',
  sortTreesByCount: 'policyAnnotator.sortTreesByCount',
  sortTreesByName: 'policyAnnotator.sortTreesByName',
  /** Args: optional filter text; without it, an input box asks (pre-filled with the current one). */
  filterTrees: 'policyAnnotator.filterTrees',
  clearTreeFilter: 'policyAnnotator.clearTreeFilter',
  focusTrees: 'policyAnnotator.focusTrees',
  /** Internal (hidden from the palette). Args: document URI string, 0-based start line, start
   * character, end line, end character, optional entity id (then the nearest mention of that
   * entity is selected if the text moved since the arguments were taken). */
  openMention: 'policyAnnotator.openMention',
  /** Internal (hidden from the palette). Args: entity id. Opens the catalog at the entity. */
  openEntityDefinition: 'policyAnnotator.openEntityDefinition',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** Commands a hover card may link to: the only ones its markdown trusts. */
export const HOVER_COMMANDS: readonly CommandId[] = [COMMANDS.showMentions, COMMANDS.revealInTree, COMMANDS.openEntityDefinition];
