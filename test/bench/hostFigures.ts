// What the editor bench entry measures inside the extension host and hands to its runner
// (scripts/vscode-host/benchEditor.ts) as JSON. Times in ms, memory in MB (2^20 bytes).

/** Environment the runner sets (the extension host inherits it). */
export const BENCH_ENV = {
  /** File the entry writes its HostFigures to. */
  result: 'POLICY_ANNOTATOR_BENCH_RESULT',
  /** File the entry appends its progress lines to (the runner streams it). */
  log: 'POLICY_ANNOTATOR_BENCH_LOG',
} as const;

export interface HostFigures {
  documents: number;
  mentions: number;
  catalogEntities: number;
  entitiesMentioned: number;
  /** Who activated the extension: the bench entry (no catalog in the folder), or the workspace before the entry loaded. */
  activatedBy: 'bench' | 'workspace';
  /** activate() start to the first index complete. */
  indexMs: number;
  /** The extension's own figure for building that index (its output channel's "in N ms"); null when absent. */
  indexBuildMs: number | null;
  /** Longest stall of the host's event loop while the first index was built, as far as sampled
   * (null: the index was complete before the bench entry loaded, nothing of it was sampled). */
  longestStallMs: number | null;
  stallsOver50Ms: number;
  /** When each of those stalls began, ms after activation, and how long it was. */
  stallsAt: Array<{ atMs: number; ms: number }>;
  /** When the stall sampler started, ms after activate() began (<= 0: the whole first index is covered). */
  stallSampledFromMs: number;
  stallCoversWholeIndex: boolean;
  /** After the first index and a forced gc (gcForced false: no gc could be forced). */
  hostHeapMB: number;
  hostArrayBuffersMB: number;
  hostRssMB: number;
  gcForced: boolean;
  /** Find All References (vscode.executeReferenceProvider) at one mention of the most-mentioned entity; null when nothing is mentioned. */
  references: ReferenceFigures | null;
  /** "Rebuild Index" (policyAnnotator.reindex), sampled from its start. */
  rebuildMs: number;
  rebuildLongestStallMs: number;
  rebuildStallsOver50Ms: number;
  /** When each began, ms after the rebuild started, and how long it was. */
  rebuildStallsAt: Array<{ atMs: number; ms: number }>;
  hostHeapAfterRebuildMB: number;
}

export interface ReferenceFigures {
  entity: string;
  entityName: string;
  entityMentions: number;
  entityDocuments: number;
  /** Workspace-relative path of the document the references were asked from. */
  document: string;
  referencesMs: number;
  /** Locations returned (the declaration in the catalog included when there is one). */
  referencesCount: number;
  referencesLongestStallMs: number;
  /** Go to References (Shift+F12, editor.action.goToReferences) from the same mention, until the
   * workbench has the locations and its peek is open: the user's path (one crossing, not two). */
  peekMs: number;
  /** Heap after the references came back (still held), or the highest sampled meanwhile, over the heap after a gc just before. */
  hostHeapGrowthReferencesMB: number;
}
