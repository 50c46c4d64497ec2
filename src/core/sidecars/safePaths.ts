/**
 * Path safety for names that come from files (issue 5 point 8): a sidecar's `document` field can
 * never make the extension read or write outside the workspace, and an export writes only inside
 * the folder asked for. Pure string checks over '/'-separated paths; adapters still resolve the
 * result against their root (and refuse symlinks that leave it).
 */

export type SafePath = { ok: true; path: string } | { ok: false; reason: string };

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** True when Windows reserves a file or folder of this name for a device, whatever follows its
 * first dot (`nul`, `NUL.txt`, `com1.tar.gz`). */
export function isWindowsDeviceName(segment: string): boolean {
  return WINDOWS_DEVICE.test(segment);
}

/** Why `name` cannot be one segment of a relative path, or undefined when it can. */
function segmentProblem(segment: string): string | undefined {
  if (segment === '..') return "it climbs out with '..'";
  if (/^[. ]+$/.test(segment)) return `'${segment}' is not a file or folder name`;
  if (/[. ]$/.test(segment)) return `'${segment}' ends with a dot or space (Windows would drop it)`;
  if (isWindowsDeviceName(segment)) return `'${segment}' is a reserved device name on Windows`;
  return undefined;
}

/**
 * A relative path that stays inside its base folder, normalised ('.' and empty segments removed).
 * Refused: empty, absolute (`/x`), backslashes (UNC, Windows separators), any `:` (drive letters
 * `C:x`, URL schemes `file:` `command:`, Windows streams), NUL and other control characters, `..`,
 * names made of dots and spaces, names ending in a dot or space, Windows device names (`nul.txt`).
 */
export function safeRelativePath(input: string): SafePath {
  if (typeof input !== 'string' || input.trim() === '') return { ok: false, reason: 'the path is empty' };
  if (/[\u0000-\u001f\u007f]/.test(input)) return { ok: false, reason: 'the path holds a control character (NUL, line break, ...)' };
  if (input.includes('\\')) return { ok: false, reason: 'the path holds a backslash; use / between folders' };
  if (input.startsWith('/')) return { ok: false, reason: 'the path is absolute; it must be relative' };
  if (input.includes(':')) return { ok: false, reason: "the path holds ':' (a drive letter, URL scheme or Windows stream)" };
  if (input.endsWith('/')) return { ok: false, reason: 'the path names a folder, not a file' };
  const segments = input.split('/').filter((s) => s !== '' && s !== '.');
  for (const segment of segments) {
    const problem = segmentProblem(segment);
    if (problem) return { ok: false, reason: problem };
  }
  return segments.length === 0 ? { ok: false, reason: 'the path names no file' } : { ok: true, path: segments.join('/') };
}

/** `relative` joined to the folder `base` ('' for the root), refused when it would leave `base`. */
export function resolveInside(base: string, relative: string): SafePath {
  const checked = safeRelativePath(relative);
  if (!checked.ok) return { ok: false, reason: `'${relative}' is refused: ${checked.reason}` };
  const folder = base.replace(/\/+$/, '');
  return { ok: true, path: folder === '' ? checked.path : `${folder}/${checked.path}` };
}

/**
 * The workspace-relative path of the document a sidecar annotates. `sidecarPath` is relative to
 * the workspace root; `document` (the sidecar's field) must be a plain file name (ARCHITECTURE.md, Files the analyst owns: the
 * document sits next to its sidecar), so nothing in a sidecar can point elsewhere.
 */
export function resolveSidecarDocument(sidecarPath: string, document: string): SafePath {
  const sidecar = safeRelativePath(sidecarPath);
  if (!sidecar.ok) return { ok: false, reason: `sidecar path '${sidecarPath}' is refused: ${sidecar.reason}` };
  if (typeof document === 'string' && document.includes('/')) {
    return { ok: false, reason: `document '${document}' is refused: it must be the name of the file next to the sidecar, not a path` };
  }
  const slash = sidecar.path.lastIndexOf('/');
  return resolveInside(slash < 0 ? '' : sidecar.path.slice(0, slash), document);
}

/**
 * Where an export writes `name` (a file name or relative path built from document names) inside
 * the folder the analyst asked for (`folder`: absolute or relative, '/'-separated).
 */
export function resolveExportPath(folder: string, name: string): SafePath {
  if (typeof folder !== 'string' || folder.trim() === '' || /[\u0000-\u001f\u007f]/.test(folder)) {
    return { ok: false, reason: 'the export folder is empty or holds a control character' };
  }
  return resolveInside(folder, name);
}
