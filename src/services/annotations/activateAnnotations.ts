// The annotation services (sidecars, codebook) every annotation feature builds on: created here,
// loaded once the corpus index is ready, and kept in step with the workspace.
import * as vscode from 'vscode';
import type { FeatureActivation, FeatureServices } from '../featureServices';
import { AnnotationService } from './annotationService';
import { watchAnnotations } from './annotationEvents';
import { CodebookService } from './codebookService';

export interface AnnotationServices {
  annotations: AnnotationService;
  codebook: CodebookService;
  /** Settles when the codebook and every sidecar have been read and anchored once. */
  ready: Promise<void>;
}

/** The annotations are loaded once `corpusReady` settles (the first index build has ended). */
export function activateAnnotationServices(
  services: FeatureServices,
  corpusReady: Promise<unknown>,
): FeatureActivation<AnnotationServices> {
  const annotations = new AnnotationService(services.corpus, services.log);
  const codebook = new CodebookService(services.log);
  services.readiness.provide('annotations', annotations.loading);
  services.readiness.provide('codebook', codebook.loading);
  const ready = Promise.all([codebook.load(), corpusReady.then(() => annotations.loadAll())]).then(() => undefined);
  const disposable = vscode.Disposable.from(annotations, codebook, watchAnnotations(services.corpus, annotations, codebook, services.log));
  return { disposable, api: { annotations, codebook, ready } };
}
