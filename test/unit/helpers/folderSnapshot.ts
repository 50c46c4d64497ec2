/** Every entry below a folder, by '/'-separated relative path: a file's bytes (hex digest), a link's target. */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import * as path from 'node:path';

export function snapshot(root: string, relative = '', into = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(path.join(root, relative)).sort()) {
    const rel = relative === '' ? name : `${relative}/${name}`;
    const full = path.join(root, rel);
    const info = lstatSync(full);
    if (info.isSymbolicLink()) into.set(rel, `link -> ${readlinkSync(full)}`);
    else if (info.isDirectory()) snapshot(root, rel, into);
    else into.set(rel, createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return into;
}
