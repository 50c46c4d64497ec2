// Tagging passages (issue 5, point 1): Tag Selection, Edit and Delete Annotation (with Undo),
// New Code and Open Codebook, and the context key that shows Edit / Delete where a passage is tagged.
import * as vscode from 'vscode';
import { registerCommand } from '../../vscode/commands';
import { COMMANDS } from '../../vscode/commandIds';
import type { AnnotationFeatureServices, FeatureActivation } from '../../services/featureServices';
import { createCode, openCodebook } from './codeCommands';
import { CursorContext } from './cursorContext';
import { deleteAnnotation } from './deleteAnnotation';
import { editAnnotation } from './editAnnotation';
import { tagSelection } from './tagSelection';
import { RecentCodes, type Tagging } from './taggingContext';
import { TaggingPrompts } from './taggingPrompts';

/** What tests reach: the prompts (to answer), the recent codes, the context key's value. */
export interface TaggingApi {
  prompts: TaggingPrompts;
  recent: RecentCodes;
  cursor: CursorContext;
}

export function activateTagging(services: AnnotationFeatureServices): FeatureActivation<TaggingApi> {
  const prompts = new TaggingPrompts();
  const t: Tagging = { services, prompts, swatches: services.swatches, recent: new RecentCodes(services.workspaceState) };
  const cursor = new CursorContext(services.annotations);
  const { log, readiness } = services;
  const disposable = vscode.Disposable.from(
    prompts,
    cursor,
    registerCommand(log, COMMANDS.tagSelection, 'Tag Selection', () => tagSelection(t), readiness.before(['codebook', 'annotations'])),
    registerCommand(
      log,
      COMMANDS.editAnnotation,
      'Edit Annotation',
      (...args: unknown[]) => editAnnotation(t, args),
      readiness.before(['codebook', 'annotations']),
    ),
    registerCommand(
      log,
      COMMANDS.deleteAnnotation,
      'Delete Annotation',
      (...args: unknown[]) => deleteAnnotation(t, args),
      readiness.before(['annotations']),
    ),
    registerCommand(log, COMMANDS.createCode, 'New Code', (...args: unknown[]) => createCode(t, args), readiness.before(['codebook'])),
    registerCommand(log, COMMANDS.openCodebook, 'Open Codebook', () => openCodebook(t), readiness.before(['codebook'])),
  );
  return { disposable, api: { prompts, recent: t.recent, cursor } };
}
