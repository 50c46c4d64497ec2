/** Glob matching of '/'-separated relative paths, with the syntax of VS Code's settings (`**`, `{a,b}`). */
// picomatch's posix entry: the paths are '/'-separated on every system, as VS Code's globs are, and
// it does not probe the platform (the main entry reads `navigator.platform`, which VS Code's
// extension host reports as an error of the extension).
import picomatch from 'picomatch/posix';

export type PathTest = (relativePath: string) => boolean;

/** One pattern; an empty one matches nothing. */
export function globMatcher(pattern: string | undefined): PathTest {
  return pattern ? picomatch(pattern, { dot: true }) : () => false;
}

export function globTest(include: string, exclude?: string): PathTest {
  const isIncluded = globMatcher(include);
  const isExcluded = globMatcher(exclude);
  return (path) => isIncluded(path) && !isExcluded(path);
}
