// The elements of one entity tree. An entity's element is its id (a string), so commands the
// manifest puts on entity items (documented as taking an entity id) receive exactly that.
import type * as vscode from 'vscode';
import type { Entity, EntityKind } from '../../core/catalog/catalogTypes';
import { groupEntities, type EntityGroup, type GroupingOptions } from '../../core/presentation/entityGrouping';
import type { MentionContext } from '../../core/text/lineIndex';
import type { Corpus } from '../../services/corpus/corpus';

export interface GroupNode {
  readonly kind: 'group';
  readonly group: EntityGroup;
  /** Ids of the group's entities, in display order. */
  readonly children: readonly string[];
  readonly filtered: boolean;
}

export interface DocumentNode {
  readonly kind: 'document';
  /** The entity's id. */
  readonly parent: string;
  readonly documentId: string;
  readonly uri: vscode.Uri;
  /** Mentions of the entity in this document. */
  readonly count: number;
}

export interface MentionNode {
  readonly kind: 'mention';
  readonly parent: DocumentNode;
  /** 0-based position of the mention among the entity's mentions in the document. */
  readonly ordinal: number;
  readonly location: vscode.Location;
  readonly context: MentionContext;
}

/** The last child of a level that is shown a page at a time: clicked, it shows the next page. */
export interface MoreNode {
  readonly kind: 'more';
  readonly parent: PagedParent;
  /** The paged list: unique in both trees (the argument of the command that shows more). */
  readonly key: string;
  /** What the children are. */
  readonly level: PagedLevel;
  /** Children not shown, and how many the next page adds. */
  readonly rest: number;
  readonly next: number;
}

/** The levels shown a page at a time: entities of a group, documents of an entity, mentions in a document. */
export type PagedLevel = 'entities' | 'documents' | 'mentions';
export type PagedParent = GroupNode | string | DocumentNode;

export type TreeNode = string | GroupNode | DocumentNode | MentionNode | MoreNode;

/** What a tree shows of one entity, as of the model's index. */
export interface EntityInfo {
  readonly entity: Entity;
  readonly mentions: number;
  readonly documents: number;
  readonly parent: GroupNode;
}

export interface TreeModel {
  readonly groups: readonly GroupNode[];
  readonly entities: ReadonlyMap<string, EntityInfo>;
}

export function buildTreeModel(corpus: Corpus, kind: EntityKind, options: GroupingOptions): TreeModel {
  const index = corpus.index;
  const counts = new Map<number, number>();
  const count = (i: number): number => {
    let n = counts.get(i);
    if (n === undefined) counts.set(i, (n = index.mentionCountOf(i)));
    return n;
  };
  const entities = new Map<string, EntityInfo>();
  const groups = groupEntities(index.entities, kind, count, options).map((group): GroupNode => {
    const node: GroupNode = {
      kind: 'group',
      group,
      children: group.entities.map((i) => index.entities[i].id),
      filtered: options.filter.trim() !== '',
    };
    for (const i of group.entities) {
      entities.set(index.entities[i].id, {
        entity: index.entities[i],
        mentions: count(i),
        documents: index.documentCountOf(i),
        parent: node,
      });
    }
    return node;
  });
  return { groups, entities };
}
