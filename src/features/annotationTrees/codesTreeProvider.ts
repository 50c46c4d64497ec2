// The Codes view: the codebook's hierarchy with counts, under each code its coded segments
// across the corpus, and a "Not in codebook" group for codes annotations use that the codebook
// does not define. The model is built on first use after each refresh.
import * as vscode from 'vscode';
import { textOrder } from '../../core/presentation/annotationLabels';
import { codeTooltip } from '../../core/presentation/annotationTooltip';
import { flattenCodes, type Code } from '../../core/codebook/codebook';
import { codeUsage, countLabel, type CodeUsage } from '../../core/codebook/codeUsage';
import type { Annotations, Codes } from '../../services/annotations/annotations';
import { RefreshableTreeProvider } from '../../vscode/refreshableTreeProvider';
import { annotationItem, vanishedItem, type ItemContext } from './annotationItems';
import type { CodeSwatches } from '../../services/annotations/codeSwatches';
import { corpusEntries, entryKey, type AnnotationEntry } from './corpusAnnotations';
import type { DocumentLines } from './documentLines';
import type { Readiness } from '../../services/readiness';
import { CONTEXT_VALUES, type AnnotationNode, type CodeNode, type CodesTreeNode, type UnknownCodesNode } from './treeNodes';

const UNKNOWN_GROUP: UnknownCodesNode = { kind: 'unknownCodes' };

interface CodesModel {
  usage: CodeUsage<AnnotationEntry>;
  entries: Map<string, AnnotationEntry>;
}

export class CodesTreeProvider extends RefreshableTreeProvider<CodesTreeNode> implements vscode.TreeDataProvider<CodesTreeNode> {
  private model: Promise<CodesModel> | undefined;

  constructor(
    private readonly annotations: Annotations,
    private readonly codebook: Codes,
    private readonly lines: DocumentLines,
    private readonly swatches: CodeSwatches,
    private readonly readiness: Readiness,
  ) {
    super();
  }

  override refresh(): void {
    this.model = undefined;
    super.refresh();
  }

  /** The usage shown now: counts of every code, segments, unknown codes. */
  current(): Promise<CodesModel> {
    this.model ??= this.build();
    return this.model;
  }

  async getChildren(node?: CodesTreeNode): Promise<CodesTreeNode[]> {
    await this.readiness.loaded(['codebook', 'annotations']);
    const model = await this.current();
    if (node === undefined) {
      const roots: CodesTreeNode[] = this.shown(this.codebook.codebook.codes);
      return model.usage.unknown.length > 0 ? [...roots, UNKNOWN_GROUP] : roots;
    }
    if (node.kind === 'unknownCodes') return model.usage.unknown.map((id) => codeNode(id, false));
    if (node.kind === 'annotation') return [];
    const children = node.known ? this.shown(this.codebook.code(node.codeId)?.children ?? []) : [];
    return [...children, ...(await this.segments(model, node))];
  }

  getTreeItem(node: CodesTreeNode): vscode.TreeItem | Thenable<vscode.TreeItem> {
    if (node.kind === 'unknownCodes') return this.current().then((m) => unknownGroupItem(m.usage.unknown.length));
    return this.current().then((model) => {
      if (node.kind === 'code') return this.codeItem(node, model);
      const entry = model.entries.get(entryKey(node.documentUri, node.annotationId));
      return entry ? annotationItem(node, entry, 'codes', this.context) : vanishedItem(node, 'codes');
    });
  }

  getParent(node: CodesTreeNode): CodesTreeNode | undefined {
    if (node.kind === 'annotation') return node.parent;
    if (node.kind === 'unknownCodes') return undefined;
    if (!node.known) return UNKNOWN_GROUP;
    const parent = this.codebook.code(node.codeId)?.parent;
    return parent === undefined ? undefined : codeNode(parent, true);
  }

  /** Code nodes of these codes; an id a second codebook file declares again is shown once. */
  private shown(codes: readonly Code[]): CodeNode[] {
    return codes.filter((c) => this.codebook.code(c.id) === c).map((c) => codeNode(c.id, true));
  }

  private get context(): ItemContext {
    return { codebook: this.codebook, lines: this.lines };
  }

  private async build(): Promise<CodesModel> {
    const entries = corpusEntries(this.annotations);
    const codes = this.codebook.codebook.codes;
    await this.swatches.ensure(flattenCodes(codes).map((c) => c.color));
    return { usage: codeUsage(codes, entries), entries: new Map(entries.map((e) => [entryKey(e.documentId, e.annotationId), e])) };
  }

  /** The coded segments of a code: document by document, in text order within each. */
  private async segments(model: CodesModel, node: CodeNode): Promise<Array<AnnotationNode<CodeNode>>> {
    const entries = model.usage.byCode.get(node.codeId) ?? [];
    await this.lines.prepare(entries.map((e) => e.documentUri));
    const byDocument = new Map<string, AnnotationEntry[]>();
    for (const e of entries) byDocument.set(e.documentId, [...(byDocument.get(e.documentId) ?? []), e]);
    return [...byDocument.values()]
      .flatMap((list) => textOrder(list.map((e) => ({ e, start: e.live.start, end: e.live.end }))))
      .map(({ e }) => ({ kind: 'annotation', documentUri: e.documentId, annotationId: e.annotationId, parent: node }));
  }

  private codeItem(node: CodeNode, model: CodesModel): vscode.TreeItem {
    const code = node.known ? this.codebook.code(node.codeId) : undefined;
    const segments = model.usage.byCode.get(node.codeId)?.length ?? 0;
    const expandable = segments > 0 || (code?.children.length ?? 0) > 0;
    const item = new vscode.TreeItem(
      code?.name ?? node.codeId,
      expandable ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    item.id = `${node.known ? 'code' : 'unknown'}:${node.codeId}`;
    const count = code ? model.usage.counts.get(code.id) : { own: segments, total: segments };
    item.description = countLabel(count);
    item.tooltip = new vscode.MarkdownString(
      codeTooltip({ id: node.codeId, name: code?.name ?? node.codeId, description: code?.description, count, known: code !== undefined }),
    );
    item.iconPath = code ? this.swatches.icon(code.color) : new vscode.ThemeIcon('tag', new vscode.ThemeColor('list.warningForeground'));
    item.contextValue = code ? CONTEXT_VALUES.code : CONTEXT_VALUES.unknownCode;
    return item;
  }
}

function codeNode(codeId: string, known: boolean): CodeNode {
  return { kind: 'code', codeId, known };
}

function unknownGroupItem(count: number): vscode.TreeItem {
  const item = new vscode.TreeItem('Not in codebook', vscode.TreeItemCollapsibleState.Expanded);
  item.id = 'unknownCodes';
  item.description = String(count);
  item.tooltip =
    'Codes that annotations use but no codebook defines. Add them to the codebook (Open Codebook), or merge each into a code of the codebook (Merge Code into… from the Command Palette).';
  item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  item.contextValue = 'unknownCodes';
  return item;
}
