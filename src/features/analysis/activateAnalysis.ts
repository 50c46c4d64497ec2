// The Analysis panel's command: opens the panel (one at a time) once the index is built.
import { registerCommand } from '../../vscode/commands';
import { COMMANDS } from '../../vscode/commandIds';
import type { FeatureActivation, FeatureServices } from '../../services/featureServices';
import { AnalysisPanel } from './analysisPanel';

export interface AnalysisApi {
  /** The open panel, if any. */
  readonly panel: AnalysisPanel | undefined;
}

export function activateAnalysis(services: FeatureServices): FeatureActivation<AnalysisApi> {
  const { corpus, log, readiness, extensionUri } = services;
  const disposable = registerCommand(
    log,
    COMMANDS.openAnalysis,
    'Open the Analysis panel',
    () => {
      AnalysisPanel.show(extensionUri, corpus, log);
    },
    readiness.before(['index']),
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
