// A fresh temporary folder for each test of a suite (or one for the whole suite), removed after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** Call inside `describe`; the returned function gives the current folder's path. */
export function useTempFolder(prefix: string, each: 'test' | 'suite' = 'test'): () => string {
  let root = '';
  const make = (): void => {
    root = mkdtempSync(path.join(tmpdir(), prefix));
  };
  const remove = (): void => rmSync(root, { recursive: true, force: true });
  if (each === 'test') {
    beforeEach(make);
    afterEach(remove);
  } else {
    before(make);
    after(remove);
  }
  return () => root;
}
