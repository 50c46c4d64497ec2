/** The name of the folder a command works on, for titles and file names. */
import type { Folder } from './cliEnv';

/** The folder's own name (`corpus`), not its path from the working directory. */
export function folderName(folder: Folder): string {
  const segments = (folder.iri ?? folder.display('')).split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
  const last = segments.at(-1) ?? folder.display('');
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
