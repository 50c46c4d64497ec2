// Globs of the settings over '/'-separated relative paths, the same on every system, and compiled
// without probing the platform (VS Code's extension host logs an extension reading `navigator`).
import * as assert from 'node:assert/strict';
import { globTest } from '../../../../src/core/base/pathGlob';

describe('pathGlob', () => {
  it('matches VS Code style globs with dot files, braces and an exclude', () => {
    const test = globTest('**/*.{txt,md}', '**/{node_modules,.git}/**');
    assert.equal(test('a.txt'), true);
    assert.equal(test('speeches/1990/b.md'), true);
    assert.equal(test('.hidden/c.txt'), true);
    assert.equal(test('node_modules/x/a.txt'), false);
    assert.equal(test('a.yaml'), false);
  });

  it('takes a backslash for part of a name, not a folder separator, on every system', () => {
    assert.equal(globTest('speeches/*.txt')('speeches\\a.txt'), false);
    assert.equal(globTest('*.txt')('speeches\\a.txt'), true);
  });

  it('never reads navigator', () => {
    const own = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    let reads = 0;
    Object.defineProperty(globalThis, 'navigator', {
      configurable: true,
      get: () => {
        reads++;
        return { platform: 'Win32' };
      },
    });
    try {
      const test = globTest('**/entities.yaml', '**/out/**');
      assert.equal(test('x/entities.yaml'), true);
    } finally {
      if (own) Object.defineProperty(globalThis, 'navigator', own);
      else delete (globalThis as { navigator?: unknown }).navigator;
    }
    assert.equal(reads, 0, 'navigator was read');
  });
});
