// The Documents view: the corpus documents the filter keeps, in order, a page at a time (a corpus
// of 10,000 documents shows the first page and a "N more documents…" item); under each document
// its date and attributes. The list is built when the view asks for it after a refresh, from the
// documents of the last build whose dates and front matter did not change (their paths and attributes are kept until
// the index is rebuilt); when only the mentions of documents changed (typing), it is kept and the
// items are redrawn with their new counts, which they read from the index.
import * as vscode from 'vscode';
import type { DocumentDate } from '../../core/catalog/catalogPeriod';
import { attributeLines, listDocuments, type DocumentListing } from '../../core/presentation/documentList';
import { PageLimits } from '../../core/presentation/pageLimits';
import type { Corpus } from '../../services/corpus/corpus';
import type { Readiness } from '../../services/readiness';
import { COMMANDS } from '../../vscode/commandIds';
import { RefreshableTreeProvider } from '../../vscode/refreshableTreeProvider';
import { indexedDocuments, withAttributes } from '../shared/corpusDocuments';
import { moreItem } from '../shared/moreItem';
import { attributeItem, documentItem, type AttributeNode, type DocumentNode, type ListedDocument } from './documentItems';
import type { DocumentsViewState } from './documentsViewState';

/** Documents shown at first, and added by each click on "N more documents…". */
export const DOCUMENTS_PAGE = 500;
const LIST_KEY = 'documents';

export interface MoreDocumentsNode {
  kind: 'more';
  rest: number;
  next: number;
}

export type DocumentsNode = DocumentNode | AttributeNode | MoreDocumentsNode;

export class DocumentsTreeProvider extends RefreshableTreeProvider<DocumentsNode> implements vscode.TreeDataProvider<DocumentsNode> {
  private current: DocumentListing<ListedDocument> | undefined;
  /** Every document of the corpus at the last build, filtered or not, by id. */
  private rows = new Map<string, ListedDocument>();
  private readonly pages = new PageLimits(DOCUMENTS_PAGE);
  private readonly builds = new vscode.EventEmitter<DocumentListing<ListedDocument>>();

  /** Fires when the list is rebuilt after a refresh (for the view's message and description). */
  readonly onDidBuild = this.builds.event;

  constructor(
    private readonly corpus: Corpus,
    private readonly state: DocumentsViewState,
    private readonly readiness: Readiness,
  ) {
    super();
  }

  /** The documents shown now, filtered and sorted (built on first use after each refresh). */
  get listing(): DocumentListing<ListedDocument> {
    if (!this.current) {
      const rows = new Map<string, ListedDocument>();
      for (const indexed of indexedDocuments(this.corpus)) {
        const kept = this.rows.get(indexed.id);
        if (kept && this.same(kept, indexed.document.date)) rows.set(indexed.id, kept);
        else {
          const front = this.corpus.dating.frontMatterOf(indexed.uri);
          const { id, uri, path, document, attributes } = withAttributes(this.corpus, indexed);
          rows.set(id, { id, uri, path, date: document.date, attributes, front });
        }
      }
      this.rows = rows;
      this.current = listDocuments(rows.values(), this.state.documentFilter, this.state.sortBy);
      this.builds.fire(this.current);
    }
    return this.current;
  }

  /** The list as last built, if it still holds (undefined after a refresh until the view asks again). */
  get built(): DocumentListing<ListedDocument> | undefined {
    return this.current;
  }

  override refresh(): void {
    this.current = undefined;
    super.refresh();
  }

  /** After the index was rebuilt (catalogs, documents.yaml files, settings or folders changed): every document is read again. */
  reindexed(): void {
    this.rows = new Map();
    this.refresh();
  }

  /** After these documents changed: redraws the items when the list stays as it is (same documents,
   * same dates: only their mentions changed), else rebuilds it. */
  documentsChanged(ids: Iterable<string>): void {
    if (this.current && [...ids].every((id) => this.unchanged(id))) super.refresh();
    else this.refresh();
  }

  getTreeItem(node: DocumentsNode): vscode.TreeItem {
    switch (node.kind) {
      case 'document':
        return documentItem(node, this.corpus.index.document(node.doc.id)?.mentions.length ?? 0);
      case 'attribute':
        return attributeItem(node);
      default:
        return moreItem({
          id: 'more:documents',
          rest: node.rest,
          next: node.next,
          nouns: ['document', 'documents'],
          command: COMMANDS.showMoreDocuments,
          arguments: [],
        });
    }
  }

  async getChildren(node?: DocumentsNode): Promise<DocumentsNode[]> {
    if (node === undefined) {
      await this.readiness.loaded(['index']);
      const { items, rest, next } = this.pages.page(LIST_KEY, this.listing.rows);
      const shown: DocumentsNode[] = items.map((doc) => ({ kind: 'document', doc, lines: attributeLines(doc) }));
      return rest > 0 ? [...shown, { kind: 'more', rest, next }] : shown;
    }
    return node.kind === 'document' ? node.lines.map((line) => ({ kind: 'attribute', parent: node, line })) : [];
  }

  getParent(node: DocumentsNode): DocumentsNode | undefined {
    return node.kind === 'attribute' ? node.parent : undefined;
  }

  /** Shows the next page of documents. */
  showMore(): void {
    this.pages.more(LIST_KEY);
    super.refresh();
  }

  override dispose(): void {
    super.dispose();
    this.builds.dispose();
  }

  private unchanged(id: string): boolean {
    const listed = this.rows.get(id);
    const now = this.corpus.index.document(id);
    return listed !== undefined && now !== undefined && this.same(listed, now.date);
  }

  /** The row still holds: the document's date and front matter are those it was made from. */
  private same(row: ListedDocument, date: DocumentDate | undefined): boolean {
    return sameDate(row.date, date) && row.front === this.corpus.dating.frontMatterOf(row.uri);
  }
}

function sameDate(a: DocumentDate | undefined, b: DocumentDate | undefined): boolean {
  return a?.text === b?.text && a?.source === b?.source;
}
