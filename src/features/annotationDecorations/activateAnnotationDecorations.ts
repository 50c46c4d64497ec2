// Tagged passages drawn in every visible corpus document: kept current as annotations change
// (added, edited, shifted while typing, re-anchored, reloaded), as the codebook's colours change,
// as editors appear and as the settings change; a command toggles them.
import * as vscode from 'vscode';
import { affectsAnnotationHighlightSettings, readAnnotationHighlightSettings } from '../../vscode/config';
import { SETTINGS } from '../../vscode/settings';
import { registerCommand } from '../../vscode/commands';
import { COMMANDS } from '../../vscode/commandIds';
import { guarded } from '../../vscode/guarded';
import { toggleSetting } from '../../vscode/toggleSetting';
import type { AnnotationFeatureServices, FeatureActivation } from '../../services/featureServices';
import { AnnotationPainter, type AnnotationDecorationsApi } from './annotationPainter';

export function activateAnnotationDecorations(services: AnnotationFeatureServices): FeatureActivation<AnnotationDecorationsApi> {
  const { annotations, codebook } = services;
  const painter = new AnnotationPainter(annotations, codebook);
  const disposable = vscode.Disposable.from(
    painter,
    annotations.onDidChange(
      guarded(services.log, 'Drawing tagged passages (annotations changed)', (id: string | undefined) =>
        id === undefined ? painter.repaintAll() : painter.repaintDocument(id),
      ),
    ),
    codebook.onDidChange(guarded(services.log, 'Drawing tagged passages (codebook changed)', () => painter.repaintAll())),
    vscode.window.onDidChangeVisibleTextEditors(
      guarded(services.log, 'Drawing tagged passages (editors shown)', () => painter.paintNewEditors()),
    ),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsAnnotationHighlightSettings(e))
        guarded(services.log, 'Drawing tagged passages (settings changed)', () => painter.reloadSettings())();
    }),
    registerCommand(services.log, COMMANDS.toggleAnnotationHighlights, 'Toggle Annotation Highlights', () =>
      toggleSetting(SETTINGS.annotationsHighlights, readAnnotationHighlightSettings().enabled, 'annotation highlights'),
    ),
  );
  guarded(services.log, 'Drawing tagged passages (activation)', () => painter.repaintAll())();
  return { disposable, api: painter };
}
