// The Analysis panel (a webview beside the editor): computes the panel model from the corpus index
// (core/analysis/panelModel.ts) for the documents the analyst's filter keeps, sends it to the
// webview, recomputes when the index changes, and answers the webview: open the units behind a
// cell (a quick pick of passages), an entity's mentions, or save an exported table or picture.
import * as vscode from 'vscode';
import {
  buildPanelModel,
  DEFAULT_PANEL_OPTIONS,
  indexPanelDocuments,
  pairUnits,
  type FromPanel,
  type PanelDocument,
  type PanelModel,
  type PanelOptions,
  type ToPanel,
} from '../../core/analysis/panelModel';
import { plural } from '../../core/text/plural';
import type { Corpus } from '../../services/corpus/corpus';
import { COMMANDS } from '../../vscode/commandIds';
import type { OutputLog } from '../../vscode/outputLog';
import { displayPath } from '../../vscode/workspaceFiles';
import { analysisHtml } from './analysisHtml';
import { pickUnit } from './unitPick';

export const ANALYSIS_VIEW_TYPE = 'policyAnnotator.analysis';

export class AnalysisPanel implements vscode.Disposable {
  private static current: AnalysisPanel | undefined;
  private options: PanelOptions = { ...DEFAULT_PANEL_OPTIONS };
  private readonly disposables: vscode.Disposable[] = [];
  private pending: NodeJS.Timeout | undefined;
  /** The model last sent to the webview (tests read it). */
  lastModel: PanelModel | undefined;
  private readonly sent = new vscode.EventEmitter<PanelModel>();
  readonly onDidSend = this.sent.event;

  /** Opens the panel, or brings the open one to the front. */
  static show(extensionUri: vscode.Uri, corpus: Corpus, log: OutputLog): AnalysisPanel {
    if (AnalysisPanel.current) {
      AnalysisPanel.current.panel.reveal();
      return AnalysisPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(ANALYSIS_VIEW_TYPE, 'Analysis', vscode.ViewColumn.Active, {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
    });
    AnalysisPanel.current = new AnalysisPanel(panel, extensionUri, corpus, log);
    return AnalysisPanel.current;
  }

  static get open(): AnalysisPanel | undefined {
    return AnalysisPanel.current;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly corpus: Corpus,
    private readonly log: OutputLog,
  ) {
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'analysis.svg');
    panel.webview.html = analysisHtml(panel.webview, extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: FromPanel) => this.receive(m).catch((err: unknown) => this.fail(err))),
      corpus.onDidChange(() => this.schedule()),
      this.sent,
    );
  }

  /** The documents of the index, with their attributes, as the model reads them. */
  private documents(): Iterable<PanelDocument> {
    // Index ids are URIs; attributes and documents.yaml speak of workspace paths.
    const pathOf = (id: string): string | undefined => {
      const uri = this.corpus.uriOf(id);
      return uri && displayPath(uri);
    };
    return indexPanelDocuments(this.corpus.index, pathOf, this.corpus.dating.listedFields);
  }

  private post(message: ToPanel): void {
    void this.panel.webview.postMessage(message);
  }

  /** Recomputes a moment after the index last changed (typing changes it often). */
  private schedule(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.update();
    }, 500);
  }

  update(): void {
    const model = buildPanelModel(this.documents(), this.corpus.index.entities, this.options);
    this.lastModel = model;
    this.post({ type: 'model', model });
    this.sent.fire(model);
  }

  /** What the webview asks; also called by tests with the same messages. */
  async receive(message: FromPanel): Promise<void> {
    switch (message.type) {
      case 'ready':
        return this.update();
      case 'options':
        this.options = {
          ...message.options,
          top: Math.max(2, Math.min(300, Math.round(message.options.top) || DEFAULT_PANEL_OPTIONS.top)),
        };
        this.post({ type: 'busy' });
        return this.update();
      case 'openPair':
        return this.openPair(message.a, message.b);
      case 'openEntity': {
        await vscode.commands.executeCommand(COMMANDS.showMentions, message.id);
        return;
      }
      case 'save':
        return this.save(message);
    }
  }

  private async openPair(a: string, b: string): Promise<void> {
    const index = this.corpus.index;
    const ea = index.entityIndex(a);
    const eb = index.entityIndex(b);
    if (ea < 0 || eb < 0) return;
    const units = pairUnits(this.documents(), ea, eb, this.options);
    const names = `${index.entities[ea].name} and ${index.entities[eb].name}`;
    await pickUnit(
      this.corpus,
      units,
      `${names}: ${plural(units.length, this.options.unit)}${units.length >= 1000 ? ' (the first 1,000)' : ''} where both are mentioned`,
    );
  }

  private async save(message: Extract<FromPanel, { type: 'save' }>): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, message.name) : undefined,
      filters: { [message.format.toUpperCase()]: [message.format] },
      title: `Export ${message.name}`,
    });
    if (!target) return;
    const bytes =
      message.format === 'png'
        ? Buffer.from(message.data.replace(/^data:image\/png;base64,/, ''), 'base64')
        : Buffer.from(message.data, 'utf8');
    await vscode.workspace.fs.writeFile(target, bytes);
    void vscode.window.showInformationMessage(`Exported ${vscode.workspace.asRelativePath(target)}`);
  }

  private fail(err: unknown): void {
    const message = this.log.error('The Analysis panel failed', err);
    void vscode.window.showErrorMessage(message);
  }

  dispose(): void {
    if (AnalysisPanel.current === this) AnalysisPanel.current = undefined;
    if (this.pending) clearTimeout(this.pending);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
