// Both decoration painters (entity highlights and tagged passages) keep their bookkeeping the same
// way: an editor hidden behind another tab loses its decorations in VS Code, so the painters forget
// it, and paint the document afresh in the editor that shows it again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { documentPerTest, SAMPLE_PASSAGE, waitForPassages } from './support/annotatedDocuments';
import { appliedKeys, total, waitForPaint } from './support/decorationRanges';
import { waitFor } from './support/waitFor';

describe('decoration painters: hidden and shown editors', function () {
  this.timeout(60_000);
  const fixture = documentPerTest('painted-editors');

  it('forgets an editor hidden behind another tab and paints the editor that shows it again, in both painters', async () => {
    const api = fixture.api();
    const first = await vscode.window.showTextDocument(fixture.doc(), { viewColumn: vscode.ViewColumn.One, preview: false });
    const start = first.document.getText().indexOf(SAMPLE_PASSAGE);
    const id = await api.annotations.annotations.add(first.document, start, start + SAMPLE_PASSAGE.length, {
      codes: ['sanctions'],
      author: 'tester',
    });
    await waitForPaint(api, first, true, 'document shown');
    await waitForPassages(api, first, (a) => a.places.some((p) => p.id === id), 'passage drawn');
    assert.ok(total(appliedKeys(api, first)) > 0, 'the document has highlighted mentions');

    const other = await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument({ content: 'Another tab.\n', language: 'plaintext' }),
      { viewColumn: vscode.ViewColumn.One, preview: false },
    );
    await waitForPaint(api, other, true, 'the other tab shown');
    await waitFor(
      () => api.decorations.applied(first) === undefined && api.annotationDecorations.applied(first) === undefined,
      10_000,
      'the hidden editor forgotten by both painters',
    );

    const again = await vscode.window.showTextDocument(first.document, { viewColumn: vscode.ViewColumn.One });
    assert.notEqual(again, first, 'VS Code shows the document in a new editor');
    await waitForPaint(api, again, true, 'document shown again');
    assert.ok(total(appliedKeys(api, again)) > 0, 'entity highlights painted afresh, with every mention');
    const passages = await waitForPassages(api, again, (a) => a.places.some((p) => p.id === id), 'passage drawn again');
    assert.equal(passages.places.length, 1);

    await vscode.window.showTextDocument(other.document, { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
