/**
 * Where `export --out <folder>` writes (issue 5 point 8): one plain file inside the folder asked
 * for and nowhere else. The name goes through `resolveExportPath`; the folder is created when
 * missing; an existing file is replaced only with `--force`, and never when it is a symbolic link
 * or not a regular file; the write is atomic (temp file, fsync, rename: NodeAtomicFileStore).
 */
import { lstat, mkdir } from 'node:fs/promises';
import * as path from 'node:path';
import { resolveExportPath } from '../core/sidecars/safePaths';
import { CliError, describeError } from './cliError';
import { NodeAtomicFileStore, writeFileAtomic } from '../node/nodeAtomicFileStore';

/** Writes `content` (a text as UTF-8, or bytes) as `dir/name`; returns the absolute path written.
 * `show` names paths in messages. */
export async function writeExportFile(
  dir: string,
  name: string,
  content: string | Uint8Array,
  replace: boolean,
  show: (absolute: string) => string = (a) => a,
): Promise<string> {
  const root = path.resolve(dir);
  const target = resolveExportPath(root.split(path.sep).join('/'), name);
  if (!target.ok) throw new CliError(`cannot write ${name}: ${target.reason}`);
  const absolute = path.resolve(target.path);
  if (path.dirname(absolute) !== root) throw new CliError(`cannot write ${name}: it is not a plain file name`);
  await mkdir(root, { recursive: true }).catch((error: unknown) => {
    throw new CliError(`cannot create the output folder ${dir}: ${describeError(error)}`);
  });
  const existing = await lstat(absolute).catch(() => undefined);
  if (existing?.isSymbolicLink()) throw new CliError(`${show(absolute)} is a symbolic link; the export does not write through it`);
  if (existing && !existing.isFile()) throw new CliError(`${show(absolute)} exists and is not a regular file`);
  if (existing && !replace) throw new CliError(`${show(absolute)} exists; add --force to replace it`);
  if (typeof content === 'string') await new NodeAtomicFileStore(root).writeAtomic(name, content);
  else await writeFileAtomic(absolute, [content]);
  return absolute;
}
