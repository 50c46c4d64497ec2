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
  /** Audits the catalog on the corpus: names inside longer names, lowercase, never mentioned. */
  auditCatalog: 'policyAnnotator.auditCatalog',
  /** Args: optional .qdpx URI and target folder URI; without them, open dialogs ask. Returns the
   * import's outcome (documents, codes, annotations, problems). */
  importQdpx: 'policyAnnotator.importQdpx',
  /** Opens the Analysis panel (co-occurrence matrix, network, mentions over time). */
  openAnalysis: 'policyAnnotator.openAnalysis',
  sortTreesByCount: 'policyAnnotator.sortTreesByCount',
  sortTreesByName: 'policyAnnotator.sortTreesByName',
  /** Args: optional filter text; without it, an input box asks (pre-filled with the current one). */
  filterTrees: 'policyAnnotator.filterTrees',
  clearTreeFilter: 'policyAnnotator.clearTreeFilter',
  focusTrees: 'policyAnnotator.focusTrees',
  /** Args: optional filter text (the Analysis panel's syntax); without it, an input box asks
   * (pre-filled with the current one). One that does not parse leaves the filter as it was. */
  filterDocuments: 'policyAnnotator.filterDocuments',
  clearDocumentFilter: 'policyAnnotator.clearDocumentFilter',
  sortDocumentsByPath: 'policyAnnotator.sortDocumentsByPath',
  sortDocumentsByDate: 'policyAnnotator.sortDocumentsByDate',
  /** Internal (hidden from the palette): shows the next page of the Documents view. */
  showMoreDocuments: 'policyAnnotator.showMoreDocuments',
  /** Internal (hidden from the palette). Args: document URI string, 0-based start line, start
   * character, end line, end character, optional entity id (then the nearest mention of that
   * entity is selected if the text moved since the arguments were taken). */
  openMention: 'policyAnnotator.openMention',
  /** Internal (hidden from the palette). Args: the key of a paged tree level (a "N more…" item's).
   * Shows the next page of that level. */
  showMoreInTree: 'policyAnnotator.showMoreInTree',
  /** Internal (hidden from the palette). Args: entity id. Opens the catalog at the entity. */
  openEntityDefinition: 'policyAnnotator.openEntityDefinition',
  /** Tags the selection: codes from a multi-select quick pick (new codes can be created), then an optional note. */
  tagSelection: 'policyAnnotator.tagSelection',
  /** Args: optional document URI string and annotation id (a tree item's or a hover's); without
   * them, the annotation under the cursor (a pick when several overlap). Codes, then note. */
  editAnnotation: 'policyAnnotator.editAnnotation',
  /** Args as `editAnnotation`. Deletes after nothing but offers "Undo" in a notification. */
  deleteAnnotation: 'policyAnnotator.deleteAnnotation',
  /** Args as `editAnnotation`. A needs-review or ambiguous annotation takes its proposed place. */
  acceptAnnotationPlace: 'policyAnnotator.acceptAnnotationPlace',
  /** Args as `editAnnotation` (from the Needs Attention view; without them, a pick of the active
   * document's annotations that need attention): the annotation moves to the active editor's selection. */
  reattachAnnotation: 'policyAnnotator.reattachAnnotation',
  /** Internal (hidden from the palette). Args: document URI string, annotation id. Opens the
   * document and selects the annotation's live place. */
  revealAnnotation: 'policyAnnotator.revealAnnotation',
  /** Args: optional parent code id (from the Codes tree). */
  createCode: 'policyAnnotator.createCode',
  /** Args: optional code id; renames id and/or name, updating every sidecar. */
  renameCode: 'policyAnnotator.renameCode',
  /** Args: optional code id; merges it into another code in the codebook and every sidecar. */
  mergeCode: 'policyAnnotator.mergeCode',
  openCodebook: 'policyAnnotator.openCodebook',
  toggleAnnotationHighlights: 'policyAnnotator.toggleAnnotationHighlights',
  /** Args: optional { target (a URI as text), unanchored ('keep' | 'omit'), entitiesAsCodes, replace };
   * without them, a pick of the options and a save dialog ask. Returns { uri, report, text }. */
  exportQdpx: 'policyAnnotator.exportQdpx',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** Commands a hover card may link to: the only ones its markdown trusts. */
export const HOVER_COMMANDS: readonly CommandId[] = [COMMANDS.showMentions, COMMANDS.revealInTree, COMMANDS.openEntityDefinition];

/** Commands an annotation's hover may link to. */
export const ANNOTATION_HOVER_COMMANDS: readonly CommandId[] = [
  COMMANDS.editAnnotation,
  COMMANDS.deleteAnnotation,
  COMMANDS.acceptAnnotationPlace,
  COMMANDS.revealAnnotation,
];
