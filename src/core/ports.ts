/**
 * How the core reaches files (DESIGN §1): small interfaces implemented by Node's fs for the CLI
 * (src/cli/nodeFileStore.ts), by workspace.fs in the editor, and by in-memory fakes in tests.
 * Paths are '/'-separated and relative to the store's root.
 */
export interface FileStore {
  readText(path: string): Promise<string>;
  /** Every file below the root whose path matches `include`, sorted; never follows symlinks out. */
  list(include: (path: string) => boolean): AsyncIterable<string>;
}

/** Corpus documents are plain text and Markdown; sidecars and catalogs are not documents. */
export function isCorpusDocument(path: string): boolean {
  return /\.(txt|md|markdown)$/i.test(path);
}

export const SIDECAR_SUFFIX = '.annotations.yaml';

export function sidecarPathFor(documentPath: string): string {
  return documentPath + SIDECAR_SUFFIX;
}
