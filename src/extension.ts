// Wiring only: the shared services are created, then each feature is activated in turn (the one
// shape of a feature's activation is described in src/services/featureServices.ts); every
// disposable goes to the context's subscriptions, every api into the exported API
// (docs/ARCHITECTURE.md, Layers).
import * as vscode from 'vscode';
import { activateAnalysis } from './features/analysis/activateAnalysis';
import { activateAnnotationDecorations } from './features/annotationDecorations/activateAnnotationDecorations';
import { activateAnnotationHover } from './features/annotationHover/annotationHover';
import { activateAnnotationTrees } from './features/annotationTrees/activateAnnotationTrees';
import { activateCatalogEditing } from './features/catalogEditing/activateCatalogEditing';
import { activateDocumentsView } from './features/documentsView/activateDocumentsView';
import { activateDocumentList } from './features/documentList/activateDocumentList';
import { activateEntityDecorations } from './features/entityDecorations/activateEntityDecorations';
import { activateEntityHover } from './features/entityHover/entityHover';
import { activateEntityTrees } from './features/entityTrees/activateEntityTrees';
import { activateNavigation } from './features/navigation/activateNavigation';
import { trackActivation } from './features/shared/activationTimes';
import { activateStatusBar } from './features/statusBar/activeDocumentStatus';
import { activatePolicyTextLanguage } from './features/syntax/policyTextLanguage';
import { activateTagging } from './features/tagging/activateTagging';
import { activateQdpxImport } from './features/qdpxImport/activateQdpxImport';
import { activateQdpxExport } from './features/qdpxExport/activateQdpxExport';
import { activateAnnotationServices } from './services/annotations/activateAnnotations';
import { CodeSwatches } from './services/annotations/codeSwatches';
import { activateCorpus } from './services/corpus/activateCorpus';
import { trackCorpusContext } from './services/corpus/corpusContext';
import type { AnnotationFeatureServices, FeatureServices } from './services/featureServices';
import { Readiness } from './services/readiness';
import { OutputLog } from './vscode/outputLog';
import type { PolicyAnnotatorApi } from './policyAnnotatorApi';

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
  const analysis = activateAnalysis(annotated);
  const documentsView = activateDocumentsView(services);
  const documentList = activateDocumentList(services);
  const qdpxImport = activateQdpxImport(services);
  const qdpxExport = activateQdpxExport(annotated);
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
      documentsView,
      documentList,
      qdpxImport,
      qdpxExport,
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
    documentsView: documentsView.api,
    qdpxExport: qdpxExport.api,
  };
}

export function deactivate(): void {
  // Every registration is disposed through context.subscriptions.
}
