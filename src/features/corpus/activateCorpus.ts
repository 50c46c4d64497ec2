// Builds the index at activation without holding the editor up, reports it, and keeps it current.
import * as vscode from 'vscode';
import { readSettings } from '../../vscode/config';
import type { OutputLog } from '../../vscode/outputLog';
import { publishDiagnostics } from './catalogDiagnostics';
import { CorpusService } from './corpusService';
import { watchCorpus } from './corpusWatchers';

export function activateCorpus(context: vscode.ExtensionContext, log: OutputLog): { corpus: CorpusService; ready: Promise<unknown> } {
  const corpus = new CorpusService(() => readSettings(), log);
  const diagnostics = vscode.languages.createDiagnosticCollection('policy-annotator');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const rebuildNow = (): Promise<unknown> => Promise.resolve(vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'Policy Annotator: indexing' },
    async (progress) => {
      try {
        const report = await corpus.rebuild(progress);
        if (report) publishDiagnostics(diagnostics, corpus.catalogFiles, corpus.catalog.diagnostics, (f) => corpus.catalogUri(f));
      } catch (err) {
        void vscode.window.showErrorMessage(log.error('Indexing the corpus failed', err));
      }
    },
  ));
  const rebuildSoon = (): void => { clearTimeout(timer); timer = setTimeout(() => void rebuildNow(), 200); };
  context.subscriptions.push(
    corpus, diagnostics,
    watchCorpus(corpus, rebuildSoon, log),
    vscode.commands.registerCommand('policyAnnotator.reindex', () => rebuildNow()),
    vscode.commands.registerCommand('policyAnnotator.showLog', () => log.show()),
    { dispose: () => clearTimeout(timer) },
  );
  return { corpus, ready: rebuildNow() };
}
