// Keeps the corpus service in step with the workspace: edits in the editor (debounced, one
// document re-scanned), files created, changed or deleted outside, catalog and settings changes.
// A catalog is re-read when its text differs from the one indexed: after a save or a change on
// disk, and when its editor goes back to the saved text (File > Revert, undo to the save).
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
  // A rebuild only when the catalog's text (the editor's, when open) is not the one indexed.
  const catalogChanged = (uri: vscode.Uri, text: string | undefined): void => {
    if (text === undefined || !corpus.hasCatalogText(uri, text)) rebuild();
  };
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  // Catalog checks and document re-scans have timers of their own (a file can be both, when the
  // settings say so): one must never cancel the other, which would leave its load counted forever.
  const debounced = (doc: vscode.TextDocument, task: () => void, kind: 'catalog' | 'document' = 'document'): void => {
    const key = `${kind}:${doc.uri.toString()}`;
    clearTimeout(pending.get(key));
    pending.set(key, setTimeout(() => { pending.delete(key); task(); }, EDIT_DEBOUNCE_MS));
  };
  const fromEditor = (doc: vscode.TextDocument): void => {
    if (!corpus.isCorpusDocument(doc.uri)) return;
    // A provider may have indexed this version already (CorpusService.fresh).
    debounced(doc, () => { if (corpus.indexedVersion(doc.uri) !== doc.version) corpus.updateDocument(doc.uri, doc.getText(), doc.version); });
  };
  // A catalog editor back at its saved text (File > Revert, undo to the save): no disk event
  // comes, so its text is compared here. Checked after a pause: the dirty flag of a change event
  // can lag behind the change (an edit applied by a command reports "not dirty" at first).
  // Until the check has run, a command that needs the catalog waits (the index counts as loading).
  const checking = new Map<string, () => void>();
  const fromCatalogEditor = (doc: vscode.TextDocument): void => {
    const key = doc.uri.toString();
    if (!checking.has(key)) checking.set(key, corpus.loading.begin());
    debounced(doc, () => {
      const end = checking.get(key);
      checking.delete(key);
      try {
        if (!doc.isDirty && !doc.isClosed) catalogChanged(doc.uri, doc.getText());
      } finally {
        end?.();
      }
    }, 'catalog');
  };
  // Every event on a path bumps its sequence number; a read that finishes after a newer event (a
  // delete, say) is stale and dropped, so a closed-then-deleted file cannot come back.
  const sequence = new Map<string, number>();
  const bump = (uri: vscode.Uri): number => {
    const n = (sequence.get(uri.toString()) ?? 0) + 1;
    sequence.set(uri.toString(), n);
    return n;
  };
  const fromDisk = async (uri: vscode.Uri): Promise<void> => {
    const seq = bump(uri);
    const key = uri.toString();
    if (corpus.isCatalogFile(uri)) {
      const end = corpus.loading.begin(); // not a load of its own: it may ask for the rebuild
      try {
        const text = await readWorkspaceText(uri).catch(() => undefined);
        if (sequence.get(key) !== seq) return; // a newer event decides
        sequence.delete(key);
        catalogChanged(uri, text);
      } finally {
        end();
      }
      return;
    }
    const settled = (): void => { if (sequence.get(key) === seq) sequence.delete(key); };
    if (corpus.isDocumentList(uri)) {
      // Dates of documents: a rebuild only when the list is not the one read (closing its editor is no change).
      const text = await readWorkspaceText(uri).catch(() => undefined);
      if (sequence.get(key) === seq && (text === undefined || !corpus.dating.holds(uri, text))) rebuild();
      settled();
      return;
    }
    if ((await statType(uri)) === vscode.FileType.Directory) { settled(); rebuild(); return; } // a folder moved in
    if (!corpus.isCorpusDocument(uri)) { settled(); return; }
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) { settled(); return; } // the editor's unsaved text wins until it is saved or reverted
    try {
      const text = await readWorkspaceText(uri);
      if (sequence.get(key) === seq) corpus.updateDocument(uri, text);
    } catch (err) {
      // Gone again before it could be read (a folder deleted right after it was written): its
      // deletion event follows, and nothing was lost.
      const gone = err instanceof vscode.FileSystemError && err.code === 'FileNotFound';
      if (sequence.get(key) === seq && !gone) log.error(`Could not read ${uri.fsPath}`, err);
    } finally {
      settled();
    }
  };
  const deleted = (uri: vscode.Uri): void => {
    bump(uri);
    if (corpus.isCatalogFile(uri) || corpus.hasCatalogAt(uri) || corpus.isDocumentList(uri)) rebuild();
    else corpus.removeDocument(uri);
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*');
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate((u) => void fromDisk(u)),
    watcher.onDidChange((u) => void fromDisk(u)),
    watcher.onDidDelete(deleted),
    vscode.workspace.onDidChangeTextDocument((e) => {
      // A catalog is re-read when saved or back to its saved text (a revert fires no disk event),
      // not on every keystroke: a large catalog takes a second or more to parse and compile.
      if (corpus.isCatalogFile(e.document.uri)) fromCatalogEditor(e.document);
      else if (e.contentChanges.length > 0) fromEditor(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => void fromDisk(d.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => { if (affectsIndexSettings(e)) rebuild(); }),
    { dispose: () => { for (const t of pending.values()) clearTimeout(t); for (const end of checking.values()) end(); } },
  );
}
