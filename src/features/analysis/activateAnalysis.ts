// The Analysis panel's command: opens the panel (one at a time) once the index, the codebook and
// the annotations are loaded.
import { registerCommand } from '../../vscode/commands';
import { COMMANDS } from '../../vscode/commandIds';
import type { AnnotationFeatureServices, FeatureActivation } from '../../services/featureServices';
import { AnalysisPanel } from './analysisPanel';

export interface AnalysisApi {
  /** The open panel, if any. */
  readonly panel: AnalysisPanel | undefined;
}

export function activateAnalysis(services: AnnotationFeatureServices): FeatureActivation<AnalysisApi> {
  const { corpus, annotations, codebook, log, readiness, extensionUri } = services;
  const disposable = registerCommand(
    log,
    COMMANDS.openAnalysis,
    'Open the Analysis panel',
    () => {
      AnalysisPanel.show(extensionUri, { corpus, annotations, codebook }, log);
    },
    readiness.before(['index', 'codebook', 'annotations']),
  );
  return {
    disposable: {
      dispose: () => {
        disposable.dispose();
        AnalysisPanel.open?.dispose();
      },
    },
    api: {
      get panel() {
        return AnalysisPanel.open;
      },
    },
  };
}
