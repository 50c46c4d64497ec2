// The Analysis panel (a webview beside the editor): computes the panel model from the corpus index
// and the coded passages (core/analysis/panelModel.ts) for the documents the analyst's filter
// keeps, sends it to the webview, recomputes when the index or the annotations change, and
// answers the webview: open the units behind a cell (a quick pick), an entity's mentions, a
// concordance and its lines (opened, or tagged), or save an exported table or picture.
import * as vscode from 'vscode';
import { writeBytesAtomically } from '../../vscode/atomicWrite';
import type { ConcordanceReply, FromPanel, ToPanel } from '../../core/analysis/panelMessages';
import { buildPanelModel, DEFAULT_PANEL_OPTIONS, panelOptions, type PanelModel, type PanelOptions } from '../../core/analysis/panelModel';
import { pairUnits, type PairItems } from '../../core/analysis/panelUnits';
import { sentenceSpan } from '../../core/analysis/sentenceSpan';
import { plural } from '../../core/text/plural';
import { COMMANDS } from '../../vscode/commandIds';
import { openAt } from '../../vscode/openAt';
import { offsetRange } from '../../vscode/offsetRange';
import type { OutputLog } from '../../vscode/outputLog';
import { displayPath } from '../../vscode/workspaceFiles';
import { analysisHtml } from './analysisHtml';
import { concordance } from './panelConcordance';
import { panelDocuments, panelNames, type PanelSource } from './panelDocuments';
import { pickUnit } from './unitPick';

export const ANALYSIS_VIEW_TYPE = 'policyAnnotator.analysis';

export class AnalysisPanel implements vscode.Disposable {
  private static current: AnalysisPanel | undefined;
  private options: PanelOptions = { ...DEFAULT_PANEL_OPTIONS };
  private readonly disposables: vscode.Disposable[] = [];
  private pending: NodeJS.Timeout | undefined;
  /** The corpus changed while the panel was hidden. */
  private stale = false;
  /** The model and the concordance last sent to the webview (tests read them). */
  lastModel: PanelModel | undefined;
  lastConcordance: ConcordanceReply | undefined;
  private readonly sent = new vscode.EventEmitter<PanelModel>();
  readonly onDidSend = this.sent.event;

  /** Opens the panel, or brings the open one to the front. */
  static show(extensionUri: vscode.Uri, source: PanelSource, log: OutputLog): AnalysisPanel {
    if (AnalysisPanel.current) {
      AnalysisPanel.current.panel.reveal();
      return AnalysisPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(ANALYSIS_VIEW_TYPE, 'Analysis', vscode.ViewColumn.Active, {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
    });
    AnalysisPanel.current = new AnalysisPanel(panel, extensionUri, source, log);
    return AnalysisPanel.current;
  }

  static get open(): AnalysisPanel | undefined {
    return AnalysisPanel.current;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly source: PanelSource,
    private readonly log: OutputLog,
  ) {
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'analysis.svg');
    panel.webview.html = analysisHtml(panel.webview, extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) this.schedule();
      }),
      panel.webview.onDidReceiveMessage((m: FromPanel) => this.receive(m).catch((err: unknown) => this.fail(err))),
      source.corpus.onDidChange(() => this.schedule()),
      source.annotations.onDidChange(() => this.schedule()),
      source.codebook.onDidChange(() => this.schedule()),
      this.sent,
    );
  }

  private post(message: ToPanel): void {
    void this.panel.webview.postMessage(message);
  }

  /** Recomputes a moment after the index last changed (typing changes it often); while the panel
   * is hidden, only once it shows again (the count runs over every document). */
  private schedule(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = undefined;
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    this.pending = setTimeout(() => {
      this.pending = undefined;
      if (this.panel.visible) this.update();
      else this.stale = true;
    }, 500);
  }

  update(): void {
    this.stale = false;
    const model = buildPanelModel(panelDocuments(this.source), panelNames(this.source), this.options);
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
        this.options = panelOptions(message.options);
        this.post({ type: 'busy' });
        return this.update();
      case 'openPair':
        return this.openPair(message.a, message.b);
      case 'openItem':
        if (this.source.corpus.index.entityIndex(message.id) >= 0) await vscode.commands.executeCommand(COMMANDS.showMentions, message.id);
        return;
      case 'concordance': {
        const reply = await concordance(panelDocuments(this.source), message.request, this.options, (id) =>
          this.source.corpus.index.entityIndex(id),
        );
        this.lastConcordance = reply;
        this.post({ type: 'concordance', reply });
        return;
      }
      case 'openLine':
        return this.openLine(message);
      case 'save':
        return this.save(message);
    }
  }

  private async openPair(a: string, b: string): Promise<void> {
    const index = this.source.corpus.index;
    const model = this.lastModel;
    const nameOf = (id: string, items: PanelModel['rows'] | undefined): string => items?.find((i) => i.id === id)?.name ?? id;
    let items: PairItems;
    if (this.options.of === 'entities') {
      const ea = index.entityIndex(a);
      const eb = index.entityIndex(b);
      if (ea < 0 || eb < 0) return;
      items = { a: ea, b: eb };
    } else items = { a, b };
    const units = pairUnits(panelDocuments(this.source), items, this.options);
    const names = `${nameOf(a, model?.rows)} and ${nameOf(b, model?.cols)}`;
    const unit = this.options.unit === 'overlap' ? 'run of overlapping passages' : this.options.unit;
    const where =
      this.options.of === 'entities'
        ? 'where both are mentioned'
        : this.options.of === 'codes'
          ? 'with both codes'
          : 'with the code and the entity';
    await pickUnit(
      this.source.corpus,
      units,
      `${names}: ${plural(units.length, unit, this.options.unit === 'overlap' ? 'runs of overlapping passages' : undefined)}${units.length >= 1000 ? ' (the first 1,000)' : ''} ${where}`,
    );
  }

  /** Opens a concordance line's place selected; to tag it, selects its sentence and starts Tag Selection. */
  private async openLine(line: Extract<FromPanel, { type: 'openLine' }>): Promise<void> {
    // Concordance lines name documents by workspace path.
    const corpus = this.source.corpus;
    const id = [...corpus.index.documentIds()].find((d) => {
      const uri = corpus.uriOf(d);
      return uri !== undefined && displayPath(uri) === line.document;
    });
    const uri = id === undefined ? undefined : corpus.uriOf(id);
    if (!uri) return;
    await openAt(
      uri,
      (document) => {
        if (!line.tag) return offsetRange(document, line.start, line.end);
        const span = sentenceSpan(document.getText(), line.start, line.end);
        return offsetRange(document, span.start, span.end);
      },
      { preview: false },
    );
    if (line.tag) await vscode.commands.executeCommand(COMMANDS.tagSelection);
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
    await writeBytesAtomically(target, bytes);
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
