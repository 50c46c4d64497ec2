// The extension's hover cards at a position, as the editor's hover command returns them.
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../../src/extension';

export interface Card {
  hover: vscode.Hover;
  markdown: vscode.MarkdownString;
}

/** Hovers whose markdown links to the extension's commands (other providers' hovers are left out). */
export async function cardsAt(document: vscode.TextDocument, position: vscode.Position): Promise<Card[]> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
  const cards: Card[] = [];
  for (const hover of hovers) {
    for (const c of hover.contents) {
      if (c instanceof vscode.MarkdownString && c.value.includes('command:policyAnnotator.')) cards.push({ hover, markdown: c });
    }
  }
  return cards;
}

/** Raw offsets of the first mention of an entity in an indexed document. */
export function offsetOfMention(api: PolicyAnnotatorApi, document: vscode.TextDocument, entityIndex: number): { start: number; end: number } {
  const list = api.corpus.document(document.uri)?.mentions;
  if (!list) throw new Error(`${document.uri.toString()} is not indexed`);
  for (let i = 0; i < list.length; i++) if (list.entity(i) === entityIndex) return { start: list.start(i), end: list.end(i) };
  throw new Error(`no mention of entity ${entityIndex} in ${document.uri.toString()}`);
}
