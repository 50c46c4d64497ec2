// Mentions as the index holds them, turned into editor ranges: what the navigation tests expect.
import * as vscode from 'vscode';
import type { Entity } from '../../../src/core/catalog/catalogTypes';
import type { PolicyAnnotatorApi } from '../../../src/policyAnnotatorApi';

/** Ranges of the mentions of one entity (every entity when undefined) in an open document. */
export function mentionRanges(api: PolicyAnnotatorApi, document: vscode.TextDocument, entityId?: string): vscode.Range[] {
  const indexed = api.corpus.fresh(document);
  if (!indexed) throw new Error(`${document.uri.toString()} is not indexed`);
  const wanted = entityId === undefined ? -1 : api.corpus.index.entityIndex(entityId);
  const list = indexed.mentions;
  const out: vscode.Range[] = [];
  for (let i = 0; i < list.length; i++) {
    if (wanted >= 0 && list.entity(i) !== wanted) continue;
    out.push(new vscode.Range(document.positionAt(list.start(i)), document.positionAt(list.end(i))));
  }
  return out;
}

/** True when the text at a mention is one of the entity's spellings (whitespace runs as one space). */
export function isSpellingOf(text: string, entity: Entity): boolean {
  const tidy = (s: string): string =>
    s
      .normalize('NFC')
      .replace(/\s+/g, ' ')
      .replace(/[\u2010\u2011]/g, '-')
      .replace(/[\u2019]/g, "'");
  return entity.spellings.some((s) =>
    s.ignoreCase ? tidy(s.text).toLowerCase() === tidy(text).toLowerCase() : tidy(s.text) === tidy(text),
  );
}

export function entity(api: PolicyAnnotatorApi, id: string): Entity {
  const found = api.corpus.catalog.byId.get(id);
  if (!found) throw new Error(`no entity '${id}' in the test catalog`);
  return found;
}

/** The text of a location, from the open document or from disk. */
export async function textAt(location: vscode.Location): Promise<string> {
  const document = await vscode.workspace.openTextDocument(location.uri);
  return document.getText(location.range);
}
