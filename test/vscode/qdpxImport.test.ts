// "Import REFI-QDA Project (.qdpx)…" in the editor: the project (built here with fflate) goes into
// a new folder of the workspace as a document and its sidecar, the annotation service picks the
// imported annotation up from disk with its place in the text, and a second import adds nothing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { QdpxImportOutcome } from '../../src/node/qdpxImport';
import { COMMANDS } from '../../src/vscode/commandIds';
import { GUID_A, qdpx, smallProject } from '../unit/helpers/qdpxFixtures';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { waitFor } from './support/waitFor';

const SELECTION = '40000000-0000-4000-8000-0000000000e1';
const TEXT = 'The Council met on Monday.\r\nMembers agreed to hedge their bets.\r\n';

describe('REFI-QDA import in the editor', function () {
  this.timeout(60_000);
  const stamp = Date.now().toString(36);
  const archive = workspaceUri(`import-${stamp}.qdpx`);
  const folder = workspaceUri(`imported-${stamp}`);

  after(async () => {
    await vscode.workspace.fs.delete(archive).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
  });

  it('imports a document and its annotation into a workspace folder; the second run adds nothing', async () => {
    const api = await extensionApi();
    // "hedge their bets", positions counting CRLF as two characters (the only reading without quotes).
    const xml = smallProject('Council minutes', [[SELECTION, 46, 62]]);
    await vscode.workspace.fs.writeFile(archive, qdpx(xml, { [`sources/${GUID_A}.txt`]: TEXT }));

    const outcome = await vscode.commands.executeCommand<QdpxImportOutcome | undefined>(COMMANDS.importQdpx, archive, folder);
    assert.ok(outcome?.imported, 'the project was imported');
    assert.deepEqual(outcome.written.sort(), ['Council minutes.txt', 'Council minutes.txt.annotations.yaml']);
    const document = vscode.Uri.joinPath(folder, 'Council minutes.txt');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(document)), TEXT);

    await waitFor(
      () => api.annotations.annotations.state(document)?.live.get(SELECTION) !== undefined,
      20_000,
      'the annotation service never saw the imported annotation',
    );
    const opened = await vscode.workspace.openTextDocument(document);
    const live = api.annotations.annotations.state(document)!.live.get(SELECTION)!;
    assert.equal(live.status, 'anchored');
    assert.equal(opened.getText(new vscode.Range(opened.positionAt(live.start!), opened.positionAt(live.end!))), 'hedge their bets');

    const again = await vscode.commands.executeCommand<QdpxImportOutcome | undefined>(COMMANDS.importQdpx, archive, folder);
    assert.deepEqual(again?.written, []);
    assert.equal(again?.report.documents[0].annotationsPresent, 1);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
