// Keeps the corpus service in step with the workspace: edits in the editor (debounced, one
// document re-scanned), files created, changed or deleted outside, catalog and settings changes.
import * as vscode from 'vscode';
import { affectsIndexSettings } from '../../vscode/config';
import type { OutputLog } from '../../vscode/outputLog';
import { readWorkspaceText } from '../../vscode/workspaceFiles';
import type { CorpusService } from './corpusService';

const EDIT_DEBOUNCE_MS = 120;

async function statType(uri: vscode.Uri): Promise<vscode.FileType | undefined> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type;
  } catch {
    return undefined;
  }
}

export function watchCorpus(corpus: CorpusService, rebuild: () => void, log: OutputLog): vscode.Disposable {
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const fromEditor = (doc: vscode.TextDocument): void => {
    if (!corpus.isCorpusDocument(doc.uri)) return;
    const key = doc.uri.toString();
    clearTimeout(pending.get(key));
    pending.set(key, setTimeout(() => {
      pending.delete(key);
      // A provider may have indexed this version already (CorpusService.fresh).
      if (corpus.indexedVersion(doc.uri) !== doc.version) corpus.updateDocument(doc.uri, doc.getText(), doc.version);
    }, EDIT_DEBOUNCE_MS));
  };
  const fromDisk = async (uri: vscode.Uri): Promise<void> => {
    if (corpus.isCatalogFile(uri)) { rebuild(); return; }
    if ((await statType(uri)) === vscode.FileType.Directory) { rebuild(); return; } // a folder moved in
    if (!corpus.isCorpusDocument(uri)) return;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) return; // the editor's unsaved text wins until it is saved or reverted
    try {
      corpus.updateDocument(uri, await readWorkspaceText(uri));
    } catch (err) {
      log.error(`Could not read ${uri.fsPath}`, err);
    }
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*');
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate((u) => void fromDisk(u)),
    watcher.onDidChange((u) => void fromDisk(u)),
    watcher.onDidDelete((u) => (corpus.isCatalogFile(u) || corpus.hasCatalogAt(u) ? rebuild() : corpus.removeDocument(u))),
    vscode.workspace.onDidChangeTextDocument((e) => {
      // A catalog is re-read when saved (the watcher), not on every keystroke: a large catalog
      // takes a second or more to parse and compile.
      if (e.contentChanges.length > 0 && !corpus.isCatalogFile(e.document.uri)) fromEditor(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => void fromDisk(d.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => { if (affectsIndexSettings(e)) rebuild(); }),
    { dispose: () => { for (const t of pending.values()) clearTimeout(t); } },
  );
}
