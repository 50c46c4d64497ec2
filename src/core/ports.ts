/**
 * How the core reaches files (DESIGN §1): small interfaces implemented by Node's fs for the CLI
 * (src/cli/nodeFileStore.ts), by workspace.fs in the editor, and by in-memory fakes in tests.
 * Paths are '/'-separated and relative to the store's root.
 */
import { globTest, type PathTest } from './pathGlob';

export interface FileStore {
  readText(path: string): Promise<string>;
  /** Every file below the root whose path matches `include`, sorted; never follows symlinks out. */
  list(include: (path: string) => boolean): AsyncIterable<string>;
}

export const SIDECAR_SUFFIX = '.annotations.yaml';

/** Defaults of the `policyAnnotator.documents` and `.exclude` settings; the CLI uses them too, so
 * both index the same files. */
export const DEFAULT_DOCUMENTS = '**/*.{txt,md,markdown}';
export const DEFAULT_EXCLUDE = '**/{node_modules,.git,dist,out}/**';

/** Which relative paths are corpus documents: plain text and Markdown, never a sidecar. */
export function corpusDocumentTest(include = DEFAULT_DOCUMENTS, exclude = DEFAULT_EXCLUDE): PathTest {
  const matches = globTest(include, exclude);
  return (path) => matches(path) && !path.endsWith(SIDECAR_SUFFIX);
}

export const isCorpusDocument: PathTest = corpusDocumentTest();

export function sidecarPathFor(documentPath: string): string {
  return documentPath + SIDECAR_SUFFIX;
}
