// REFI-QDA exchange, the import half (issue 15): one command that brings a .qdpx project from
// NVivo, ATLAS.ti, MAXQDA or QualCoder into a folder of the workspace.
import { registerCommand } from '../../vscode/commands';
import { COMMANDS } from '../../vscode/commandIds';
import type { FeatureActivation, FeatureServices } from '../../services/featureServices';
import { importQdpxCommand } from './importQdpxCommand';

export function activateQdpxImport(services: FeatureServices): FeatureActivation {
  const disposable = registerCommand(services.log, COMMANDS.importQdpx, 'Import REFI-QDA Project', (archive: unknown, folder: unknown) =>
    importQdpxCommand(services.log, archive, folder),
  );
  return { disposable };
}
