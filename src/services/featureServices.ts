// What every feature receives at activation: the corpus, the log, and the readiness of what is
// loaded (every feature that needs loaded state waits through it).
import type { OutputLog } from '../vscode/outputLog';
import type { CorpusService } from './corpus/corpusService';
import type { Readiness } from './readiness';

export interface FeatureServices {
  corpus: CorpusService;
  log: OutputLog;
  readiness: Readiness;
}

/** What the annotation features receive: the corpus services plus the sidecars and the codebook. */
export interface AnnotationFeatureServices extends FeatureServices {
  annotations: import('./annotations/annotationService').AnnotationService;
  codebook: import('./annotations/codebookService').CodebookService;
}
