// How each element of an entity tree looks. Everything shown comes from someone else's files, so
// labels, descriptions and tooltips are plain text (never markdown).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { typeKey, typeLabel } from '../../core/presentation/entityTypes';
import { mentionLabel } from '../../core/presentation/mentionLabel';
import { counted } from '../../core/text/plural';
import { displayPath } from '../../vscode/workspaceFiles';
import { COMMANDS } from '../../vscode/commandIds';
import type { DocumentNode, EntityInfo, GroupNode, MentionNode, MoreNode, PagedLevel } from './treeModel';
import { moreItem as pagedMoreItem } from '../shared/moreItem';
import { unmentionedUri } from './unmentionedDecorations';

const TYPE_ICONS: Record<string, string> = {
  state: 'globe',
  person: 'person',
  organisation: 'organization',
  organization: 'organization',
  group: 'account',
  forum: 'comment-discussion',
  dialogue: 'comment',
  bloc: 'symbol-namespace',
  bank: 'credit-card',
  currency: 'symbol-numeric',
  agreement: 'law',
  initiative: 'rocket',
  body: 'briefcase',
};

function typeIcon(type: string): vscode.ThemeIcon {
  return new vscode.ThemeIcon(TYPE_ICONS[typeKey(type)] ?? 'symbol-misc');
}

export function groupItem(node: GroupNode): vscode.TreeItem {
  const { group } = node;
  const state = node.filtered ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(group.label, state);
  // A filter opens every group: a new id, so the tree does not reuse the remembered state.
  item.id = `group:${group.type}${node.filtered ? ':filtered' : ''}`;
  item.description = String(node.children.length);
  item.tooltip = `${group.label}: ${counted(node.children.length, 'entity', 'entities')}, ${counted(group.mentions, 'mention')}`;
  item.iconPath = typeIcon(group.type);
  item.contextValue = 'entityGroup';
  return item;
}

export function entityItem(info: EntityInfo): vscode.TreeItem {
  const { entity, mentions, documents } = info;
  const state = mentions > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
  const item = new vscode.TreeItem(entity.name, state);
  item.id = `entity:${entity.id}`;
  item.description = String(mentions);
  const kind = entity.kind === 'actor' ? 'Actor' : 'Institution';
  item.tooltip = [
    entity.name,
    `${kind} · ${typeLabel(entity.type)} · id ${entity.id}`,
    ...(entity.description ? [entity.description] : []),
    mentions > 0 ? `${counted(mentions, 'mention')} in ${counted(documents, 'document')}` : 'No mention in the corpus',
  ].join('\n');
  item.iconPath = typeIcon(entity.type);
  item.contextValue = 'entity';
  // Dimmed through a file decoration on a private URI (see unmentionedDecorations.ts).
  if (mentions === 0) item.resourceUri = unmentionedUri(entity.id);
  return item;
}

export function documentItem(node: DocumentNode): vscode.TreeItem {
  const item = new vscode.TreeItem(path.posix.basename(node.uri.path), vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `document:${node.parent}:${node.documentId}`;
  const shown = displayPath(node.uri);
  const folder = path.posix.dirname(shown);
  item.description = folder === '.' ? String(node.count) : `${node.count} · ${folder}`;
  item.tooltip = `${shown}: ${counted(node.count, 'mention')}`;
  item.resourceUri = node.uri;
  item.iconPath = vscode.ThemeIcon.File;
  item.contextValue = 'entityDocument';
  return item;
}

export function mentionItem(node: MentionNode): vscode.TreeItem {
  const { range, uri } = node.location;
  const { label, highlight } = mentionLabel(range.start.line, node.context);
  const item = new vscode.TreeItem({ label, highlights: [highlight] }, vscode.TreeItemCollapsibleState.None);
  item.id = `mention:${node.parent.parent}:${node.parent.documentId}:${node.ordinal}`;
  item.tooltip = `${displayPath(uri)}, line ${range.start.line + 1}, column ${range.start.character + 1}\n${label}`;
  item.contextValue = 'entityMention';
  item.command = {
    command: COMMANDS.openMention,
    title: 'Open Mention',
    arguments: [uri.toString(), range.start.line, range.start.character, range.end.line, range.end.character, node.parent.parent],
  };
  return item;
}

const NOUNS: Record<PagedLevel, [one: string, many: string]> = {
  entities: ['entity', 'entities'],
  documents: ['document', 'documents'],
  mentions: ['mention', 'mentions'],
};

/** "10,753 more documents…": clicked, it shows the next page of its level. */
export function moreItem(node: MoreNode): vscode.TreeItem {
  const { key, rest, next } = node;
  return pagedMoreItem({ id: `more:${key}`, rest, next, nouns: NOUNS[node.level], command: COMMANDS.showMoreInTree, arguments: [key] });
}
