// One entity tree (Actors or Institutions): type groups -> entities -> documents -> mentions.
// Levels below the groups are built when expanded; the lines of a document's mentions are read
// then. A level with more children than a page (an entity in 11,000 documents) shows one page and a
// "N more…" item that shows the next one when clicked.
import * as vscode from 'vscode';
import type { EntityKind } from '../../core/catalog/catalogTypes';
import { sortDocuments } from '../../core/presentation/entityGrouping';
import { PageLimits } from '../../core/presentation/pageLimits';
import { RefreshableTreeProvider } from '../../vscode/refreshableTreeProvider';
import { displayPath } from '../../vscode/workspaceFiles';
import type { Corpus } from '../../services/corpus/corpus';
import { mentionsInDocument, withContext } from '../../services/corpus/mentionLookup';
import { documentItem, entityItem, groupItem, mentionItem, moreItem } from './treeItems';
import {
  buildTreeModel,
  type DocumentNode,
  type MentionNode,
  type MoreNode,
  type PagedLevel,
  type PagedParent,
  type TreeModel,
  type TreeNode,
} from './treeModel';
import type { Readiness } from '../../services/readiness';
import type { TreeState } from './treeState';

/** Children shown at first, and added by each click on "N more…". */
export const TREE_PAGES: Readonly<Record<PagedLevel, number>> = { entities: 1_000, documents: 200, mentions: 200 };

export class EntityTreeProvider extends RefreshableTreeProvider<TreeNode> implements vscode.TreeDataProvider<TreeNode> {
  private current: TreeModel | undefined;
  private readonly built = new vscode.EventEmitter<TreeModel>();
  private readonly pages = {
    entities: new PageLimits(TREE_PAGES.entities),
    documents: new PageLimits(TREE_PAGES.documents),
    mentions: new PageLimits(TREE_PAGES.mentions),
  };
  /** Each paged list's level and parent element, as the view last asked for its children (the
   * element to refresh when it shows more). */
  private readonly paged = new Map<string, { level: PagedLevel; parent: PagedParent }>();

  /** Fires when the model is rebuilt after a refresh (for the view's message and description). */
  readonly onDidBuild = this.built.event;

  constructor(
    readonly kind: EntityKind,
    private readonly corpus: Corpus,
    private readonly state: TreeState,
    private readonly readiness: Readiness,
  ) {
    super();
  }

  /** The groups and entities shown now (built on first use after each refresh). */
  get model(): TreeModel {
    if (!this.current) {
      this.current = buildTreeModel(this.corpus, this.kind, this.state.options);
      this.built.fire(this.current);
    }
    return this.current;
  }

  override refresh(): void {
    this.current = undefined;
    super.refresh();
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (typeof node === 'string') {
      const info = this.model.entities.get(node);
      // An element from before a refresh that removed it: VS Code asks again after the refresh.
      return info ? entityItem(info) : new vscode.TreeItem(node);
    }
    switch (node.kind) {
      case 'group':
        return groupItem(node);
      case 'document':
        return documentItem(node);
      case 'mention':
        return mentionItem(node);
      default:
        return moreItem(node);
    }
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    if (node === undefined) {
      await this.readiness.loaded(['index']);
      return [...this.model.groups];
    }
    if (typeof node === 'string') return this.documents(node);
    if (node.kind === 'group') return withMore(this.page('entities', this.groupKey(node.group.type), node, node.children));
    return node.kind === 'document' ? this.mentions(node) : [];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    if (typeof node === 'string') return this.model.entities.get(node)?.parent;
    return node.kind === 'group' ? undefined : node.parent;
  }

  /** Shows the next page of the list `key` (a "N more…" item's); false when this tree has no such list. */
  showMore(key: string): boolean {
    const list = this.paged.get(key);
    if (!list) return false;
    this.pages[list.level].more(key);
    this.refreshElement(list.parent);
    return true;
  }

  /** Makes sure the page of its group that holds the entity is shown (before it is revealed). */
  showEntity(id: string): void {
    const group = this.model.entities.get(id)?.parent;
    if (!group) return;
    const key = this.groupKey(group.group.type);
    const before = this.pages.entities.limit(key);
    this.pages.entities.reach(key, group.children.indexOf(id));
    if (this.pages.entities.limit(key) !== before) this.refreshElement(group);
  }

  override dispose(): void {
    super.dispose();
    this.built.dispose();
  }

  private groupKey(type: string): string {
    return `${this.kind}/group/${type}`;
  }

  /** The shown page of `all`, children of `parent`, and the "N more…" node to show after it if some are not shown. */
  private page<T>(level: PagedLevel, key: string, parent: PagedParent, all: readonly T[]): { items: T[]; more?: MoreNode } {
    this.paged.set(key, { level, parent });
    const { items, rest, next } = this.pages[level].page(key, all);
    return rest > 0 ? { items, more: { kind: 'more', parent, key, level, rest, next } } : { items };
  }

  private documents(entityId: string): Array<DocumentNode | MoreNode> {
    const index = this.corpus.index;
    const entity = index.entityIndex(entityId);
    if (entity < 0) return [];
    const docs = index.documentsOf(entity).flatMap(({ document, count }) => {
      const uri = this.corpus.uriOf(document);
      return uri ? [{ kind: 'document' as const, parent: entityId, documentId: document, uri, count, path: displayPath(uri) }] : [];
    });
    return withMore(this.page('documents', `${this.kind}/entity/${entityId}`, entityId, sortDocuments(docs, this.state.sortBy)));
  }

  private async mentions(node: DocumentNode): Promise<Array<MentionNode | MoreNode>> {
    const entity = this.corpus.index.entityIndex(node.parent);
    const found = entity < 0 ? undefined : mentionsInDocument(this.corpus, node.documentId, entity);
    if (!found) return [];
    const { items, more } = this.page('mentions', `${this.kind}/document/${node.parent}/${node.documentId}`, node, found.mentions);
    // Only the mentions shown are labelled with their line.
    const labelled = await withContext(this.corpus, found.document, items);
    const mentions = labelled.map(({ location, context }, ordinal): MentionNode => ({
      kind: 'mention',
      parent: node,
      ordinal,
      location,
      context,
    }));
    return withMore({ items: mentions, more });
  }
}

function withMore<T extends TreeNode>({ items, more }: { items: T[]; more?: MoreNode }): Array<T | MoreNode> {
  return more ? [...items, more] : items;
}
