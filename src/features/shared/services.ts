// What every feature receives at activation: the corpus, the log and derived data.
import type { OutputLog } from '../../vscode/outputLog';
import type { CorpusService } from '../corpus/corpusService';

export interface FeatureServices {
  corpus: CorpusService;
  log: OutputLog;
}
