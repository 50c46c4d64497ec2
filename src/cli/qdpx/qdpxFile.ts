/**
 * The `.qdpx` named on the command line, read whole (an archive is read in memory; its entries
 * are inflated under caps, core/exchange/qdpxArchive.ts) after checking its size.
 */
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { MAX_ARCHIVE_BYTES } from '../../core/exchange/qdpxUnzip';
import { CliError } from '../cliError';

export function isQdpxPath(file: string): boolean {
  return /\.qdpx$/i.test(file);
}

/** How a path is shown: relative to the working directory, '/'-separated. */
export function displayPath(absolute: string): string {
  return path.relative(process.cwd(), absolute).split(path.sep).join('/') || '.';
}

export async function readQdpxFile(file: string): Promise<{ bytes: Uint8Array; display: string }> {
  const absolute = path.resolve(file);
  const info = await stat(absolute).catch(() => undefined);
  if (!info) throw new CliError(`project not found: ${file}`);
  if (!info.isFile()) throw new CliError(`not a file: ${file} (a .qdpx project is one zip file)`);
  if (info.size > MAX_ARCHIVE_BYTES) throw new CliError(`${file} is larger than ${MAX_ARCHIVE_BYTES / (1024 * 1024)} MB; it is refused`);
  return { bytes: await readFile(absolute), display: displayPath(absolute) };
}
