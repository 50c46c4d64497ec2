// "Show All Mentions of Entity": from a mention under the cursor, the peek references widget; from
// a tree item or a hover link (an entity id), a quick pick that previews each mention, a page at a
// time (an entity with 150,000 mentions lists the first 1,000 and says how many more there are).
import * as vscode from 'vscode';
import type { Entity } from '../../core/catalog/catalogTypes';
import { count } from '../../core/index/entityMentions';
import { plainMessage } from '../../core/text/plainMessage';
import type { OutputLog } from '../../vscode/outputLog';
import type { Corpus } from '../../services/corpus/corpus';
import { entityArgument, EntityMentionPages, entityLocations, mentionAtCursor } from '../../services/corpus/mentionLookup';
import { pickMention, type MentionPick } from './mentionQuickPick';

/** Mentions listed at first, and added by each "more" in the quick pick. */
export const MENTION_PAGE = 1_000;

/**
 * Shows the mentions of the entity `id` (or of the entity under the cursor). Resolves with the
 * locations shown in the peek widget, or with the mention accepted in the quick pick.
 */
export async function showMentions(
  corpus: Corpus,
  log: OutputLog,
  id: unknown,
  onShow?: (pick: MentionPick) => void,
): Promise<vscode.Location[] | vscode.Location | undefined> {
  if (typeof id !== 'string') return peekMentionsAtCursor(corpus);
  const target = entityArgument(corpus, id);
  const pages = target && EntityMentionPages.of(corpus, target.entity.id);
  if (!target || !pages) {
    void vscode.window.showWarningMessage(`Policy Annotator: no entity with id '${plainMessage(id)}' in the catalog.`);
    return undefined;
  }
  const { cursor } = pages;
  if (cursor.total === 0) return notMentioned(target.entity);
  return pickMention({
    title: `${target.entity.name}: ${count(cursor.total, 'mention')} in ${count(cursor.documentCount, 'document')}`,
    first: await pages.next(MENTION_PAGE),
    more: () => pages.next(MENTION_PAGE),
    rest: () => ({ mentions: cursor.remaining, documents: cursor.remainingDocuments, next: Math.min(cursor.remaining, MENTION_PAGE) }),
    onError: (err) => log.error(`Could not list or preview a mention of ${target.entity.id}`, err),
    onShow,
  });
}

async function peekMentionsAtCursor(corpus: Corpus): Promise<vscode.Location[] | undefined> {
  const editor = vscode.window.activeTextEditor;
  const hit = mentionAtCursor(corpus);
  if (!editor || !hit) {
    void vscode.window.showInformationMessage(
      'Policy Annotator: place the cursor on a highlighted mention (or use the Actors and Institutions trees) to show all mentions of an entity.',
    );
    return undefined;
  }
  const locations = entityLocations(corpus, hit.entity.id);
  if (locations.length === 0) return notMentioned(hit.entity);
  await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, hit.range.start, locations);
  return locations;
}

function notMentioned(entity: Entity): undefined {
  void vscode.window.showInformationMessage(`Policy Annotator: ${plainMessage(entity.name)} is not mentioned in any corpus document.`);
  return undefined;
}
