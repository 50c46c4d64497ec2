// Reads the entity trees through their providers, as the views do.
import * as vscode from 'vscode';
import type { EntityTree } from '../../../src/features/entityTrees/treeCommands';
import type { DocumentNode, GroupNode, MentionNode, TreeNode } from '../../../src/features/entityTrees/treeModel';
import { waitFor } from './waitFor';

export interface Shown<T extends TreeNode = TreeNode> {
  node: T;
  item: vscode.TreeItem;
}

export function labelOf(item: vscode.TreeItem): string {
  const label = item.label;
  return typeof label === 'string' ? label : (label?.label ?? '');
}

export async function children<T extends TreeNode>(tree: EntityTree, node?: TreeNode): Promise<Array<Shown<T>>> {
  const nodes = (await Promise.resolve(tree.provider.getChildren(node))) as T[];
  return nodes.map((n) => ({ node: n, item: tree.provider.getTreeItem(n) }));
}

export const groups = (tree: EntityTree): Promise<Array<Shown<GroupNode>>> => children<GroupNode>(tree);

/** Every entity id shown, group by group. */
export async function shownEntities(tree: EntityTree): Promise<string[]> {
  return (await groups(tree)).flatMap((g) => [...g.node.children]);
}

export async function entityItem(tree: EntityTree, id: string): Promise<vscode.TreeItem | undefined> {
  await tree.provider.getChildren();
  return tree.provider.model.entities.has(id) ? tree.provider.getTreeItem(id) : undefined;
}

export const documents = (tree: EntityTree, id: string): Promise<Array<Shown<DocumentNode>>> => children<DocumentNode>(tree, id);
export const mentions = (tree: EntityTree, doc: DocumentNode): Promise<Array<Shown<MentionNode>>> => children<MentionNode>(tree, doc);

/** Waits until the tree shows an entity with this mention count (its description). */
export async function waitForCount(tree: EntityTree, id: string, count: number, message: string): Promise<void> {
  let shown: string | undefined;
  await waitFor(
    async () => {
      const desc = (await entityItem(tree, id))?.description;
      shown = typeof desc === 'string' ? desc : undefined;
      return shown === String(count);
    },
    15_000,
    () => `${message}: expected ${count}, the tree shows ${shown}`,
  );
}
