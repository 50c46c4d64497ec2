// Every view id of the extension, and the id of the view container that holds them, in one typed
// place; package.json contributes the same ids (a unit test keeps the two in step).

/** The activity-bar container of the views. */
export const VIEW_CONTAINERS = {
  sidebar: 'policyAnnotator',
} as const;

export const VIEWS = {
  /** The entity tree of the catalog's actors. */
  actors: 'policyAnnotator.actors',
  /** The entity tree of the catalog's institutions. */
  institutions: 'policyAnnotator.institutions',
  /** The codebook's codes with their coded segments. */
  codes: 'policyAnnotator.codes',
  /** The annotations of the active document. */
  annotations: 'policyAnnotator.annotations',
  /** The annotations whose place is in doubt, across the corpus. */
  needsAttention: 'policyAnnotator.needsAttention',
  /** The corpus documents with their attributes, filtered and sorted. */
  documents: 'policyAnnotator.documents',
} as const;

export type ViewId = (typeof VIEWS)[keyof typeof VIEWS];
