// The note step of tagging and editing: one line, optional while the annotation has a code.
// Escape cancels the whole command (the prompt says so); nothing is written before this answer.
import type { ShownNote } from '../../core/tagging/noteEdit';
import { NOTHING_TO_SAVE } from '../../core/tagging/noteEdit';
import type { PromptStep } from '../catalogEditing/prompts';
import type { Tagging } from './taggingContext';

export type NoteAction = 'tagging' | 'edit';

export function notePromptText(codes: readonly string[], action: NoteAction, shown?: ShownNote): string {
  const need = codes.length === 0 ? 'needed: no code was chosen' : action === 'edit' ? 'optional; empty removes it' : 'optional';
  const lines = shown && shown.lines > 1 ? ` This note has ${shown.lines} lines, shown joined: leave it unchanged to keep them.` : '';
  return `Note (${need}) — Enter to save, Escape to cancel the ${action}.${lines}`;
}

/** The note typed (trimmed; '' for none), or undefined when the analyst pressed Escape. */
export function askNote(
  t: Tagging,
  codes: readonly string[],
  action: NoteAction,
  step: PromptStep,
  shown?: ShownNote,
): Promise<string | undefined> {
  const validate = (value: string): string | undefined =>
    codes.length === 0 && value.trim() === '' ? `${NOTHING_TO_SAVE}: write a note, or press Escape` : undefined;
  return t.prompts.input(shown?.value ?? '', notePromptText(codes, action, shown), step, validate);
}
