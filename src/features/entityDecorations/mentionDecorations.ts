// Paints the mentions of corpus documents in every visible editor, one decoration type per
// highlight style, and remembers what it applied (VS Code cannot read decorations back).
import * as vscode from 'vscode';
import type { Entity } from '../../core/catalog/catalogTypes';
import { MENTION_STYLES, styleTable, type MentionStyle } from '../../core/presentation/entityStyles';
import { readHighlightSettings } from '../../vscode/config';
import type { Corpus } from '../../services/corpus/corpus';
import { PaintedEditors, recordPaint } from '../shared/paintedEditors';
import { PainterTypes } from '../shared/painterTypes';
import { StyleDecorations } from './decorationTypes';
import { StyledRangeCache } from './styledRanges';

/** What was last applied to one editor. */
export interface AppliedDecorations {
  /** The document version the ranges belong to. */
  readonly version: number;
  readonly enabled: boolean;
  readonly ruler: boolean;
  /** Ranges per style (empty lists included); empty when highlights are off or not a corpus document. */
  readonly ranges: ReadonlyMap<MentionStyle, readonly vscode.Range[]>;
}

/** Figures of one paint, for measurements. */
export interface PaintStats {
  document: string;
  version: number;
  mentions: number;
  /** Building the ranges (0 when they came from the cache). */
  buildMs: number;
  /** The setDecorations calls. */
  applyMs: number;
  cached: boolean;
  /** performance.now() when the paint finished. */
  at: number;
}

export interface DecorationsApi {
  applied(editor: vscode.TextEditor): AppliedDecorations | undefined;
  /** The render options of a style's decoration type, undefined while highlights are off. */
  renderOptions(style: MentionStyle): vscode.DecorationRenderOptions | undefined;
  /** The latest paints (up to PAINTS_KEPT), oldest first. */
  readonly paints: readonly PaintStats[];
}

export class MentionDecorations implements vscode.Disposable, DecorationsApi {
  private readonly types = new PainterTypes(readHighlightSettings, (ruler) => new StyleDecorations(ruler));
  private styles: { entities: readonly Entity[]; table: Uint8Array } | undefined;
  private readonly cache = new StyledRangeCache();
  /** The ranges of documents no editor shows any more are forgotten with their editors. */
  private readonly editors = new PaintedEditors<AppliedDecorations>((visible) =>
    this.cache.retain(new Set(visible.map((e) => e.document.uri.toString()))),
  );
  readonly paints: PaintStats[] = [];

  constructor(private readonly corpus: Corpus) {}

  get enabled(): boolean {
    return this.types.enabled;
  }

  applied(editor: vscode.TextEditor): AppliedDecorations | undefined {
    return this.editors.get(editor);
  }

  renderOptions(style: MentionStyle): vscode.DecorationRenderOptions | undefined {
    return this.types.current?.options.get(style);
  }

  /** Re-reads the settings; new decoration types when they changed, then a full repaint. */
  reloadSettings(): void {
    if (!this.types.reload()) return;
    this.editors.clear();
    this.repaintAll();
  }

  /** Every visible editor (after a rebuild of the index or a settings change). */
  repaintAll(): void {
    for (const editor of this.editors.visible()) this.paint(editor);
  }

  /** The visible editors of one document (after it was re-scanned). */
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
    this.cache.clear();
  }

  private paint(editor: vscode.TextEditor): void {
    const document = editor.document;
    const types = this.types.current;
    const indexed = types && this.corpus.isCorpusDocument(document.uri) ? this.corpus.fresh(document) : undefined;
    const built = indexed ? this.cache.get(document, indexed, this.styleTable()) : undefined;
    const started = performance.now();
    const ranges = new Map<MentionStyle, readonly vscode.Range[]>();
    MENTION_STYLES.forEach((style, k) => {
      const list = built?.ranges.byStyle[k] ?? [];
      if (types) editor.setDecorations(types.types[k], list);
      ranges.set(style, list);
    });
    this.editors.set(editor, { version: document.version, enabled: this.types.enabled, ruler: types?.ruler ?? false, ranges });
    if (built)
      recordPaint(this.paints, {
        document: document.uri.toString(),
        version: document.version,
        mentions: built.ranges.mentions,
        buildMs: built.cached ? 0 : built.ranges.buildMs,
        applyMs: performance.now() - started,
        cached: built.cached,
        at: performance.now(),
      });
  }

  /** Style index per entity of the current index (a rebuild brings a new entity list). */
  private styleTable(): Uint8Array {
    const entities = this.corpus.index.entities;
    if (this.styles?.entities !== entities) this.styles = { entities, table: styleTable(entities) };
    return this.styles.table;
  }
}
