// Broken sidecars never lose work (issue 5, points 4 and 7): a sidecar that does not parse, holds
// git conflict markers, duplicate ids or wrong types, an alias bomb, or nests too deeply (40 KB of
// nested "- " after an earlier parse error included: the guards run before the parser) is
// reported in the Problems panel at its line and column, left byte for byte as it was, makes its
// document's annotations read-only (adding one is refused naming the file and line), and the
// extension host keeps working.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { loadSidecar } from '../../src/core/sidecars/sidecarLoad';
import { annotationSuite, sidecarOf, type AnnotatedFile } from './support/annotatedFiles';
import { LONG, QUOTE, TEXT } from './support/reliabilityText';
import { waitFor } from './support/waitFor';

/** "Billion laughs": nine levels of ten aliases each (10^9 strings if anything expanded it). */
function aliasBomb(valid: string): string {
  const out = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 9; i++) out.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${valid}${out.join('\n')}\n`;
}

const BROKEN: Record<string, (valid: string) => string> = {
  'invalid YAML': (v) => v.replace('    codes: [hedging]\n', '    codes: [hedging\n    note: "open\n'),
  'git conflict markers': (v) => v.replace('  - id: a1\n', '<<<<<<< HEAD\n  - id: a1\n=======\n  - id: a2\n>>>>>>> theirs\n'),
  'duplicate ids': (v) => v.replace('id: a1', 'id: a0'),
  'wrong types': (v) => v.replace('codes: [hedging]', 'codes: hedging').replace('status: anchored', 'status: [anchored]'),
  'a YAML alias bomb': aliasBomb,
  'a deeply nested file': (v) => `${v}extra:\n${Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i + 1)}- x:`).join('\n')}\n`,
};

describe('annotation reliability: broken sidecars', function () {
  this.timeout(90_000);
  const suite = annotationSuite();

  async function annotatedWith(breakIt: (valid: string) => string): Promise<{ file: AnnotatedFile; text: string }> {
    const file = suite.file('reliability-broken');
    await file.create(suite.api, TEXT);
    const text = breakIt(sidecarOf(file, TEXT, [QUOTE, LONG]));
    await file.writeSidecar(text);
    return { file, text };
  }

  /** Waits for the sidecar's problems and checks them against the core's, line and column. */
  async function checkRefused(file: AnnotatedFile, text: string): Promise<void> {
    const expected = loadSidecar(text, `${file.name}.annotations.yaml`).diagnostics.find((d) => d.severity === 'error')!;
    assert.ok(expected, 'the core refuses this text');
    const at = new vscode.Position(expected.line - 1, expected.column - 1);
    const problems = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(file.sidecarUri);
    await waitFor(
      () =>
        problems().some(
          (d) => d.severity === vscode.DiagnosticSeverity.Error && d.range.start.isEqual(at) && d.message.includes(expected.message),
        ),
      15_000,
      `problem at ${expected.line}:${expected.column} (${expected.code}) in the Problems panel`,
    );
    const state = suite.service.state(file.uri)!;
    assert.equal(state.readOnly, true, 'read-only');
    const doc = await vscode.workspace.openTextDocument(file.uri);
    await assert.rejects(
      suite.service.add(doc, 0, 5, { codes: ['hedging'] }),
      (err: Error) => err.message.includes(`${file.name}.annotations.yaml`) && err.message.includes(`line ${expected.line}`),
    );
    assert.equal(await file.sidecarText(), text, 'the file is byte for byte as it was');
  }

  for (const [name, breakIt] of Object.entries(BROKEN)) {
    it(`${name}: reported at its line and column, untouched, read-only`, async () => {
      const { file, text } = await annotatedWith(breakIt);
      await checkRefused(file, text);
    });
  }

  it('40 KB of nested "- " written after a parse error: refused before parsing, the host keeps working', async () => {
    const { file, text } = await annotatedWith(BROKEN['invalid YAML']);
    await checkRefused(file, text);
    const payload = `version: 1\ndocument: "open\n${'- '.repeat(20_000)}\n`;
    assert.ok(payload.length >= 40_000);
    await file.writeSidecar(payload);
    await checkRefused(file, payload);
    // Still alive and working: a command runs, and another document can be annotated.
    await vscode.commands.executeCommand('policyAnnotator.reindex');
    const healthy = suite.file('reliability-healthy');
    await healthy.create(suite.api, TEXT);
    const doc = await vscode.workspace.openTextDocument(healthy.uri);
    const start = TEXT.indexOf(QUOTE);
    const id = await suite.service.add(doc, start, start + QUOTE.length, { codes: ['hedging'] });
    assert.equal((await healthy.sidecar()).get(id)?.target.exact, QUOTE);
    assert.equal(suite.service.state(file.uri)?.readOnly, true, 'the broken one stays read-only after the reindex');
  });

  it('a fixed sidecar becomes writable again, its problems gone', async () => {
    const { file, text } = await annotatedWith(BROKEN['git conflict markers']);
    await checkRefused(file, text);
    await file.writeSidecar(sidecarOf(file, TEXT, [QUOTE, LONG]));
    await waitFor(
      () => suite.service.state(file.uri)?.readOnly === false && vscode.languages.getDiagnostics(file.sidecarUri).length === 0,
      15_000,
      'writable, no problems',
    );
    const doc = await vscode.workspace.openTextDocument(file.uri);
    await suite.service.add(doc, 0, 5, { codes: ['hedging'] });
    assert.equal((await file.sidecar()).ids.length, 3);
  });
});
