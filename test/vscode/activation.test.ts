// The extension activates in a real VS Code on a folder that holds an entity catalog.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './support/waitFor';

const EXTENSION_ID = 'policy-annotator.policy-annotator';

describe('activation', () => {
  it('opens a workspace folder that contains an entity catalog', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'exactly one workspace folder');
    const catalogs = await vscode.workspace.findFiles('**/entities.yaml');
    assert.ok(catalogs.length > 0, 'the workspace holds an entities.yaml');
  });

  it('activates the extension on that workspace', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is loaded`);
    await waitFor(() => extension.isActive, 10_000, 'extension never became active');
    assert.equal(extension.isActive, true);
  });

  it('receives environment variables set by the test runner', () => {
    assert.ok(process.env.POLICY_ANNOTATOR_TEST_SUMMARY, 'POLICY_ANNOTATOR_TEST_SUMMARY is set in the extension host');
  });
});
