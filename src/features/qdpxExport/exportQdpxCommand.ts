// "Export REFI-QDA Project (.qdpx)…": asks whether to add the catalog's entities as codes and what
// to do with annotations not anchored in the current text (a second step, only when there are
// some), then where to write (a save dialog at <folder>.qdpx), builds the archive in the core (core/exchange/qdpxExport.ts), writes it atomically
// (a temporary file in the same folder, then a rename; an existing file only after the analyst
// agreed), and shows the summary with the data-loss report. Arguments skip the questions (tests,
// other extensions): { target, unanchored, entitiesAsCodes, replace }.
import * as vscode from 'vscode';
import { UNANCHORED_CHOICES, type QdeExportReport, type UnanchoredChoice } from '../../core/exchange/qdeExportInput';
import { qdpxFileName } from '../../core/exchange/qdpxArchive';
import { exportQdpx, qdeReportLines, qdeSummary } from '../../core/exchange/qdpxExport';
import { plural } from '../../core/text/plural';
import type { AnnotationFeatureServices } from '../../services/featureServices';
import type { ReportDocuments } from '../../vscode/reportDocuments';
import type { Prompts } from '../catalogEditing/prompts';
import { exportInput, gatherExport } from './gatherQdpxInput';
import { writeBytesAtomically } from '../../vscode/atomicWrite';

export interface QdpxExportArgs {
  /** Where to write (a URI as text); without it, a save dialog asks. */
  target?: string;
  unanchored?: UnanchoredChoice;
  entitiesAsCodes?: boolean;
  /** Replace an existing file without asking (only as an argument: the dialog path always asks). */
  replace?: boolean;
}

export interface QdpxExportResult {
  uri: string;
  report: QdeExportReport;
  /** The summary and the report as shown. */
  text: string;
}

interface Choice<T> extends vscode.QuickPickItem {
  value: T;
}

const TITLE = 'Export REFI-QDA Project';

export async function exportQdpxCommand(
  services: AnnotationFeatureServices,
  prompts: Prompts,
  reports: ReportDocuments,
  args: QdpxExportArgs = {},
): Promise<QdpxExportResult | undefined> {
  if (args.unanchored !== undefined && !UNANCHORED_CHOICES.includes(args.unanchored))
    throw new Error(`unanchored must be one of ${UNANCHORED_CHOICES.join(', ')}, not '${String(args.unanchored)}'`);
  const folder = vscode.workspace.workspaceFolders?.[0];
  const name = folder?.name ?? vscode.workspace.name ?? 'project';
  const gathered = await gatherExport(services);
  const notAnchored = gathered.records.filter((r) => r.status !== 'anchored').length;
  const steps = (args.entitiesAsCodes === undefined ? 1 : 0) + (args.unanchored === undefined && notAnchored > 0 ? 1 : 0);
  let step = 0;
  const entitiesAsCodes =
    args.entitiesAsCodes ??
    (
      await prompts.pick<Choice<boolean>>(
        [
          { value: false, label: 'Annotations only' },
          {
            value: true,
            label: 'Annotations and entities as codes',
            detail: 'A folder "Entities" with a code per entity; every mention coded with it',
          },
        ],
        "Export the catalog's entities too?",
        { title: TITLE, step: ++step, totalSteps: steps },
      )
    )?.value;
  if (entitiesAsCodes === undefined) return undefined;
  const unanchored =
    args.unanchored ??
    (notAnchored === 0
      ? 'keep'
      : (
          await prompts.pick<Choice<UnanchoredChoice>>(
            [
              {
                value: 'keep',
                label: 'Keep them at their last known place',
                detail: 'Check them in the other tool; the report lists them',
              },
              { value: 'omit', label: 'Leave them out', detail: 'The report lists them' },
            ],
            `${plural(notAnchored, 'annotation')} not anchored in the current text (needs review, ambiguous, orphaned)`,
            { title: TITLE, step: ++step, totalSteps: steps },
          )
        )?.value);
  if (unanchored === undefined) return undefined;
  const target = args.target !== undefined ? vscode.Uri.parse(args.target) : await askTarget(folder, name);
  if (!target) return undefined;
  if (!(await mayWrite(target, args))) return undefined;

  const file = exportQdpx(await exportInput(services, gathered, name, unanchored, entitiesAsCodes));
  await writeBytesAtomically(target, file.bytes);
  const shown = vscode.workspace.asRelativePath(target, false);
  const text = [`Wrote ${shown}: ${qdeSummary(file.report)}`, ...qdeReportLines(file.report)].join('\n');
  services.log.info(text);
  if (gathered.diagnostics.length > 0)
    services.log.info(`${plural(gathered.diagnostics.length, 'problem')} in the sidecars (see the Problems panel)`);
  void showOutcome(shown, target.path.slice(target.path.lastIndexOf('/') + 1), file.report, text, reports);
  return { uri: target.toString(), report: file.report, text };
}

async function askTarget(folder: vscode.WorkspaceFolder | undefined, name: string): Promise<vscode.Uri | undefined> {
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder.uri, qdpxFileName(name)) : undefined,
    filters: { 'REFI-QDA project': ['qdpx'] },
    title: 'Export REFI-QDA Project (.qdpx)',
    saveLabel: 'Export',
  });
}

/** True when nothing is there, or the analyst (or `replace`) agreed to replace it. */
async function mayWrite(target: vscode.Uri, args: QdpxExportArgs): Promise<boolean> {
  const existing = await vscode.workspace.fs.stat(target).then(
    (s) => s,
    () => undefined,
  );
  if (!existing) return true;
  if (existing.type !== vscode.FileType.File) throw new Error(`${target.fsPath} exists and is not a file`);
  if (args.replace !== undefined) {
    if (!args.replace) throw new Error(`${vscode.workspace.asRelativePath(target, false)} exists; it is not replaced`);
    return true;
  }
  const replace = 'Replace';
  const answer = await vscode.window.showWarningMessage(
    `${vscode.workspace.asRelativePath(target, false)} exists. Replace it?`,
    { modal: true },
    replace,
  );
  return answer === replace;
}

async function showOutcome(
  shown: string,
  fileName: string,
  report: QdeExportReport,
  text: string,
  reports: ReportDocuments,
): Promise<void> {
  const losses = report.losses.length;
  const show = 'Show Report';
  const message = `Exported ${shown}: ${qdeSummary(report)}.${losses > 0 ? ` ${plural(losses, 'kind')} of data loss or change: see the report.` : ''}`;
  const answer = await vscode.window.showInformationMessage(message, show);
  if (answer !== show) return;
  await reports.show(`Export report of ${fileName}.md`, `${text}\n`);
}
