// Ranges of a document kept in step with its edits while the analyst answers prompts: tagging
// takes its time, and text typed above the selection meanwhile must not move the passage.
import * as vscode from 'vscode';
import { shiftRanges, type LiveRange } from '../../core/anchoring';

export class RangeTracker implements vscode.Disposable {
  private current: LiveRange[];
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly document: vscode.TextDocument,
    ranges: readonly LiveRange[],
  ) {
    this.current = ranges.map((r) => ({ start: r.start, end: r.end }));
    this.subscription = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === this.document) this.current = shiftRanges(this.current, e.contentChanges);
    });
  }

  /** The ranges as they stand now; a range whose whole text was replaced is left out. */
  get ranges(): LiveRange[] {
    return this.current.filter((r) => !r.swallowed && r.end > r.start);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
