/** What an import finds in its target folder where it would write (read before planning). */

/** A file of the target folder as it is now. */
export type ExistingFile = { kind: 'absent' } | { kind: 'text'; text: string } | { kind: 'other'; reason: string };

export interface FolderState {
  /** Any file the plan names (documents, their sidecars, codebook.yaml), relative to the folder. */
  file(path: string): ExistingFile;
}
