// Wiring only: the shared services are created, then each feature is activated in turn (the one
// shape of a feature's activation is described in src/services/featureServices.ts); every
// disposable goes to the context's subscriptions, every api into the exported API
// (docs/ARCHITECTURE.md, Layers).
import * as vscode from 'vscode';
import { activateAnalysis, type AnalysisApi } from './features/analysis/activateAnalysis';
import { activateAnnotationDecorations } from './features/annotationDecorations/activateAnnotationDecorations';
import type { AnnotationDecorationsApi } from './features/annotationDecorations/annotationPainter';
import { activateAnnotationHover } from './features/annotationHover/annotationHover';
import { activateAnnotationTrees, type AnnotationTrees } from './features/annotationTrees/activateAnnotationTrees';
import { activateCatalogEditing } from './features/catalogEditing/activateCatalogEditing';
import type { Prompts } from './features/catalogEditing/prompts';
import { activateEntityDecorations } from './features/entityDecorations/activateEntityDecorations';
import type { DecorationsApi } from './features/entityDecorations/mentionDecorations';
import { activateEntityHover } from './features/entityHover/entityHover';
import { activateEntityTrees, type EntityTrees } from './features/entityTrees/activateEntityTrees';
import { activateNavigation, type NavigationApi } from './features/navigation/activateNavigation';
import { trackActivation, type ActivationTimes } from './features/shared/activationTimes';
import { activateStatusBar } from './features/statusBar/activeDocumentStatus';
import { activatePolicyTextLanguage } from './features/syntax/policyTextLanguage';
import { activateTagging, type TaggingApi } from './features/tagging/activateTagging';
import { activateAnnotationServices, type AnnotationServices } from './services/annotations/activateAnnotations';
import { CodeSwatches } from './services/annotations/codeSwatches';
import { activateCorpus } from './services/corpus/activateCorpus';
import { trackCorpusContext } from './services/corpus/corpusContext';
import type { CorpusService } from './services/corpus/corpusService';
import type { AnnotationFeatureServices, FeatureServices } from './services/featureServices';
import { Readiness } from './services/readiness';
import { OutputLog } from './vscode/outputLog';

/** What the extension exports to other extensions and to its own in-editor tests. */
export interface PolicyAnnotatorApi {
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
  /** Sidecars, codebook, and when both were first read. */
  annotations: AnnotationServices;
  /** The tagged-passage decorations: what was last applied to each editor. */
  annotationDecorations: AnnotationDecorationsApi;
  /** The Codes, Annotations and Needs Attention views, and the prompts of their commands. */
  annotationTrees: AnnotationTrees;
  /** Tagging: its prompts (tests answer them), recent codes, the annotation-at-cursor context key. */
  tagging: TaggingApi;
  /** The Analysis panel, when open (tests send it the webview's messages and read its model). */
  analysis: AnalysisApi;
}

export function activate(context: vscode.ExtensionContext): PolicyAnnotatorApi {
  const activatedAt = performance.now();
  const log = new OutputLog();
  context.subscriptions.push(log);
  const corpusServices = activateCorpus(log, context.extensionUri);
  context.subscriptions.push(corpusServices.disposable);
  const { corpus, ready } = corpusServices.api;
  const readiness = new Readiness();
  readiness.log = log;
  readiness.provide('index', corpus.loading);
  const services: FeatureServices = { corpus, log, readiness, workspaceState: context.workspaceState, extensionUri: context.extensionUri };
  const annotationServices = activateAnnotationServices(services, ready);
  const swatches = new CodeSwatches(context.globalStorageUri, log);
  const annotated: AnnotationFeatureServices = { ...services, ...annotationServices.api, swatches };

  // The features. The order is the one they always registered in: where several hover providers
  // answer, the editor may order their cards by it.
  const annotationDecorations = activateAnnotationDecorations(annotated);
  const annotationTrees = activateAnnotationTrees(annotated);
  const tagging = activateTagging(annotated);
  const annotationHover = activateAnnotationHover(annotated);
  const hover = activateEntityHover(services);
  const decorations = activateEntityDecorations(services);
  const navigation = activateNavigation(services);
  const catalogEditing = activateCatalogEditing(services);
  const policyText = activatePolicyTextLanguage(services);
  const trees = activateEntityTrees(services);
  const statusBar = activateStatusBar(services);
  const analysis = activateAnalysis(services);
  context.subscriptions.push(
    ...[
      annotationServices,
      annotationDecorations,
      annotationHover,
      annotationTrees,
      tagging,
      hover,
      decorations,
      navigation,
      catalogEditing,
      policyText,
      trees,
      statusBar,
      analysis,
    ].map((activation) => activation.disposable),
    trackCorpusContext(corpus, ready),
  );

  return {
    activation: trackActivation(activatedAt, corpus.loading.loaded),
    corpus,
    log,
    readiness,
    ready,
    logUri: context.logUri,
    statusBar: statusBar.api,
    decorations: decorations.api,
    catalogPrompts: catalogEditing.api,
    trees: trees.api,
    navigation: navigation.api,
    annotations: annotationServices.api,
    annotationDecorations: annotationDecorations.api,
    annotationTrees: annotationTrees.api,
    tagging: tagging.api,
    analysis: analysis.api,
  };
}

export function deactivate(): void {
  // Every registration is disposed through context.subscriptions.
}
