// Tells the user (and the log) what a catalog edit did: where it went and how many mentions the
// entity has now, with a button to the new lines.
import * as vscode from 'vscode';
import { plainMessage } from '../../core/text/plainMessage';
import type { FeatureServices } from '../../services/featureServices';
import { revealInCatalog, type WriteOutcome } from './catalogWriter';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Mentions and documents of an entity in the current index (0 when it has none or is unknown). */
export function mentionFigures(services: FeatureServices, entityId: string): { mentions: number; documents: number } {
  const index = services.corpus.index;
  const i = index.entityIndex(entityId);
  return i < 0 ? { mentions: 0, documents: 0 } : { mentions: index.mentionCountOf(i), documents: index.documentCountOf(i) };
}

export function announceEntity(services: FeatureServices, outcome: WriteOutcome, what: string, mentionsBefore?: number): void {
  if (!outcome.result.ok) return;
  const { entityId, line } = outcome.result;
  const file = services.corpus.catalog.byId.get(entityId)?.location.file ?? 'the catalog';
  const where = outcome.saved ? file : `${file} (not saved: it had unsaved changes of yours)`;
  const show = (message: string, level: 'info' | 'warn'): void => {
    // Names, aliases and paths come from the catalog: no link in them may become clickable.
    const plain = plainMessage(message);
    services.log[level](plain);
    const shown =
      level === 'info'
        ? vscode.window.showInformationMessage(plain, 'Show in Catalog')
        : vscode.window.showWarningMessage(plain, 'Show in Catalog');
    void shown.then((choice) => {
      if (choice) void revealInCatalog(services.corpus, file, line, 1);
    });
  };
  if (!outcome.indexed) {
    show(
      `${what} in ${where}, but the index has not caught up with it yet: run "Policy Annotator: Rebuild Index" if its mentions do not show.`,
      'warn',
    );
    return;
  }
  const { mentions, documents } = mentionFigures(services, entityId);
  const was = mentionsBefore === undefined ? '' : ` (was ${mentionsBefore})`;
  show(`${what} in ${where}: ${plural(mentions, 'mention')}${was} in ${plural(documents, 'document')}.`, 'info');
}
