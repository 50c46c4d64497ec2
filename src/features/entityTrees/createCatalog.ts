// "Create Entity Catalog" (the trees' empty state): writes a commented starter catalog where the
// `policyAnnotator.catalogFiles` glob looks, opens it, and never overwrites a file.
import * as vscode from 'vscode';
import { CATALOG_TEMPLATE, newCatalogPath } from '../../core/catalog/edit/catalogTemplate';
import { readFolderSettings } from '../../vscode/config';
import type { OutputLog } from '../../vscode/outputLog';
import { displayPath } from '../../vscode/workspaceFiles';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function chooseFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder for the new entity catalog' });
}

/** Creates the catalog and returns its URI; undefined when nothing was written. */
export async function createCatalog(log: OutputLog): Promise<vscode.Uri | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(
      'Policy Annotator does not write files in an untrusted workspace. Trust this folder to create an entity catalog.',
    );
    return undefined;
  }
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showWarningMessage('Open a folder first: the entity catalog is created in a workspace folder.');
    return undefined;
  }
  const folder = await chooseFolder();
  if (!folder) return undefined;
  const { catalogFiles, exclude } = readFolderSettings(folder);
  const target = newCatalogPath(catalogFiles, exclude);
  const uri = vscode.Uri.joinPath(folder.uri, ...target.path.split('/'));
  if (await exists(uri)) {
    await vscode.window.showTextDocument(uri);
    void vscode.window.showWarningMessage(
      `${displayPath(uri)} already exists and was left as it is (opened).` +
        (target.matched ? '' : ` The setting policyAnnotator.catalogFiles ("${catalogFiles}") does not include it.`),
    );
    return undefined;
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(CATALOG_TEMPLATE));
  log.info(`Created the entity catalog ${displayPath(uri)}.`);
  await vscode.window.showTextDocument(uri);
  if (!target.matched) {
    void vscode.window.showWarningMessage(
      `Created ${displayPath(uri)}, but the setting policyAnnotator.catalogFiles ("${catalogFiles}") does not include it: change the setting to use it.`,
    );
  }
  return uri;
}
