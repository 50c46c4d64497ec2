// The decoration types of a painter for the current highlight settings: none while highlights are
// off, else made for the ruler setting. Types are immutable, so a change of either setting disposes
// them (which clears every editor) and makes new ones; the painter then paints everything again.
import type * as vscode from 'vscode';

/** What a painter's settings say: whether to draw, and whether to mark the overview ruler too. */
export interface PaintSettings {
  readonly enabled: boolean;
  readonly overviewRuler: boolean;
}

export class PainterTypes<T extends vscode.Disposable> implements vscode.Disposable {
  private settings: PaintSettings;
  private types: T | undefined;

  constructor(
    private readonly read: () => PaintSettings,
    private readonly make: (ruler: boolean) => T,
  ) {
    this.settings = read();
    this.types = this.made();
  }

  get enabled(): boolean {
    return this.settings.enabled;
  }

  /** The types to draw with; undefined while highlights are off. */
  get current(): T | undefined {
    return this.types;
  }

  /** Re-reads the settings; true when they changed (the old types are gone, new ones made when enabled). */
  reload(): boolean {
    const next = this.read();
    if (next.enabled === this.settings.enabled && next.overviewRuler === this.settings.overviewRuler) return false;
    this.settings = next;
    this.types?.dispose();
    this.types = this.made();
    return true;
  }

  /** Removes these decorations from every editor. */
  dispose(): void {
    this.types?.dispose();
  }

  private made(): T | undefined {
    return this.settings.enabled ? this.make(this.settings.overviewRuler) : undefined;
  }
}
