// Entity highlights: every mention in the visible corpus documents, coloured by kind and type,
// kept current as the index changes (one document re-scanned after typing, or a full rebuild), as
// editors appear and as the highlight settings change; a command toggles them.
import * as vscode from 'vscode';
import { affectsHighlightSettings, readHighlightSettings } from '../../vscode/config';
import { SETTINGS } from '../../vscode/settings';
import { guarded } from '../../vscode/guarded';
import { toggleSetting } from '../../vscode/toggleSetting';
import { registerCommand } from '../../vscode/commands';
import { COMMANDS } from '../../vscode/commandIds';
import { CONTEXT, setContext } from '../../vscode/contextKeys';
import type { FeatureActivation, FeatureServices } from '../../services/featureServices';
import { MentionDecorations, type DecorationsApi } from './mentionDecorations';

export function activateEntityDecorations(services: FeatureServices): FeatureActivation<DecorationsApi> {
  const { corpus, log } = services;
  const painter = new MentionDecorations(corpus);
  setContext(CONTEXT.highlights, painter.enabled);
  const disposable = vscode.Disposable.from(
    painter,
    corpus.onDidChange(
      guarded(log, 'Highlighting mentions (index changed)', (id: string | undefined) =>
        id === undefined ? painter.repaintAll() : painter.repaintDocument(id),
      ),
    ),
    vscode.window.onDidChangeVisibleTextEditors(guarded(log, 'Highlighting mentions (editors shown)', () => painter.paintNewEditors())),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!affectsHighlightSettings(e)) return;
      guarded(log, 'Highlighting mentions (settings changed)', () => painter.reloadSettings())();
      setContext(CONTEXT.highlights, painter.enabled);
    }),
    registerCommand(log, COMMANDS.toggleHighlights, 'Toggle Entity Highlights', () =>
      toggleSetting(SETTINGS.highlightsEnabled, readHighlightSettings().enabled, 'entity highlights'),
    ),
  );
  // Before the first index is built there is nothing to show: its change event paints.
  if (corpus.lastReport) guarded(log, 'Highlighting mentions (activation)', () => painter.repaintAll())();
  return { disposable, api: painter };
}
