// "Delete Annotation": deleted at once, then a notification offers Undo, which puts the
// annotation back exactly as it was in the sidecar (comments and unknown keys included).
import * as vscode from 'vscode';
import { plainMessage } from '../../core/text/plainMessage';
import { shortQuote } from '../../core/tagging/passage';
import type { RemovedAnnotation } from '../../services/annotations/annotations';
import { targetAnnotation } from './annotationTarget';
import { trusted, type Tagging } from './taggingContext';

export const UNDO = 'Undo';

export interface Deletion {
  removed: RemovedAnnotation;
  /** Settles once the notification is answered: true when the deletion was undone. */
  undone: Promise<boolean>;
}

export async function deleteAnnotation(t: Tagging, args: readonly unknown[]): Promise<Deletion | undefined> {
  if (!trusted('Deleting an annotation')) return undefined;
  const target = await targetAnnotation(t, args, 'Delete Annotation');
  if (!target) return undefined;
  const removed = await t.services.annotations.remove(target.documentUri, target.annotation.id);
  const quote = shortQuote(target.annotation.target.exact);
  const undone = t.prompts.notify(`Deleted the annotation of ${quote}.`, UNDO).then(async (choice) => {
    if (choice !== UNDO) return false;
    try {
      await t.services.annotations.restore(removed);
      return true;
    } catch (err) {
      void vscode.window.showErrorMessage(plainMessage(t.services.log.error(`Could not restore the annotation of ${quote}`, err)));
      return false;
    }
  });
  return { removed, undone };
}
