// The last item of a tree level shown a page at a time: "10,753 more documents…", which shows the
// next page when clicked (core/presentation/pageLimits.ts keeps how many are shown).
import * as vscode from 'vscode';
import { counted } from '../../core/text/plural';

export interface MoreItemOptions {
  /** The item's id: one per paged list. */
  id: string;
  /** How many are not shown, and how many the next page adds. */
  rest: number;
  next: number;
  /** What the list holds: one and many ("document", "documents"). */
  nouns: readonly [one: string, many: string];
  /** The command that shows the next page, with its arguments. */
  command: string;
  arguments: unknown[];
}

export function moreItem(options: MoreItemOptions): vscode.TreeItem {
  const [one, many] = options.nouns;
  const next = options.next.toLocaleString('en');
  const item = new vscode.TreeItem(`${counted(options.rest, `more ${one}`, `more ${many}`)}…`, vscode.TreeItemCollapsibleState.None);
  item.id = options.id;
  item.description = `show ${next} more`;
  item.tooltip = `${counted(options.rest, one, many)} not shown yet. Click to show the next ${next}.`;
  item.iconPath = new vscode.ThemeIcon('ellipsis');
  item.contextValue = 'treeMore';
  item.command = { command: options.command, title: 'Show More', arguments: options.arguments };
  return item;
}
