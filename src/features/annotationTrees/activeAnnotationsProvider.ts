// The Annotations view: the annotations of the document in the active editor, in text order
// (orphans last), each labelled by its quote with its codes beside it.
import * as vscode from 'vscode';
import { textOrder } from '../../core/presentation/annotationLabels';
import type { Annotations, Codes } from '../../services/annotations/annotations';
import type { Corpus } from '../../services/corpus/corpus';
import { RefreshableTreeProvider } from '../../vscode/refreshableTreeProvider';
import { annotationItem, vanishedItem } from './annotationItems';
import { entriesOf, entryKey, fileName, type AnnotationEntry } from './corpusAnnotations';
import type { DocumentLines } from './documentLines';
import type { Readiness } from '../../services/readiness';
import type { AnnotationNode } from './treeNodes';

export class ActiveAnnotationsProvider extends RefreshableTreeProvider<AnnotationNode> implements vscode.TreeDataProvider<AnnotationNode> {
  private shownUri: vscode.Uri | undefined;
  /** The entries listed by the last getChildren, for their items. */
  private listed = new Map<string, AnnotationEntry>();

  constructor(
    private readonly corpus: Corpus,
    private readonly annotations: Annotations,
    private readonly codebook: Codes,
    private readonly lines: DocumentLines,
    private readonly readiness: Readiness,
  ) {
    super();
  }

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

  /** What the view says above an empty list (undefined when it lists annotations). */
  message(): string | undefined {
    const uri = this.shownUri;
    if (!uri) return 'Open a corpus document to see its annotations here.';
    if (!this.readiness.hasLoaded(['annotations'])) return 'Reading the annotations…';
    if (entriesOf(this.annotations, uri).length > 0) return undefined;
    if (!this.corpus.isCorpusDocument(uri))
      return `${fileName(uri)} is not a corpus document (setting policyAnnotator.documents): only corpus documents are annotated.`;
    return `No annotations in ${fileName(uri)} yet: select a passage and run Tag Selection… (Ctrl+Alt+A).`;
  }

  async getChildren(node?: AnnotationNode): Promise<AnnotationNode[]> {
    if (node !== undefined || !this.shownUri) return [];
    await this.readiness.loaded(['annotations']);
    if (!this.shownUri) return [];
    const entries = entriesOf(this.annotations, this.shownUri);
    await this.lines.prepare([this.shownUri]);
    this.listed = new Map(entries.map((e) => [entryKey(e.documentId, e.annotationId), e]));
    return textOrder(entries.map((e) => ({ e, start: e.live.start, end: e.live.end }))).map(({ e }) => ({
      kind: 'annotation',
      documentUri: e.documentId,
      annotationId: e.annotationId,
    }));
  }

  getTreeItem(node: AnnotationNode): vscode.TreeItem {
    const entry = this.listed.get(entryKey(node.documentUri, node.annotationId));
    return entry
      ? annotationItem(node, entry, 'annotations', { codebook: this.codebook, lines: this.lines })
      : vanishedItem(node, 'annotations');
  }

  getParent(): undefined {
    return undefined;
  }
}
