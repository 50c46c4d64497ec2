// "Import REFI-QDA Project (.qdpx)…": pick the project file and the folder of the workspace it goes
// to, import it with the same function as `policy-annotator import` (src/node/qdpxImport.ts: read
// under caps, schema check, plan, atomic writes, nothing overwritten), then say what came in and
// what did not: a summary in a notification, every document and problem in the output channel.
// The annotation service and the codebook pick the new files up from disk, as after a git pull.
import * as vscode from 'vscode';
import { documentLine, importSummary, problemLine } from '../../core/exchange/qdeImportReport';
import { MAX_ARCHIVE_BYTES } from '../../core/exchange/qdpxUnzip';
import { importQdpx, type QdpxImportOutcome } from '../../node/qdpxImport';
import { COMMANDS } from '../../vscode/commandIds';
import type { OutputLog } from '../../vscode/outputLog';

async function pickArchive(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'REFI-QDA project to import',
    canSelectMany: false,
    filters: { 'REFI-QDA project': ['qdpx'] },
    openLabel: 'Import',
  });
  return picked?.[0];
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'Folder of the workspace the documents go to',
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    openLabel: 'Import Here',
  });
  return picked?.[0];
}

/** Why the import cannot go to `folder`, or undefined when it can. */
function folderProblem(folder: vscode.Uri): string | undefined {
  if (folder.scheme !== 'file') return 'Policy Annotator imports only into local folders.';
  if (!vscode.workspace.getWorkspaceFolder(folder))
    return 'Choose a folder inside the workspace: the imported documents are read from there.';
  return undefined;
}

/** The command. Args (tests, other extensions): the .qdpx URI and the target folder URI; without them, dialogs ask. */
export async function importQdpxCommand(log: OutputLog, archiveArg?: unknown, folderArg?: unknown): Promise<QdpxImportOutcome | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(
      'Policy Annotator does not write files in an untrusted workspace. Trust this folder to import a project.',
    );
    return undefined;
  }
  const archive = archiveArg instanceof vscode.Uri ? archiveArg : await pickArchive();
  if (!archive) return undefined;
  const folder = folderArg instanceof vscode.Uri ? folderArg : await pickFolder();
  if (!folder) return undefined;
  const problem = folderProblem(folder);
  if (problem) {
    void vscode.window.showWarningMessage(problem);
    return undefined;
  }
  const { size } = await vscode.workspace.fs.stat(archive);
  if (size > MAX_ARCHIVE_BYTES) throw new Error(`${archive.fsPath} is larger than ${MAX_ARCHIVE_BYTES / (1024 * 1024)} MB; it is refused`);
  const bytes = await vscode.workspace.fs.readFile(archive);
  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Policy Annotator: importing the REFI-QDA project' },
    () => importQdpx(bytes, folder.fsPath),
  );
  report(log, archive, folder, outcome);
  return outcome;
}

function report(log: OutputLog, archive: vscode.Uri, folder: vscode.Uri, outcome: QdpxImportOutcome): void {
  const where = `${vscode.workspace.asRelativePath(archive)} into ${vscode.workspace.asRelativePath(folder)}`;
  const summary = outcome.imported
    ? `Imported ${where}: ${importSummary(outcome.report)}`
    : `Nothing imported from ${where}: the project was refused.`;
  log.info(summary);
  for (const d of outcome.report.documents) log.info(`  ${documentLine(d)}`);
  for (const p of outcome.report.problems) log.info(`  ${problemLine(p)}`);
  const problems = outcome.report.problems.filter((p) => p.severity !== 'info').length;
  if (problems === 0) {
    void vscode.window.showInformationMessage(summary);
    return;
  }
  const show = 'Show Problems';
  const message = `${summary} ${problems === 1 ? 'One problem is' : `${problems} problems are`} listed in the log.`;
  void (outcome.imported ? vscode.window.showWarningMessage(message, show) : vscode.window.showErrorMessage(message, show)).then(
    (chosen) => {
      if (chosen === show) void vscode.commands.executeCommand(COMMANDS.showLog);
    },
  );
}
