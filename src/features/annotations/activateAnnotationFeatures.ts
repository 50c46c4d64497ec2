// The analyst's own work, wired together: the services (sidecars, codebook) and the features on
// them (passage decorations, annotation hover, the three views, tagging commands).
import * as vscode from 'vscode';
import { activateAnnotationDecorations } from '../annotationDecorations/activateAnnotationDecorations';
import type { AnnotationDecorationsApi } from '../annotationDecorations/annotationPainter';
import { activateAnnotationHover } from '../annotationHover/annotationHover';
import { activateAnnotationTrees, type AnnotationTrees } from '../annotationTrees/activateAnnotationTrees';
import type { AnnotationFeatureServices, FeatureServices } from '../../services/featureServices';
import { CodeSwatches } from '../shared/codeSwatches';
import { activateTagging, type TaggingApi } from '../tagging/activateTagging';
import { activateAnnotationServices, type AnnotationServices } from '../../services/annotations/activateAnnotations';

export interface AnnotationFeaturesApi {
  /** Sidecars, codebook, and when both were first read. */
  annotations: AnnotationServices;
  /** The tagged-passage decorations: what was last applied to each editor. */
  annotationDecorations: AnnotationDecorationsApi;
  /** The Codes, Annotations and Needs Attention views, and the prompts of their commands. */
  annotationTrees: AnnotationTrees;
  /** Tagging: its prompts (tests answer them), recent codes, the annotation-at-cursor context key. */
  tagging: TaggingApi;
}

export function activateAnnotationFeatures(services: FeatureServices, corpusReady: Promise<unknown>, context: vscode.ExtensionContext): { disposable: vscode.Disposable; api: AnnotationFeaturesApi } {
  const annotationServices = activateAnnotationServices(services, corpusReady);
  const annotated: AnnotationFeatureServices = { ...services, ...annotationServices.api };
  const decorations = activateAnnotationDecorations(annotated);
  // One set of colour dots for the Codes view and every code pick list.
  const swatches = new CodeSwatches(context.globalStorageUri, services.log);
  const trees = activateAnnotationTrees(annotated, swatches);
  const tagging = activateTagging(annotated, context, swatches);
  return {
    disposable: vscode.Disposable.from(annotationServices.disposable, decorations.disposable, activateAnnotationHover(annotated), trees.disposable, tagging.disposable),
    api: { annotations: annotationServices.api, annotationDecorations: decorations.api, annotationTrees: trees.trees, tagging: tagging.api },
  };
}
