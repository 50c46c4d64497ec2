// "Edit Annotation…": the codes pick with the annotation's codes checked, then its note; both
// written in one change. An annotation keeps at least one code or a note.
import * as vscode from 'vscode';
import { noteAfter, noteForInput, notePatch, tagProblem } from '../../core/tagging/noteEdit';
import { SidecarReadOnlyError } from '../../core/sidecars/sidecarModel';
import { displayPath } from '../../vscode/workspaceFiles';
import { targetAnnotation } from './annotationTarget';
import { pickCodes } from './codePicker';
import { askNote } from './notePrompt';
import { trusted, type Tagging } from './taggingContext';

/** True when the annotation was changed, false when nothing was to change; undefined when cancelled or refused. */
export async function editAnnotation(t: Tagging, args: readonly unknown[]): Promise<boolean | undefined> {
  if (!trusted('Editing an annotation')) return undefined;
  const target = await targetAnnotation(t, args, 'Edit Annotation');
  if (!target) return undefined;
  const { documentUri, annotation } = target;
  const state = t.services.annotations.state(documentUri);
  if (state?.readOnly) throw new SidecarReadOnlyError(displayPath(state.sidecarUri), state.diagnostics);
  const codes = await pickCodes(t, annotation.codes, { title: 'Edit Annotation: codes', step: 1, totalSteps: 2 });
  if (codes === undefined) return undefined;
  const shown = noteForInput(annotation.note);
  const answer = await askNote(t, codes, 'edit', { title: 'Edit Annotation: note', step: 2, totalSteps: 2 }, shown);
  if (answer === undefined) return undefined;
  const note = notePatch(annotation.note, shown, answer);
  const problem = tagProblem(codes, noteAfter(annotation.note, note));
  if (problem) {
    void vscode.window.showWarningMessage(`${problem}: nothing was changed.`);
    return undefined;
  }
  if (note === undefined && codes.join('\n') === annotation.codes.join('\n')) return false;
  await t.services.annotations.update(documentUri, annotation.id, note === undefined ? { codes } : { codes, note }, annotation);
  await t.recent.remember(codes);
  return true;
}
