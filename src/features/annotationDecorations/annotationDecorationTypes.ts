// One decoration type per colour and look of tagged passages (see core/annotationPaint), created
// the first time a passage needs it and disposed when no visible editor uses it any more. Types
// are immutable: a change of the ruler setting makes a new set.
//
// Distinct from entity highlights (a translucent fill, a border only in high-contrast themes, ruler
// lane Center): a passage is underlined in its code's colour over a very light tint, with a bar in
// the gutter and a mark in the ruler's Left lane.
import * as vscode from 'vscode';
import { ANNOTATION_COLOR_IDS, gutterSvg, RULER_ALPHA, svgDataUri, TINT_ALPHA, withAlpha } from '../../core/presentation/annotationColors';
import type { AnnotationLook, PaintGroup } from '../../core/presentation/annotationPaint';

const BORDERS: Readonly<Record<AnnotationLook, { style: string; width: string }>> = {
  plain: { style: 'solid', width: '0 0 2px 0' },
  nested: { style: 'double', width: '0 0 4px 0' },
  proposed: { style: 'dashed', width: '0 0 2px 0' },
};

export function annotationRenderOptions(color: string | undefined, look: AnnotationLook, ruler: boolean): vscode.DecorationRenderOptions {
  const line = color ?? new vscode.ThemeColor(ANNOTATION_COLOR_IDS.line);
  const proposed = look === 'proposed';
  return {
    borderColor: line,
    borderStyle: BORDERS[look].style,
    borderWidth: BORDERS[look].width,
    // A proposal is not the analyst's yet: no tint, a "?" after it.
    ...(proposed
      ? {
          after: {
            contentText: '?',
            color: new vscode.ThemeColor(ANNOTATION_COLOR_IDS.proposalHint),
            fontWeight: 'bold',
            margin: '0 0 0 1px',
          },
        }
      : { backgroundColor: color ? withAlpha(color, TINT_ALPHA) : new vscode.ThemeColor(ANNOTATION_COLOR_IDS.background) }),
    gutterIconPath: vscode.Uri.parse(svgDataUri(gutterSvg(color, proposed ? 'proposal' : 'bar'))),
    // The bar fills each line's gutter cell so the bars of a passage join; the "?" keeps its shape.
    gutterIconSize: proposed ? 'contain' : '100% 100%',
    ...(ruler
      ? {
          overviewRulerColor: color ? withAlpha(color, RULER_ALPHA) : new vscode.ThemeColor(ANNOTATION_COLOR_IDS.line),
          overviewRulerLane: vscode.OverviewRulerLane.Left,
        }
      : {}),
    // As the live places shift (core/anchoring/rangeShift): text typed at either edge stays out.
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
}

interface TypeEntry {
  type: vscode.TextEditorDecorationType;
  options: vscode.DecorationRenderOptions;
}

export class AnnotationDecorationTypes implements vscode.Disposable {
  private readonly entries = new Map<string, TypeEntry>();

  constructor(readonly ruler: boolean) {}

  /** The type of a group, created on first use. */
  typeOf(group: Pick<PaintGroup, 'key' | 'color' | 'look'>): vscode.TextEditorDecorationType {
    let entry = this.entries.get(group.key);
    if (!entry) {
      const options = annotationRenderOptions(group.color, group.look, this.ruler);
      entry = { type: vscode.window.createTextEditorDecorationType(options), options };
      this.entries.set(group.key, entry);
    }
    return entry.type;
  }

  /** The existing type of a key (undefined once disposed or never made). */
  existing(key: string): vscode.TextEditorDecorationType | undefined {
    return this.entries.get(key)?.type;
  }

  options(key: string): vscode.DecorationRenderOptions | undefined {
    return this.entries.get(key)?.options;
  }

  get keys(): string[] {
    return [...this.entries.keys()];
  }

  /** Disposes the types of every key not in `used` (no editor shows them). */
  retain(used: ReadonlySet<string>): void {
    for (const [key, entry] of [...this.entries]) {
      if (used.has(key)) continue;
      entry.type.dispose();
      this.entries.delete(key);
    }
  }

  /** Removes every passage decoration from every editor. */
  dispose(): void {
    this.retain(new Set());
  }
}
