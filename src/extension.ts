// Wiring only: each feature registers itself (ARCHITECTURE.md, Layers).
import * as vscode from 'vscode';
import { activateAnnotationFeatures, type AnnotationFeaturesApi } from './features/annotations/activateAnnotationFeatures';
import { activateCatalogEditing } from './features/catalogEditing/activateCatalogEditing';
import type { Prompts } from './features/catalogEditing/prompts';
import { activateCorpus } from './services/corpus/activateCorpus';
import { trackCorpusContext } from './services/corpus/corpusContext';
import type { CorpusService } from './services/corpus/corpusService';
import { activateHover } from './features/hover/entityHover';
import { activateDecorations } from './features/decorations/activateDecorations';
import type { DecorationsApi } from './features/decorations/mentionDecorations';
import { activateNavigation, type NavigationApi } from './features/navigation/activateNavigation';
import { trackActivation, type ActivationTimes } from './features/shared/activationTimes';
import { Readiness } from './services/readiness';
import type { FeatureServices } from './services/featureServices';
import { activateStatusBar } from './features/statusBar/activeDocumentStatus';
import { activatePolicyTextLanguage } from './features/syntax/policyTextLanguage';
import { activateTrees, type EntityTrees } from './features/trees/activateTrees';
import { OutputLog } from './vscode/outputLog';

/** What the extension exports to other extensions and to its own in-editor tests. */
export interface PolicyAnnotatorApi extends AnnotationFeaturesApi {
  corpus: CorpusService;
  log: OutputLog;
  /** The status-bar item of the active document (its text is what the user reads). */
  statusBar: vscode.StatusBarItem;
  /** The entity highlights: what was last applied to each editor. */
  decorations: DecorationsApi;
  /** The Actors and Institutions trees: providers, views, shared sort and filter state. */
  trees: EntityTrees;
  /** Settles when the first index is built. */
  ready: Promise<unknown>;
  /** Whether the index, the codebook and the annotations are loaded (what commands wait for). */
  readiness: Readiness;
  /** The prompts of the catalog-editing commands (tests answer them). */
  catalogPrompts: Prompts;
  /** When activate() started and the first index was complete (the editor bench's "activation to index"). */
  activation: ActivationTimes;
  /** The folder the host keeps this extension's logs in; the host's own log lies next to it. */
  logUri: vscode.Uri;
  /** References and Show All Mentions (tests read its quick picks). */
  navigation: NavigationApi;
}

export function activate(context: vscode.ExtensionContext): PolicyAnnotatorApi {
  const activatedAt = performance.now();
  const log = new OutputLog();
  context.subscriptions.push(log);
  const { corpus, ready } = activateCorpus(context, log);
  const readiness = new Readiness();
  readiness.log = log;
  readiness.provide('index', corpus.loading);
  const services: FeatureServices = { corpus, log, readiness };
  const annotationFeatures = activateAnnotationFeatures(services, ready, context);
  context.subscriptions.push(annotationFeatures.disposable);
  context.subscriptions.push(activateHover(services).disposable);
  const decorations = activateDecorations(services);
  context.subscriptions.push(decorations.disposable);
  const navigation = activateNavigation(services);
  context.subscriptions.push(navigation.disposable);
  const catalogEditing = activateCatalogEditing(services);
  context.subscriptions.push(catalogEditing.disposable, activatePolicyTextLanguage(services));
  const trees = activateTrees(services);
  context.subscriptions.push(trees.disposable);
  const status = activateStatusBar(corpus);
  context.subscriptions.push(status.disposable, trackCorpusContext(corpus, ready));
  const activation = trackActivation(activatedAt, corpus.loading.loaded);
  return {
    activation, corpus, log, readiness, statusBar: status.item, decorations: decorations.api, ready, catalogPrompts: catalogEditing.prompts, trees: trees.trees,
    logUri: context.logUri, navigation: navigation.api,
    ...annotationFeatures.api,
  };
}

export function deactivate(): void {
  // Every registration is disposed through context.subscriptions.
}
