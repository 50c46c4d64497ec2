// The Needs Attention view: across the corpus, every annotation whose place is in doubt
// (needs-review or ambiguous: a proposed place waits to be accepted; orphaned: the quote was not
// found), grouped by document, with its status and score.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { needsAttention, textOrder } from '../../core/presentation/annotationLabels';
import { plural } from '../../core/text/plural';
import { RefreshableTreeProvider } from '../../vscode/refreshableTreeProvider';
import { displayPath } from '../../vscode/workspaceFiles';
import type { Annotations, Codes } from '../../services/annotations/annotations';
import { annotationItem, vanishedItem } from './annotationItems';
import { corpusEntries, entryKey, fileName, type AnnotationEntry } from './corpusAnnotations';
import type { DocumentLines } from './documentLines';
import type { Readiness } from '../../services/readiness';
import type { AnnotationNode, AttentionTreeNode, DocumentNode } from './treeNodes';

/** The annotations of the corpus that need attention, document by document. */
export function attentionEntries(service: Annotations): AnnotationEntry[] {
  return corpusEntries(service).filter((e) => needsAttention(e.live.status));
}

export class AttentionTreeProvider
  extends RefreshableTreeProvider<AttentionTreeNode>
  implements vscode.TreeDataProvider<AttentionTreeNode>
{
  /** The entries listed by the last getChildren of the root, for the items. */
  private listed = new Map<string, AnnotationEntry>();

  constructor(
    private readonly annotations: Annotations,
    private readonly codebook: Codes,
    private readonly lines: DocumentLines,
    private readonly readiness: Readiness,
  ) {
    super();
  }

  async getChildren(node?: AttentionTreeNode): Promise<AttentionTreeNode[]> {
    if (node === undefined) {
      await this.readiness.loaded(['annotations']);
      const entries = attentionEntries(this.annotations);
      this.listed = new Map(entries.map((e) => [entryKey(e.documentId, e.annotationId), e]));
      return [...new Set(entries.map((e) => e.documentId))].map((documentUri): DocumentNode => ({ kind: 'document', documentUri }));
    }
    if (node.kind === 'annotation') return [];
    const own = [...this.listed.values()].filter((e) => e.documentId === node.documentUri);
    await this.lines.prepare(own.map((e) => e.documentUri));
    return textOrder(own.map((e) => ({ e, start: e.live.start, end: e.live.end }))).map(({ e }): AnnotationNode<DocumentNode> => ({
      kind: 'annotation',
      documentUri: e.documentId,
      annotationId: e.annotationId,
      parent: node,
    }));
  }

  getTreeItem(node: AttentionTreeNode): vscode.TreeItem {
    if (node.kind === 'document') return this.documentItem(node);
    const entry = this.listed.get(entryKey(node.documentUri, node.annotationId));
    return entry
      ? annotationItem(node, entry, 'attention', { codebook: this.codebook, lines: this.lines })
      : vanishedItem(node, 'attention');
  }

  getParent(node: AttentionTreeNode): AttentionTreeNode | undefined {
    return node.kind === 'annotation' ? node.parent : undefined;
  }

  private documentItem(node: DocumentNode): vscode.TreeItem {
    const uri = vscode.Uri.parse(node.documentUri);
    const count = [...this.listed.values()].filter((e) => e.documentId === node.documentUri).length;
    const item = new vscode.TreeItem(fileName(uri), vscode.TreeItemCollapsibleState.Expanded);
    item.id = `attention-document:${node.documentUri}`;
    const folder = path.posix.dirname(displayPath(uri));
    item.description = folder === '.' ? String(count) : `${count} · ${folder}`;
    item.tooltip = `${displayPath(uri)}: ${plural(count, 'annotation')} to review, re-attach or delete`;
    item.resourceUri = uri;
    item.iconPath = vscode.ThemeIcon.File;
    item.contextValue = 'attentionDocument';
    return item;
  }
}
