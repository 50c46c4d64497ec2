// The Annotations view: the annotations of the document in the active editor, in text order
// (orphans last), each labelled by its quote with its codes beside it.
import * as vscode from 'vscode';
import { textOrder } from '../../core/annotationLabels';
import type { AnnotationService } from '../annotations/annotationService';
import type { CodebookService } from '../annotations/codebookService';
import { annotationItem, vanishedItem } from './annotationItems';
import { entriesOf, entryOf, fileName } from './corpusAnnotations';
import type { DocumentLines } from './documentLines';
import type { AnnotationNode } from './treeNodes';

export class ActiveAnnotationsProvider implements vscode.TreeDataProvider<AnnotationNode>, vscode.Disposable {
  private shownUri: vscode.Uri | undefined;
  private readonly changed = new vscode.EventEmitter<AnnotationNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly annotations: AnnotationService, private readonly codebook: CodebookService, private readonly lines: DocumentLines) {}

  /** The document whose annotations are shown (undefined: none). */
  get document(): vscode.Uri | undefined {
    return this.shownUri;
  }

  /** Shows another document's annotations; false when it was already shown. */
  show(uri: vscode.Uri | undefined): boolean {
    if (uri?.toString() === this.shownUri?.toString()) return false;
    this.shownUri = uri;
    this.refresh();
    return true;
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** What the view says above an empty list (undefined when it lists annotations). */
  message(): string | undefined {
    if (!this.shownUri) return 'Open a corpus document to see its annotations here.';
    if (entriesOf(this.annotations, this.shownUri).length > 0) return undefined;
    return `No annotations in ${fileName(this.shownUri)} yet: select a passage and run Tag Selection… (Ctrl+Alt+A).`;
  }

  async getChildren(node?: AnnotationNode): Promise<AnnotationNode[]> {
    if (node !== undefined || !this.shownUri) return [];
    const entries = entriesOf(this.annotations, this.shownUri);
    await this.lines.prepare([this.shownUri]);
    return textOrder(entries.map((e) => ({ e, start: e.live.start, end: e.live.end })))
      .map(({ e }) => ({ kind: 'annotation', documentUri: e.documentId, annotationId: e.annotationId }));
  }

  getTreeItem(node: AnnotationNode): vscode.TreeItem {
    const entry = entryOf(this.annotations, node.documentUri, node.annotationId);
    return entry ? annotationItem(node, entry, 'annotations', { codebook: this.codebook, lines: this.lines }) : vanishedItem(node, 'annotations');
  }

  getParent(): undefined {
    return undefined;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
