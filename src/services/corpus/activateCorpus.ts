// Builds the index at activation without holding the editor up, reports it, and keeps it current.
import * as vscode from 'vscode';
import { registerCommand } from '../../vscode/commands';
import { corpusSettings } from '../../vscode/config';
import { COMMANDS } from '../../vscode/commandIds';
import type { OutputLog } from '../../vscode/outputLog';
import { VIEWS } from '../../vscode/viewIds';
import { displayPath } from '../../vscode/workspaceFiles';
import { BUILT_IN_SCHEME, BuiltInCatalogs } from './builtInCatalogs';
import { createDiagnostics, publishDiagnostics } from '../../vscode/diagnostics';
import { CorpusService } from './corpusService';
import { watchCorpus } from './corpusWatchers';
import type { FeatureActivation } from '../featureServices';

const ENTITY_VIEWS = [VIEWS.actors, VIEWS.institutions];

export interface CorpusServices {
  corpus: CorpusService;
  /** Settles when the first index build has ended (whatever its outcome). */
  ready: Promise<unknown>;
}

/** `extensionUri`: where the built-in catalogs are. */
export function activateCorpus(log: OutputLog, extensionUri: vscode.Uri): FeatureActivation<CorpusServices> {
  const builtIn = new BuiltInCatalogs(extensionUri, log);
  const corpus = new CorpusService(corpusSettings, log, builtIn);
  const diagnostics = createDiagnostics('catalog');
  // Dates that do not parse (front matter, documents.yaml), broken documents.yaml files, and their
  // entries checked against the corpus (a path that is no document).
  const dateProblems = createDiagnostics('documentDates');
  const publishDates = (changed?: string): void => {
    const files = corpus.dating.problemFiles();
    publishDiagnostics(dateProblems, files, corpus.dating.diagnostics(corpus.index, changed), (f) => files.find((u) => displayPath(u) === f));
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Ends the load counted while a rebuild waits for its debounce. */
  let scheduled: (() => void) | undefined;
  const rebuildNow = (): Promise<unknown> => {
    const end = corpus.loading.begin(); // counted from now, whenever the progress starts the task
    const done = vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Policy Annotator: indexing' },
      async (progress) => {
        try {
          const report = await corpus.rebuild(progress);
          if (report) {
            publishDiagnostics(diagnostics, corpus.catalogFiles, corpus.catalog.diagnostics, (f) => corpus.catalogUri(f));
            publishDates();
          }
        } catch (err) {
          void vscode.window.showErrorMessage(log.error('Indexing the corpus failed', err));
        }
      },
    );
    // The entity views show a progress bar too while they wait for the index.
    for (const viewId of ENTITY_VIEWS) void vscode.window.withProgress({ location: { viewId } }, () => Promise.resolve(done));
    return Promise.resolve(done).finally(end);
  };
  const rebuildSoon = (): void => {
    clearTimeout(timer);
    scheduled ??= corpus.loading.begin();
    timer = setTimeout(() => {
      const end = scheduled;
      scheduled = undefined;
      void rebuildNow().finally(end); // the rebuild counts itself from its start
    }, 200);
  };
  const disposable = vscode.Disposable.from(
    corpus, diagnostics, dateProblems,
    vscode.workspace.registerTextDocumentContentProvider(BUILT_IN_SCHEME, builtIn),
    corpus.onDidChange((id) => { if (id !== undefined) publishDates(id); }),
    watchCorpus(corpus, rebuildSoon, log),
    // Done when the index is complete: a rebuild asked for meanwhile (a file watcher's) supersedes
    // this one, and the command waits for it too rather than end on the index it replaced.
    registerCommand(log, COMMANDS.reindex, 'Rebuilding the index', async () => { await rebuildNow(); await corpus.loading.idle(); }),
    registerCommand(log, COMMANDS.showLog, 'Showing the log', () => log.show()),
    { dispose: () => { clearTimeout(timer); scheduled?.(); } },
  );
  return { disposable, api: { corpus, ready: rebuildNow() } };
}
