// What every feature receives at activation: the corpus, the log and derived data.
import type { OutputLog } from '../../vscode/outputLog';
import type { CorpusService } from '../corpus/corpusService';

export interface FeatureServices {
  corpus: CorpusService;
  log: OutputLog;
}

/** What the annotation features receive: the corpus services plus the sidecars and the codebook. */
export interface AnnotationFeatureServices extends FeatureServices {
  annotations: import('../annotations/annotationService').AnnotationService;
  codebook: import('../annotations/codebookService').CodebookService;
}
