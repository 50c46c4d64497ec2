import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadSidecar } from '../../../../src/core/sidecars/sidecarLoad';
import { SidecarReadOnlyError } from '../../../../src/core/sidecars/sidecarModel';
import { HAND_WRITTEN, SIDECAR } from '../../helpers/sidecarTexts';

/** `line:column code` of every error, the model read-only, and nothing can be serialised. */
function refused(text: string): string[] {
  const model = loadSidecar(text, SIDECAR);
  assert.equal(model.readOnly, true, 'read-only');
  assert.throws(() => model.toText(), SidecarReadOnlyError);
  assert.throws(() => model.delete('a1'), SidecarReadOnlyError);
  assert.ok(model.diagnostics.every((d) => d.file === SIDECAR));
  return model.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.code}`);
}

/** "Billion laughs": nine levels of ten aliases each (10^9 strings if anything expanded it). */
function aliasBomb(): string {
  const out = ['version: 1', 'document: report.txt', 'annotations: []', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 9; i++) out.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${out.join('\n')}\n`;
}

describe('sidecar model: files that are refused (read-only, located errors)', () => {
  it('invalid YAML', () => {
    assert.deepEqual(refused('version: 1\ndocument: report.txt\nannotations:\n  - id: a1\n    target: {exact: "open\n'), [
      '6:1 yaml-syntax',
      '6:1 yaml-syntax',
    ]);
  });

  it('git conflict markers', () => {
    const text = HAND_WRITTEN.replace('  - id: a2\n', '<<<<<<< HEAD\n  - id: a2\n=======\n  - id: a3\n>>>>>>> theirs\n');
    assert.deepEqual(refused(text), ['16:1 conflict-marker']);
  });

  it('duplicate ids', () => {
    assert.deepEqual(refused(HAND_WRITTEN.replace('id: a2', 'id: a1')), ['16:5 duplicate-id']);
  });

  it('wrong types', () => {
    const text = HAND_WRITTEN.replace('codes: [ hedging ]', 'codes: hedging').replace('status: anchored', 'status: [anchored]');
    assert.deepEqual(refused(text), ['8:12 wrong-type', '22:13 wrong-type']);
    assert.deepEqual(refused('version: 1\ndocument: report.txt\nannotations: {a1: x}\n'), ['3:14 wrong-type']);
    assert.deepEqual(refused('- just a list\n'), ['1:1 wrong-type']);
  });

  it('a YAML alias bomb, without expanding it', () => {
    const errors = refused(aliasBomb());
    assert.equal(errors.length, 20, 'the first 20 aliases are reported');
    assert.equal(errors[0], '5:10 yaml-alias');
  });

  it('an alias shared by two annotations', () => {
    const text = 'version: 1\ndocument: report.txt\nannotations:\n  - id: a1\n    target: &t {exact: x}\n  - id: a2\n    target: *t\n';
    assert.deepEqual(refused(text), ['7:13 yaml-alias']);
  });

  it('a deeply nested file, refused before it is parsed', () => {
    const deep = `version: 1\ndocument: report.txt\nannotations:\n${Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i + 1)}- x:`).join('\n')}\n`;
    assert.deepEqual(refused(deep), ['51:1 too-deep']);
    assert.deepEqual(refused(`version: 1\nnote: ${'['.repeat(100)}${']'.repeat(100)}\n`), ['2:1 too-deep']);
  });

  it('a document path, a version from the future, a missing target', () => {
    assert.deepEqual(refused('version: 1\ndocument: ../secret.txt\nannotations: []\n'), ['2:11 document-path']);
    assert.deepEqual(refused('version: 2\ndocument: report.txt\nannotations: []\n'), ['1:10 bad-version']);
    assert.deepEqual(refused('version: 1\ndocument: report.txt\nannotations:\n  - id: a1\n'), ['4:5 missing-field']);
  });

  it('an annotations list the editor cannot splice safely', () => {
    const text = 'version: 1\ndocument: report.txt\n? annotations\n: - id: a1\n    target: {exact: x}\n';
    const errors = refused(text);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^3:3 unsupported-layout$/);
  });

  it('keeps the process alive on 40 KB of nested "- " after a parse error (guarded before parsing)', function () {
    this.timeout(60000);
    const dir = mkdtempSync(path.join(tmpdir(), 'pa-guard-'));
    try {
      const payloads = {
        'one-line': `version: 1\ndocument: "open\n${'- '.repeat(20000)}\n`,
        staircase: `version: 1\n: broken\n${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- `).join('\n')}\n`,
      };
      const script = path.join(dir, 'load.ts');
      const loader = path.resolve('src/core/sidecars/sidecarLoad.ts');
      writeFileSync(
        script,
        [
          `import { readFileSync } from 'node:fs';`,
          `import { loadSidecar } from ${JSON.stringify(loader)};`,
          `const m = loadSidecar(readFileSync(process.argv[2], 'utf8'), 'report.txt.annotations.yaml');`,
          `console.log(JSON.stringify({ readOnly: m.readOnly, errors: m.diagnostics.map((d) => d.line + ':' + d.column + ' ' + d.code) }));`,
        ].join('\n'),
      );
      for (const [name, text] of Object.entries(payloads)) {
        assert.ok(text.length >= 40000, `${name} is at least 40 KB`);
        const file = path.join(dir, `${name}.yaml`);
        writeFileSync(file, text);
        const run = spawnSync(process.execPath, ['--import', 'tsx', script, file], { encoding: 'utf8' });
        assert.equal(run.signal, null, `${name}: killed by ${run.signal}`);
        assert.equal(run.status, 0, `${name}: ${run.stderr}`);
        const result = JSON.parse(run.stdout) as { readOnly: boolean; errors: string[] };
        assert.equal(result.readOnly, true);
        assert.deepEqual(result.errors, [name === 'one-line' ? '3:1 too-deep' : '51:1 too-deep'], name);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
