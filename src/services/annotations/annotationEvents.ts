// Keeps the annotations in step with the workspace: places shift as the analyst types and are
// re-anchored where the quoted text was edited (after a pause); a saved document records its
// places; a document opened or changed on disk is re-anchored; sidecars changed outside (another
// window, git, a hand edit) are re-read; a renamed document takes its sidecar along; the
// codebook is re-read when it changes.
import * as vscode from 'vscode';
import { plainMessage } from '../../core/text/plainMessage';
import { SIDECAR_SUFFIX } from '../../core/base/ports';
import { affectsCodebookSettings } from '../../vscode/config';
import type { OutputLog } from '../../vscode/outputLog';
import type { Corpus } from '../corpus/corpus';
import type { AnnotationService } from './annotationService';
import type { CodebookService } from './codebookService';
import { documentOfSidecar } from './documentState';

const REFRESH_DEBOUNCE_MS = 300;

export function watchAnnotations(
  corpus: Corpus,
  annotations: AnnotationService,
  codebook: CodebookService,
  log: OutputLog,
): vscode.Disposable {
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const refreshSoon = (doc: vscode.TextDocument): void => {
    const key = doc.uri.toString();
    clearTimeout(pending.get(key));
    pending.set(
      key,
      setTimeout(() => {
        pending.delete(key);
        if (!doc.isClosed) annotations.refreshEdited(doc);
      }, REFRESH_DEBOUNCE_MS),
    );
  };
  const report =
    (what: string) =>
    (err: unknown): void => {
      log.error(what, err);
    };
  const sidecarChanged = (uri: vscode.Uri): void => {
    const doc = documentOfSidecar(uri);
    if (doc) annotations.reload(doc).catch(report(`Could not re-read ${uri.fsPath}`));
  };
  const fileChanged = (uri: vscode.Uri): void => {
    if (uri.path.endsWith(SIDECAR_SUFFIX)) sidecarChanged(uri);
    else if (codebook.isCodebookFile(uri)) void codebook.load();
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.yaml');
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate(fileChanged),
    watcher.onDidChange(fileChanged),
    watcher.onDidDelete(fileChanged),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (annotations.shift(e.document, e.contentChanges)) refreshSoon(e.document);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (codebook.isCodebookFile(doc.uri)) void codebook.load();
      else annotations.persistPlaces(doc).catch(report(`Could not record the annotation places of ${doc.uri.fsPath}`));
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      annotations.reanchor(doc.uri).catch(report(`Could not anchor ${doc.uri.fsPath}`));
    }),
    // A document changed or deleted on disk while closed (the index re-read or dropped it):
    // anchor against the new text, or orphan every annotation while the sidecar exists.
    corpus.onDidChange((id) => {
      if (id === undefined) {
        void annotations.loadAll();
        return;
      }
      const uri = corpus.uriOf(id) ?? annotations.state(id)?.documentUri;
      if (uri && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === id))
        annotations.reanchor(uri).catch(report(`Could not anchor ${uri.fsPath}`));
    }),
    vscode.workspace.onDidRenameFiles((e) => {
      for (const { oldUri, newUri } of e.files) {
        annotations.moveSidecar(oldUri, newUri).catch((err) => {
          void vscode.window.showErrorMessage(
            plainMessage(
              `The annotations of ${vscode.workspace.asRelativePath(oldUri)} did not move with it: ${err instanceof Error ? err.message : String(err)}`,
            ),
          );
          log.error('Moving a sidecar failed', err);
        });
      }
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsCodebookSettings(e)) void codebook.load();
    }),
    {
      dispose: () => {
        for (const t of pending.values()) clearTimeout(t);
      },
    },
  );
}
