// The REFI-QDA export's command (issue 15): "Export REFI-QDA Project (.qdpx)…", once the index,
// the codebook and the annotations are loaded (exportQdpxCommand.ts does the work).
import * as vscode from 'vscode';
import type { AnnotationFeatureServices, FeatureActivation } from '../../services/featureServices';
import { Prompts } from '../catalogEditing/prompts';
import { registerCommand } from '../../vscode/commands';
import { ReportDocuments } from '../../vscode/reportDocuments';
import { COMMANDS } from '../../vscode/commandIds';
import { exportQdpxCommand, type QdpxExportArgs } from './exportQdpxCommand';

export interface QdpxExportApi {
  /** The command's questions (tests answer them). */
  prompts: Prompts;
}

export function activateQdpxExport(services: AnnotationFeatureServices): FeatureActivation<QdpxExportApi> {
  const prompts = new Prompts();
  const reports = new ReportDocuments();
  const command = registerCommand(
    services.log,
    COMMANDS.exportQdpx,
    'Export REFI-QDA Project',
    (args?: QdpxExportArgs) => exportQdpxCommand(services, prompts, reports, args),
    services.readiness.before(['index', 'codebook', 'annotations']),
  );
  return { disposable: vscode.Disposable.from(command, prompts, reports), api: { prompts } };
}
