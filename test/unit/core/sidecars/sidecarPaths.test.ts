import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { resolveExportPath, resolveInside, resolveSidecarDocument, safeRelativePath } from '../../../../src/core/sidecars/safePaths';

const refused = (result: { ok: boolean }): boolean => !result.ok;

describe('path safety for sidecar documents and exports', () => {
  it('resolves a sidecar document next to its sidecar', () => {
    assert.deepEqual(resolveSidecarDocument('corpus/reports/a.txt.annotations.yaml', 'a.txt'), { ok: true, path: 'corpus/reports/a.txt' });
    assert.deepEqual(resolveSidecarDocument('a.txt.annotations.yaml', 'a.txt'), { ok: true, path: 'a.txt' });
    assert.deepEqual(resolveSidecarDocument('corpus/memo 1.md.annotations.yaml', 'memo 1.md'), { ok: true, path: 'corpus/memo 1.md' });
  });

  it('refuses every document field that could point elsewhere', () => {
    const attempts = [
      '../secret.txt',
      '..',
      '.',
      '',
      ' ',
      '/etc/passwd',
      'C:\\Windows\\win.ini',
      'C:secret.txt',
      'c:/x.txt',
      '\\\\server\\share\\x.txt',
      'sub\\..\\..\\x.txt',
      'file:///etc/passwd',
      'command:workbench.action.quit',
      'https://example.com/x.txt',
      'a\u0000.txt',
      'a\n.txt',
      'sub/a.txt',
      'report.txt:stream',
      'nul.txt',
      'CON',
      '...',
      'report.txt.',
      'report.txt ',
    ];
    for (const document of attempts) {
      const result = resolveSidecarDocument('corpus/a.txt.annotations.yaml', document);
      assert.ok(refused(result), `refused: ${JSON.stringify(document)}`);
      assert.ok(!result.ok && result.reason.length > 10, 'with a reason');
    }
    assert.ok(refused(resolveSidecarDocument('../outside/a.txt.annotations.yaml', 'a.txt')), 'a sidecar path outside the root');
    assert.ok(refused(resolveSidecarDocument('/abs/a.txt.annotations.yaml', 'a.txt')));
  });

  it('normalises harmless relative paths and refuses climbing ones', () => {
    assert.deepEqual(safeRelativePath('./a//b/./c.csv'), { ok: true, path: 'a/b/c.csv' });
    for (const bad of ['a/../../b', 'a/..', '../a', 'a/', '//host/x', 'a/b\\c']) assert.ok(refused(safeRelativePath(bad)), bad);
  });

  it('keeps export files inside the folder asked for', () => {
    assert.deepEqual(resolveExportPath('/home/ana/out', 'corpus/report.txt.csv'), {
      ok: true,
      path: '/home/ana/out/corpus/report.txt.csv',
    });
    assert.deepEqual(resolveExportPath('C:/Users/ana/out/', 'codes.json'), { ok: true, path: 'C:/Users/ana/out/codes.json' });
    assert.ok(refused(resolveExportPath('/home/ana/out', '../.bashrc')));
    assert.ok(refused(resolveExportPath('/home/ana/out', '/etc/cron.d/x')));
    assert.ok(refused(resolveExportPath('', 'x.csv')));
    assert.ok(refused(resolveExportPath('/out\u0000/x', 'x.csv')));
  });

  it('never resolves anything outside its base (property)', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '', 'a', 'b.txt', 'C:', '\\', 'x\\..', '%2e%2e', ' ..', '.. '),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        const result = resolveInside('root/base', segments.join('/'));
        if (!result.ok) return;
        assert.ok(result.path.startsWith('root/base/'));
        const parts = result.path.slice('root/base/'.length).split('/');
        assert.ok(
          parts.every((p) => p !== '' && p !== '.' && p !== '..' && !p.includes('\\') && !p.includes(':')),
          result.path,
        );
      }),
      { numRuns: 2000 },
    );
  });
});
