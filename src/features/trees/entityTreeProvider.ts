// One entity tree (Actors or Institutions): type groups -> entities -> documents -> mentions.
// Levels below the groups are built when expanded; the mentions of a document are read then.
import * as vscode from 'vscode';
import type { EntityKind } from '../../core/catalogTypes';
import { sortDocuments } from '../../core/entityGrouping';
import { displayPath } from '../../vscode/workspaceFiles';
import type { CorpusService } from '../corpus/corpusService';
import { documentMentions } from '../shared/mentionLookup';
import { documentItem, entityItem, groupItem, mentionItem } from './treeItems';
import { buildTreeModel, type DocumentNode, type MentionNode, type TreeModel, type TreeNode } from './treeModel';
import type { Readiness } from '../shared/readiness';
import type { TreeState } from './treeState';

export class EntityTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private current: TreeModel | undefined;
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly built = new vscode.EventEmitter<TreeModel>();

  /** Fires when the model is rebuilt after a refresh (for the view's message and description). */
  readonly onDidBuild = this.built.event;

  constructor(readonly kind: EntityKind, private readonly corpus: CorpusService, private readonly state: TreeState, private readonly readiness: Readiness) {}

  /** The groups and entities shown now (built on first use after each refresh). */
  get model(): TreeModel {
    if (!this.current) {
      this.current = buildTreeModel(this.corpus, this.kind, this.state.options);
      this.built.fire(this.current);
    }
    return this.current;
  }

  refresh(): void {
    this.current = undefined;
    this.changed.fire(undefined);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (typeof node === 'string') {
      const info = this.model.entities.get(node);
      // An element from before a refresh that removed it: VS Code asks again after the refresh.
      return info ? entityItem(info) : new vscode.TreeItem(node);
    }
    if (node.kind === 'group') return groupItem(node);
    return node.kind === 'document' ? documentItem(node) : mentionItem(node);
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    if (node === undefined) {
      await this.readiness.loaded(['index']);
      return [...this.model.groups];
    }
    if (typeof node === 'string') return this.documents(node);
    if (node.kind === 'group') return [...node.children];
    return node.kind === 'document' ? this.mentions(node) : [];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    if (typeof node === 'string') return this.model.entities.get(node)?.parent;
    return node.kind === 'group' ? undefined : node.parent;
  }

  dispose(): void {
    this.changed.dispose();
    this.built.dispose();
  }

  private documents(entityId: string): DocumentNode[] {
    const index = this.corpus.index;
    const entity = index.entityIndex(entityId);
    if (entity < 0) return [];
    const docs = index.documentsOf(entity).flatMap(({ document, count }) => {
      const uri = this.corpus.uriOf(document);
      return uri ? [{ kind: 'document' as const, parent: entityId, documentId: document, uri, count, path: displayPath(uri) }] : [];
    });
    return sortDocuments(docs, this.state.sortBy);
  }

  private async mentions(node: DocumentNode): Promise<MentionNode[]> {
    const entity = this.corpus.index.entityIndex(node.parent);
    if (entity < 0) return [];
    const found = await documentMentions(this.corpus, node.documentId, entity);
    return found.map(({ location, context }, ordinal) => ({ kind: 'mention', parent: node, ordinal, location, context }));
  }
}
