/**
 * Reading a command's folder, shared by `check` and `export`: the listing (which files exist, which
 * are sidecars), the codebook (`--codebook` or `codebook.yaml` at the top), and reads that turn a
 * failure into a located `unreadable` error instead of stopping the command.
 */
import { emptyCodebook, loadCodebook, type Codebook } from '../core/codebook/codebook';
import type { Diagnostic } from '../core/base/diagnostics';
import { SIDECAR_SUFFIX } from '../core/base/ports';
import { describeError } from './cliError';
import type { CliEnv, Folder } from './cliEnv';

export const CODEBOOK_FILE_NAME = 'codebook.yaml';

export interface FolderListing {
  /** Every file of the folder (symlinks leading outside it are not files of it). */
  present: Set<string>;
  sidecars: string[];
}

export async function listFolder(folder: Folder): Promise<FolderListing> {
  const listing: FolderListing = { present: new Set(), sidecars: [] };
  for await (const path of folder.store.list(() => true)) {
    listing.present.add(path);
    if (path.endsWith(SIDECAR_SUFFIX)) listing.sidecars.push(path);
  }
  return listing;
}

/** `--codebook <file>`, else `codebook.yaml` at the top of the folder, else none. */
export async function loadFolderCodebook(
  env: CliEnv,
  folder: Folder,
  override: string | undefined,
  inFolder: boolean,
): Promise<{ file: string; codebook: Codebook } | undefined> {
  if (override !== undefined) {
    const { text, display } = await env.readArgumentFile(override, 'codebook');
    return { file: display, codebook: loadCodebook(text, display) };
  }
  if (!inFolder) return undefined;
  const file = folder.display(CODEBOOK_FILE_NAME);
  const text = await readFolderFile(folder, CODEBOOK_FILE_NAME, file);
  const codebook = typeof text === 'string' ? loadCodebook(text, file) : { ...emptyCodebook(), diagnostics: [text] };
  return { file, codebook };
}

/** The file's text, or an `unreadable` error diagnostic for it. */
export async function readFolderFile(folder: Folder, path: string, file: string): Promise<string | Diagnostic> {
  try {
    return await folder.store.readText(path);
  } catch (error) {
    return problem(file, 'unreadable', `cannot read the file: ${describeError(error)}`);
  }
}

/** An error that belongs to a whole file (no line or column). */
export function problem(file: string, code: string, message: string): Diagnostic {
  return { file, line: 0, column: 0, severity: 'error', code, message };
}
