/** Glob matching of '/'-separated relative paths, with the syntax of VS Code's settings (`**`, `{a,b}`). */
import picomatch from 'picomatch';

export type PathTest = (relativePath: string) => boolean;

export function globTest(include: string, exclude?: string): PathTest {
  const isIncluded = picomatch(include, { dot: true });
  const isExcluded = exclude ? picomatch(exclude, { dot: true }) : () => false;
  return (path) => isIncluded(path) && !isExcluded(path);
}
