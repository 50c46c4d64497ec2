/** Glob matching of '/'-separated relative paths, with the syntax of VS Code's settings (`**`, `{a,b}`). */
// picomatch's posix entry: the paths are '/'-separated on every system, as VS Code's globs are, and
// it does not probe the platform (the main entry reads `navigator.platform`, which VS Code's
// extension host reports as an error of the extension).
import picomatch from 'picomatch/posix';

export type PathTest = (relativePath: string) => boolean;

export function globTest(include: string, exclude?: string): PathTest {
  const isIncluded = picomatch(include, { dot: true });
  const isExcluded = exclude ? picomatch(exclude, { dot: true }) : () => false;
  return (path) => isIncluded(path) && !isExcluded(path);
}
