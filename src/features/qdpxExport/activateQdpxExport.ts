// The REFI-QDA export's command (issue 15): "Export REFI-QDA Project (.qdpx)…", once the index,
// the codebook and the annotations are loaded (exportQdpxCommand.ts does the work).
import type { AnnotationFeatureServices, FeatureActivation } from '../../services/featureServices';
import { registerCommand } from '../../vscode/commands';
import { COMMANDS } from '../../vscode/commandIds';
import { exportQdpxCommand, type QdpxExportArgs } from './exportQdpxCommand';

export function activateQdpxExport(services: AnnotationFeatureServices): FeatureActivation {
  const disposable = registerCommand(
    services.log,
    COMMANDS.exportQdpx,
    'Export REFI-QDA Project',
    (args?: QdpxExportArgs) => exportQdpxCommand(services, args),
    services.readiness.before(['index', 'codebook', 'annotations']),
  );
  return { disposable };
}
