// Wiring only: each feature registers itself (DESIGN §1).
import * as vscode from 'vscode';
import { activateCorpus } from './features/corpus/activateCorpus';
import { trackCorpusContext } from './features/corpus/corpusContext';
import type { CorpusService } from './features/corpus/corpusService';
import type { FeatureServices } from './features/shared/services';
import { activateStatusBar } from './features/statusBar/activeDocumentStatus';
import { activateTrees, type EntityTrees } from './features/trees/activateTrees';
import { OutputLog } from './vscode/outputLog';

/** What the extension exports to other extensions and to its own in-editor tests. */
export interface PolicyAnnotatorApi {
  corpus: CorpusService;
  log: OutputLog;
  /** The status-bar item of the active document (its text is what the user reads). */
  statusBar: vscode.StatusBarItem;
  /** The Actors and Institutions trees: providers, views, shared sort and filter state. */
  trees: EntityTrees;
  /** Settles when the first index is built. */
  ready: Promise<unknown>;
}

export function activate(context: vscode.ExtensionContext): PolicyAnnotatorApi {
  const log = new OutputLog();
  context.subscriptions.push(log);
  const { corpus, ready } = activateCorpus(context, log);
  const services: FeatureServices = { corpus, log };
  const trees = activateTrees(services);
  context.subscriptions.push(trees.disposable);
  const status = activateStatusBar(corpus);
  context.subscriptions.push(status.disposable, trackCorpusContext(corpus, ready));
  void services;
  return { corpus, log, statusBar: status.item, trees: trees.trees, ready };
}

export function deactivate(): void {
  // Every registration is disposed through context.subscriptions.
}
