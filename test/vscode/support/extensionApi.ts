// The running extension's API, once its first index is built.
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../../src/policyAnnotatorApi';
import { waitFor } from './waitFor';

export const EXTENSION_ID = 'policy-annotator.policy-annotator';

export async function extensionApi(): Promise<PolicyAnnotatorApi> {
  const extension = vscode.extensions.getExtension<PolicyAnnotatorApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  await waitFor(() => extension.isActive, 15_000, 'extension never became active');
  await extension.exports.ready;
  return extension.exports;
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  return vscode.Uri.joinPath(folder.uri, relative);
}
