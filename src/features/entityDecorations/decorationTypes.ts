// One decoration type per highlight style, coloured by the theme (contributes.colors), with or
// without overview-ruler marks. Types are immutable: a change of the ruler setting makes new ones.
import * as vscode from 'vscode';
import { MENTION_STYLES, mentionColorId, type MentionStyle } from '../../core/presentation/entityStyles';

export function renderOptions(style: MentionStyle, ruler: boolean): vscode.DecorationRenderOptions {
  return {
    backgroundColor: new vscode.ThemeColor(mentionColorId(style, 'Background')),
    // Transparent in light and dark themes; high-contrast themes draw it instead of a background.
    borderColor: new vscode.ThemeColor(mentionColorId(style, 'Border')),
    borderStyle: 'solid',
    borderWidth: '1px',
    borderRadius: '3px',
    ...(ruler
      ? {
          overviewRulerColor: new vscode.ThemeColor(mentionColorId(style, 'OverviewRuler')),
          overviewRulerLane: vscode.OverviewRulerLane.Center,
        }
      : {}),
    // Typing at either edge of a mention grows the highlight until the document is re-scanned.
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
}

export class StyleDecorations implements vscode.Disposable {
  readonly options: ReadonlyMap<MentionStyle, vscode.DecorationRenderOptions>;
  /** In MENTION_STYLES order. */
  readonly types: readonly vscode.TextEditorDecorationType[];

  constructor(readonly ruler: boolean) {
    this.options = new Map(MENTION_STYLES.map((s) => [s, renderOptions(s, ruler)]));
    this.types = MENTION_STYLES.map((s) => vscode.window.createTextEditorDecorationType(renderOptions(s, ruler)));
  }

  /** Removes these highlights from every editor. */
  dispose(): void {
    for (const t of this.types) t.dispose();
  }
}
