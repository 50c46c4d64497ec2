// Annotations on a 2 MB document, measured in the editor (figures for the README, never
// assertions: the machine is shared). Checks only that the results are right: 100 annotations
// anchored when the sidecar is read and when the document opens, moved after a paragraph is
// inserted on disk, all orphaned (none lost) after every passage is rewritten, while the
// extension host keeps running (the longest stall is printed); and 500 places shifted per keystroke.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { composeVariedDocument, editPassages, pickPassages, type BenchPassage } from '../../src/cli/bench/anchoringDocument';
import { readSampleParagraphs } from '../../src/cli/bench/corpusGenerator';
import { Random } from '../../src/cli/bench/random';
import { createTarget, documentHash } from '../../src/core/anchoring';
import { loadSidecar, newSidecarText } from '../../src/core/sidecars/sidecarLoad';
import { annotationSuite, type AnnotatedFile } from './support/annotatedFiles';
import { workspaceUri } from './support/extensionApi';
import { waitFor } from './support/waitFor';

const SIZE = 2 * 1024 * 1024;

function print(line: string): void {
  const log = process.env.POLICY_ANNOTATOR_TEST_LOG;
  if (log) fs.appendFileSync(log, `      ${line}\n`);
  else console.log(line);
}

function sidecarText(file: AnnotatedFile, text: string, passages: readonly BenchPassage[]): string {
  const model = loadSidecar(newSidecarText(`${file.name}.annotations.yaml`, documentHash(text)), 'sidecar');
  passages.forEach((p, i) =>
    model.add({ id: `a${i}`, codes: ['hedging'], target: createTarget(text, p.start, p.end), status: 'anchored' }),
  );
  return model.toText();
}

/** Runs `fn` and measures it, with the longest time the extension host's event loop was blocked. */
async function measured<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; stallMs: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 2);
  const t0 = performance.now();
  try {
    const value = await fn();
    const ms = performance.now() - t0;
    stall = Math.max(stall, performance.now() - last);
    return { value, ms, stallMs: stall };
  } finally {
    clearInterval(timer);
  }
}

const f = (x: number): string => x.toFixed(1);

describe('annotation performance: a 2 MB document (measured)', function () {
  this.timeout(300_000);
  const suite = annotationSuite();

  it('anchors 100 annotations on reading and opening, after an insertion and when all are orphaned; shifts 500 per keystroke', async () => {
    const service = suite.service;
    const rng = new Random(7);
    const text = composeVariedDocument(readSampleParagraphs(workspaceUri('').fsPath).paragraphs, SIZE, rng.fork('document'));
    const passages = pickPassages(text, 100, rng.fork('passages'));
    const file = suite.file('perf-2mb');
    await file.create(suite.api, text);
    const statuses = (): string => [...new Set(service.state(file.uri)?.live.all.map((a) => a.status))].join();
    const count = (): number => service.state(file.uri)?.live.all.length ?? 0;

    await file.writeSidecar(sidecarText(file, text, passages));
    const read = await measured(() => service.reload(file.uri));
    assert.deepEqual([count(), statuses()], [100, 'anchored']);
    print(`read the sidecar and anchor 100 annotations, text unchanged: ${f(read.ms)} ms (longest stall ${f(read.stallMs)} ms)`);

    const inserted = `A new opening paragraph.\n\n${text}`;
    const moved = await measured(async () => {
      await file.write(inserted);
      await waitFor(() => service.state(file.uri)?.live.get('a0')?.start === passages[0].start + 26, 30_000, 'moved');
    });
    assert.equal(statuses(), 'anchored');
    print(
      `paragraph inserted at the top while closed, until re-anchored (file watcher and index re-scan included): ${f(moved.ms)} ms (longest stall ${f(moved.stallMs)} ms)`,
    );

    const opened = await measured(async () => vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file.uri)));
    const onOpen = await measured(() => service.reanchor(file.uri));
    assert.deepEqual([count(), statuses()], [100, 'anchored']);
    print(`open it in an editor: ${f(opened.ms)} ms; annotations re-anchored for it (places kept): ${f(onOpen.ms)} ms`);

    // Every passage rewritten on disk while the document is open: VS Code reloads it.
    const idle = (): boolean => {
      const s = service.state(file.uri)!;
      return !s.reanchorRun && !s.queuedReanchor && s.live.all.every((a) => !a.edited);
    };
    const orphans = (): number => service.state(file.uri)!.live.all.filter((a) => a.status === 'orphaned').length;
    const orphaned = await measured(async () => {
      await file.write(
        editPassages(
          inserted,
          passages.map((p) => ({ start: p.start + 26, end: p.end + 26 })),
          () => 'a passage rewritten beyond recognition',
        ),
      );
      await waitFor(() => orphans() >= 90 && idle(), 180_000, 'orphaned');
    });
    const found = service.state(file.uri)!.live.all;
    assert.equal(found.length, 100, 'none lost');
    const tally = [...new Set(found.map((a) => a.status))].map((s) => `${found.filter((a) => a.status === s).length} ${s}`).join(', ');
    print(
      `every passage rewritten on disk while open, until all searched for (${tally}): ${f(orphaned.ms)} ms (longest stall of the host ${f(orphaned.stallMs)} ms)`,
    );
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');

    const many = pickPassages(text, 500, rng.fork('many'));
    await file.write(text);
    await file.writeSidecar(sidecarText(file, text, many));
    await service.reload(file.uri);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file.uri));
    await service.reanchor(file.uri);
    assert.deepEqual([count(), statuses()], [many.length, 'anchored']);
    const before = service.state(file.uri)!.live.all.map((a) => a.start);
    const keystrokes = 200;
    const shift = await measured(async () => {
      for (let i = 0; i < keystrokes; i++) {
        service.shift(editor.document, [{ rangeOffset: 0, rangeLength: 0, text: 'x', range: new vscode.Range(0, 0, 0, 0) }]);
        service.shift(editor.document, [{ rangeOffset: 0, rangeLength: 1, text: '', range: new vscode.Range(0, 0, 0, 1) }]);
      }
    });
    assert.deepEqual(
      service.state(file.uri)!.live.all.map((a) => a.start),
      before,
    );
    print(`shift ${many.length} places per keystroke: ${f((shift.ms / (2 * keystrokes)) * 1000)} µs`);
    const typed = await measured(async () => {
      for (let i = 0; i < 20; i++) await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'x'));
    });
    assert.equal(service.state(file.uri)!.live.get('a0')?.start, many[0].start + 20);
    print(`a keystroke typed in the editor with ${many.length} annotations (round trip through the workbench): ${f(typed.ms / 20)} ms`);
  });
});
