// Paints the tagged passages of corpus documents in every visible editor, one decoration type per
// colour and look, and remembers what it applied (VS Code cannot read decorations back).
import * as vscode from 'vscode';
import { annotationColor } from '../../core/presentation/annotationColors';
import { paintPlan, type AnnotationLook, type PaintSource } from '../../core/presentation/annotationPaint';
import type { LiveAnnotation } from '../../core/tagging/liveAnnotations';
import { readAnnotationHighlightSettings } from '../../vscode/config';
import type { Annotations, Codes } from '../../services/annotations/annotations';
import { PaintedEditors, recordPaint } from '../shared/paintedEditors';
import { PainterTypes } from '../shared/painterTypes';
import { AnnotationDecorationTypes } from './annotationDecorationTypes';

export interface AppliedPlace {
  readonly id: string;
  readonly range: vscode.Range;
  /** `#rrggbb`, or undefined for the theme's default annotation colour. */
  readonly color: string | undefined;
  readonly look: AnnotationLook;
}

/** What was last applied to one editor. */
export interface AppliedAnnotationDecorations {
  /** The document version the ranges belong to. */
  readonly version: number;
  readonly enabled: boolean;
  readonly ruler: boolean;
  /** Every drawn place, in document order; empty when highlights are off or the document has no annotations. */
  readonly places: readonly AppliedPlace[];
  /** Ranges per decoration key (`paintKey`), only keys with ranges. */
  readonly ranges: ReadonlyMap<string, readonly vscode.Range[]>;
}

/** Figures of one paint of one editor, for measurements. */
export interface PassagePaintStats {
  document: string;
  version: number;
  /** Places drawn and decoration groups (colour and look) they fall in. */
  places: number;
  groups: number;
  /** setDecorations calls made (groups whose ranges changed, and groups emptied). */
  sent: number;
  /** Plan, positions and setDecorations, milliseconds. */
  ms: number;
}

export interface AnnotationDecorationsApi {
  applied(editor: vscode.TextEditor): AppliedAnnotationDecorations | undefined;
  /** The render options of a key's decoration type; undefined while it does not exist. */
  renderOptions(key: string): vscode.DecorationRenderOptions | undefined;
  /** Keys of the decoration types that exist now. */
  readonly typeKeys: readonly string[];
  /** The latest paints (up to PAINTS_KEPT), oldest first. */
  readonly paints: readonly PassagePaintStats[];
}

function source(live: LiveAnnotation): PaintSource {
  return { id: live.annotation.id, codes: live.annotation.codes, status: live.status, start: live.start, end: live.end };
}

function sameRanges(a: readonly vscode.Range[] | undefined, b: readonly vscode.Range[]): boolean {
  return a !== undefined && a.length === b.length && a.every((r, i) => r.isEqual(b[i]));
}

export class AnnotationPainter implements vscode.Disposable, AnnotationDecorationsApi {
  private readonly types = new PainterTypes(readAnnotationHighlightSettings, (ruler) => new AnnotationDecorationTypes(ruler));
  private readonly editors = new PaintedEditors<AppliedAnnotationDecorations>();
  readonly paints: PassagePaintStats[] = [];

  constructor(
    private readonly annotations: Annotations,
    private readonly codebook: Codes,
  ) {}

  get enabled(): boolean {
    return this.types.enabled;
  }

  get typeKeys(): readonly string[] {
    return this.types.current?.keys ?? [];
  }

  applied(editor: vscode.TextEditor): AppliedAnnotationDecorations | undefined {
    return this.editors.get(editor);
  }

  renderOptions(key: string): vscode.DecorationRenderOptions | undefined {
    return this.types.current?.options(key);
  }

  /** Re-reads the settings; a new set of types when they changed, then a full repaint. */
  reloadSettings(): void {
    if (!this.types.reload()) return;
    this.editors.clear();
    this.repaintAll();
  }

  /** Every visible editor (annotations reloaded, codebook colours changed, settings changed). */
  repaintAll(): void {
    for (const editor of this.editors.visible()) this.paint(editor);
    // Types of colours no editor shows any more (a code recoloured, passages deleted) go.
    this.types.current?.retain(new Set([...this.editors.values()].flatMap((a) => [...a.ranges.keys()])));
  }

  /** The visible editors of one document (its annotations changed or moved). */
  repaintDocument(id: string): void {
    for (const editor of this.editors.ofDocument(id)) this.paint(editor);
  }

  /** Editors that became visible (hidden ones lost their decorations). */
  paintNewEditors(): void {
    for (const editor of this.editors.unpainted()) this.paint(editor);
  }

  dispose(): void {
    this.types.dispose();
    this.editors.clear();
  }

  private paint(editor: vscode.TextEditor): void {
    const started = performance.now();
    const document = editor.document;
    const types = this.types.current;
    const live = types ? (this.annotations.state(document.uri)?.live.all ?? []) : [];
    const plan = paintPlan(live.map(source), (codes) => annotationColor(codes, (id) => this.codebook.code(id)));
    const at = (offset: number): vscode.Position => document.positionAt(offset);
    const ranges = new Map<string, vscode.Range[]>();
    const places = plan.places.map((p): AppliedPlace => {
      const range = new vscode.Range(at(p.start), at(p.end));
      const list = ranges.get(p.key);
      if (list) list.push(range);
      else ranges.set(p.key, [range]);
      return { id: p.id, range, color: p.color, look: p.look };
    });
    let sent = 0;
    if (types) {
      const before = this.editors.get(editor)?.ranges;
      // Typing moves the editor's decorations as it moves the live places: a group whose ranges
      // did not change (typing elsewhere moves no line or character of theirs) is not sent again.
      for (const group of plan.groups.values()) {
        const list = ranges.get(group.key)!;
        if (sameRanges(before?.get(group.key), list) && types.existing(group.key)) continue;
        editor.setDecorations(types.typeOf(group), list);
        sent++;
      }
      for (const key of before?.keys() ?? []) {
        const stale = ranges.has(key) ? undefined : types.existing(key);
        if (stale) {
          editor.setDecorations(stale, []);
          sent++;
        }
      }
    }
    this.editors.set(editor, { version: document.version, enabled: this.types.enabled, ruler: types?.ruler ?? false, places, ranges });
    if (places.length > 0 || sent > 0) {
      recordPaint(this.paints, {
        document: document.uri.toString(),
        version: document.version,
        places: places.length,
        groups: ranges.size,
        sent,
        ms: performance.now() - started,
      });
    }
  }
}
