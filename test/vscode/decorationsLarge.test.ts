// Entity highlights on a 2 MB document: still exactly at the index's ranges, and kept current
// after edits. Prints how long an edit takes to reach the editor's decorations (a measurement for
// the README, never an assertion: the machine is shared).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { withoutAutoSave } from './support/autoSave';
import { scanDocument } from '../../src/core/matcher/documentScanner';
import { styleTable } from '../../src/core/presentation/entityStyles';
import { buildStyledRanges } from '../../src/features/entityDecorations/styledRanges';
import { appliedKeys, indexedKeys, styleAt, total, waitForPaint } from './support/decorationRanges';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { largeSampleText, median, print } from './support/measure';
import { waitFor } from './support/waitFor';

const SIZE = 2 * 1024 * 1024;
const EDITS = 5;

const timed = (fn: () => unknown): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
const ms = (x: number): string => x.toFixed(1);

describe('decorations: a 2 MB document', function () {
  this.timeout(120_000);

  it('highlights every mention and follows edits (measured)', () =>
    withoutAutoSave(async () => {
      const api = await extensionApi();
      const uri = workspaceUri('large-2mb-document.txt');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(await largeSampleText(SIZE)));
      try {
        const editor = await vscode.window.showTextDocument(uri);
        await waitForPaint(api, editor, true, '2 MB document opened');
        const mentions = total(indexedKeys(api, editor));
        assert.ok(mentions > 10_000, `${mentions} mentions`);
        assert.deepEqual(appliedKeys(api, editor), indexedKeys(api, editor));

        const indexed = api.corpus.fresh(editor.document);
        assert.ok(indexed);
        const text = editor.document.getText();
        const table = styleTable(api.corpus.index.entities);
        const scans: number[] = [];
        const passes: number[] = [];
        const positionAts: number[] = [];
        for (let run = 0; run < 5; run++) {
          scans.push(timed(() => scanDocument(api.corpus.index.matcher, text)));
          passes.push(timed(() => buildStyledRanges(editor.document, indexed, table)));
          // The alternative to the line-start pass: document.positionAt for both ends of every mention.
          positionAts.push(
            timed(() => {
              for (let i = 0; i < indexed.mentions.length; i++)
                new vscode.Range(
                  editor.document.positionAt(indexed.mentions.start(i)),
                  editor.document.positionAt(indexed.mentions.end(i)),
                );
            }),
          );
        }

        let changed = 0;
        const listener = vscode.workspace.onDidChangeTextDocument((e) => {
          if (e.document === editor.document) changed = performance.now();
        });
        const figures: Array<{ edit: number; total: number; apply: number }> = [];
        try {
          for (let k = 0; k < EDITS; k++) {
            const line = Math.floor(editor.document.lineCount / 2) + k * 7;
            const typed = new vscode.Range(line, 0, line, 'Vietnam'.length);
            const started = performance.now();
            await editor.edit((e) => e.insert(new vscode.Position(line, 0), 'Vietnam '));
            await waitForPaint(api, editor, true, `edit ${k + 1}`);
            const paint = api.decorations.paints.at(-1);
            assert.ok(paint && paint.version === editor.document.version && !paint.cached);
            figures.push({ edit: changed - started, total: paint.at - changed, apply: paint.applyMs });
            assert.equal(styleAt(appliedKeys(api, editor), typed), 'state', `edit ${k + 1} highlighted`);
          }
        } finally {
          listener.dispose();
        }
        assert.deepEqual(appliedKeys(api, editor), indexedKeys(api, editor), 'every range moved with the edits');
        assert.equal(total(appliedKeys(api, editor)), mentions + EDITS);

        const chars = editor.document.getText().length.toLocaleString('en-US');
        print(
          `2 MB document (${chars} chars, ${editor.document.lineCount} lines, ${mentions.toLocaleString('en-US')} mentions); medians of ${EDITS} edits / 5 runs:`,
        );
        print(`  change event -> decorations applied: ${ms(median(figures.map((f) => f.total)))} ms, 120 ms of it the typing debounce`);
        print(`  (before that, VS Code's own editor.edit -> change event: ${ms(median(figures.map((f) => f.edit)))} ms)`);
        print(
          `  re-scan ${ms(median(scans))} ms; ranges per style ${ms(median(passes))} ms (positionAt per mention instead: ${ms(median(positionAts))} ms); setDecorations x 8: ${ms(median(figures.map((f) => f.apply)))} ms`,
        );
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await vscode.workspace.fs.delete(uri);
        await waitFor(() => api.corpus.document(uri) === undefined, 10_000, 'the large document left the index');
      }
    }));
});
