// The extension's hover cards at a position, as the editor's hover command returns them.
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../../src/policyAnnotatorApi';

export interface Card {
  hover: vscode.Hover;
  markdown: vscode.MarkdownString;
}

/**
 * Every hover content at a position, as markdown, whatever it says: the extension's card (with or
 * without its links) and anything another provider adds. No filter, so a card that lost its links
 * still counts where a test expects no card, and a second hover shows up where it expects one.
 */
export async function cardsAt(document: vscode.TextDocument, position: vscode.Position): Promise<Card[]> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
  const cards: Card[] = [];
  for (const hover of hovers) {
    for (const c of hover.contents) {
      cards.push({
        hover,
        markdown: c instanceof vscode.MarkdownString ? c : new vscode.MarkdownString(typeof c === 'string' ? c : c.value),
      });
    }
  }
  return cards;
}

/** Raw offsets of the first mention of an entity in an indexed document. */
export function offsetOfMention(
  api: PolicyAnnotatorApi,
  document: vscode.TextDocument,
  entityIndex: number,
): { start: number; end: number } {
  const list = api.corpus.document(document.uri)?.mentions;
  if (!list) throw new Error(`${document.uri.toString()} is not indexed`);
  for (let i = 0; i < list.length; i++) if (list.entity(i) === entityIndex) return { start: list.start(i), end: list.end(i) };
  throw new Error(`no mention of entity ${entityIndex} in ${document.uri.toString()}`);
}
