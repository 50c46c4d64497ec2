// Navigation between mentions and the catalog (issue 4, point 5): references, definition, next /
// previous mention, entities in the Outline and in workspace symbol search, and two commands.
import * as vscode from 'vscode';
import { registerCommand } from '../../vscode/commands';
import { COMMANDS } from '../../vscode/commandIds';
import type { FeatureActivation, FeatureServices } from '../../services/featureServices';
import { EntityDefinitionProvider } from './definitionProvider';
import type { MentionPick } from './mentionQuickPick';
import { registerDocumentSymbols } from './documentSymbols';
import { openEntityDefinition } from './openEntityDefinition';
import { EntityReferenceProvider } from './referenceProvider';
import { showMentions } from './showMentions';
import { MentionStepper } from './stepMention';
import { EntityWorkspaceSymbolProvider } from './workspaceSymbols';

/**
 * Every document: corpus documents are whatever the settings say (any language id, local, remote
 * or virtual); the providers answer nothing for the others (Corpus.fresh decides).
 */
const ANY_DOCUMENT: vscode.DocumentSelector = '*';

export interface NavigationApi {
  /** Fires with each Show All Mentions quick pick once it is shown (the in-editor tests read it). */
  onDidShowMentionPick: vscode.Event<MentionPick>;
}

export function activateNavigation({ corpus, log, readiness }: FeatureServices): FeatureActivation<NavigationApi> {
  const stepper = new MentionStepper(corpus);
  const picks = new vscode.EventEmitter<MentionPick>();
  const disposable = vscode.Disposable.from(
    stepper,
    picks,
    vscode.languages.registerReferenceProvider(ANY_DOCUMENT, new EntityReferenceProvider(corpus, readiness)),
    vscode.languages.registerDefinitionProvider(ANY_DOCUMENT, new EntityDefinitionProvider(corpus, readiness)),
    registerDocumentSymbols(corpus, readiness, ANY_DOCUMENT),
    vscode.languages.registerWorkspaceSymbolProvider(new EntityWorkspaceSymbolProvider(corpus, readiness)),
    registerCommand(
      log,
      COMMANDS.showMentions,
      'Show all mentions',
      (id?: unknown) => showMentions(corpus, log, id, (pick) => picks.fire(pick)),
      readiness.before(['index']),
    ),
    registerCommand(
      log,
      COMMANDS.openEntityDefinition,
      'Open entity in catalog',
      (id?: unknown) => openEntityDefinition(corpus, id),
      readiness.before(['index']),
    ),
    registerCommand(log, COMMANDS.nextMention, 'Go to next mention', () => stepper.step(1), readiness.before(['index'])),
    registerCommand(log, COMMANDS.previousMention, 'Go to previous mention', () => stepper.step(-1), readiness.before(['index'])),
  );
  return { disposable, api: { onDidShowMentionPick: picks.event } };
}
