// "Show All Mentions of Entity": from a mention under the cursor, the peek references widget; from
// a tree item or a hover link (an entity id), a quick pick that previews each mention.
import * as vscode from 'vscode';
import type { Entity } from '../../core/catalogTypes';
import { plainMessage } from '../../core/plainMessage';
import { plural } from '../../core/plural';
import type { OutputLog } from '../../vscode/outputLog';
import type { CorpusService } from '../corpus/corpusService';
import { entityArgument, entityMentions, mentionAtCursor } from '../shared/mentionLookup';
import { pickMention } from './mentionQuickPick';

/**
 * Shows the mentions of the entity `id` (or of the entity under the cursor). Resolves with the
 * locations shown in the peek widget, or with the mention accepted in the quick pick.
 */
export async function showMentions(corpus: CorpusService, log: OutputLog, id: unknown): Promise<vscode.Location[] | vscode.Location | undefined> {
  if (typeof id !== 'string') return peekMentionsAtCursor(corpus);
  const target = entityArgument(corpus, id);
  if (!target) {
    void vscode.window.showWarningMessage(`Policy Annotator: no entity with id '${plainMessage(id)}' in the catalog.`);
    return undefined;
  }
  const mentions = await entityMentions(corpus, target.entity.id);
  if (!mentions) return reindexed();
  if (mentions.length === 0) return notMentioned(target.entity);
  const documents = new Set(mentions.map((m) => m.location.uri.toString())).size;
  return pickMention({
    title: `${target.entity.name}: ${plural(mentions.length, 'mention')} in ${plural(documents, 'document')}`,
    mentions,
    onPreviewError: (err) => log.error(`Could not preview a mention of ${target.entity.id}`, err),
  });
}

async function peekMentionsAtCursor(corpus: CorpusService): Promise<vscode.Location[] | undefined> {
  const editor = vscode.window.activeTextEditor;
  const hit = mentionAtCursor(corpus);
  if (!editor || !hit) {
    void vscode.window.showInformationMessage('Policy Annotator: place the cursor on a highlighted mention (or use the Actors and Institutions trees) to show all mentions of an entity.');
    return undefined;
  }
  const mentions = await entityMentions(corpus, hit.entity.id);
  if (!mentions) return reindexed();
  const locations = mentions.map((m) => m.location);
  if (locations.length === 0) return notMentioned(hit.entity);
  await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, hit.range.start, locations);
  return locations;
}

function notMentioned(entity: Entity): undefined {
  void vscode.window.showInformationMessage(`Policy Annotator: ${plainMessage(entity.name)} is not mentioned in any corpus document.`);
  return undefined;
}

function reindexed(): undefined {
  void vscode.window.showInformationMessage('Policy Annotator: the corpus was re-indexed while its mentions were collected; please try again.');
  return undefined;
}
