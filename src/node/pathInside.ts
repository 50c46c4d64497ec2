// Whether an absolute path lies inside a root folder (never through `..`): the guard every Node
// file store uses before it reads or writes.
import * as path from 'node:path';

export function isInside(root: string, absolute: string): boolean {
  const back = path.relative(root, absolute);
  return back !== '..' && !back.startsWith(`..${path.sep}`) && !path.isAbsolute(back);
}
