// How each element of the Documents view looks: a document (its file name; date, mentions and
// folder; a tooltip with its path and every attribute) and the attribute lines under it. Values
// come from the analyst's files, so labels, descriptions and tooltips are plain text.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { documentDescription, documentTooltip, type AttributeLine, type DocumentRow } from '../../core/presentation/documentList';
import { shortened } from '../../core/text/shortText';

/** A corpus document as the view lists it. */
export interface ListedDocument extends DocumentRow {
  /** The index's id. */
  id: string;
  uri: vscode.Uri;
  /** Its front matter's fields when its attributes were read (compared by identity). */
  front: Readonly<Record<string, unknown>>;
}

export interface DocumentNode {
  kind: 'document';
  doc: ListedDocument;
  lines: readonly AttributeLine[];
}

export interface AttributeNode {
  kind: 'attribute';
  parent: DocumentNode;
  line: AttributeLine;
}

/** Longer attribute values are cut in the label; the tooltip has them whole. */
const VALUE_SHOWN = 120;

export function documentItem(node: DocumentNode, mentions: number): vscode.TreeItem {
  const { doc } = node;
  const state = node.lines.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
  const item = new vscode.TreeItem(path.posix.basename(doc.uri.path), state);
  item.id = `document:${doc.id}`;
  item.description = documentDescription(doc, mentions);
  item.tooltip = documentTooltip(doc, mentions);
  item.resourceUri = doc.uri;
  item.iconPath = vscode.ThemeIcon.File;
  item.contextValue = 'document';
  item.command = { command: 'vscode.open', title: 'Open Document', arguments: [doc.uri] };
  return item;
}

export function attributeItem(node: AttributeNode): vscode.TreeItem {
  const { name, value, source } = node.line;
  const label = `${name}: ${shortened(value, VALUE_SHOWN)}`;
  const item = new vscode.TreeItem({ label, highlights: [[0, name.length]] }, vscode.TreeItemCollapsibleState.None);
  item.id = `attribute:${node.parent.doc.id}:${name}`;
  item.description = source;
  item.tooltip = `${name}: ${value}${source ? ` (${source})` : ''}`;
  item.iconPath = new vscode.ThemeIcon(name === 'date' ? 'calendar' : 'symbol-property');
  item.contextValue = 'documentAttribute';
  return item;
}
