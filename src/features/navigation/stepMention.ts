// Next / previous mention (Ctrl+Alt+] / Ctrl+Alt+[): from a mention, the next or previous mention
// of the same entity in this document; from elsewhere, the nearest mention of any entity. Wraps
// around at the ends and says where it landed in the status bar.
import * as vscode from 'vscode';
import { iconSafe } from '../../core/text/iconSafe';
import { stepFromOffset, stepMessage, stepSameEntity, type Direction } from '../../core/index/mentionStepping';
import type { Corpus } from '../../services/corpus/corpus';
import { mentionAt, mentionRange } from '../../services/corpus/mentionLookup';

const STATUS_MS = 4000;

/** Moves the active editor's selection to the next (1) or previous (-1) mention. */
export class MentionStepper implements vscode.Disposable {
  /** The last status-bar message, replaced by the next one rather than stacked under it. */
  private message: vscode.Disposable | undefined;

  constructor(private readonly corpus: Corpus) {}

  /** Returns the range of the mention it moved to. */
  step(direction: Direction): vscode.Range | undefined {
    const editor = vscode.window.activeTextEditor;
    const document = editor?.document;
    const indexed = document && this.corpus.fresh(document);
    if (!editor || !document || !indexed) {
      void vscode.window.showInformationMessage('Policy Annotator: open a corpus document to move between mentions.');
      return undefined;
    }
    const hit = mentionAt(this.corpus, document, editor.selection.active, true);
    const step = hit
      ? stepSameEntity(indexed.mentions, hit.mentionIndex, direction)
      : stepFromOffset(indexed.mentions, document.offsetAt(editor.selection.active), direction);
    if (!step) {
      this.say('Policy Annotator: no catalogued entity is mentioned in this document');
      return undefined;
    }
    const range = mentionRange(document, indexed, step.index);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    const entity = this.corpus.index.entities[indexed.mentions.entity(step.index)];
    this.say(stepMessage(entity.name, step, direction));
    return range;
  }

  dispose(): void {
    this.message?.dispose();
  }

  private say(text: string): void {
    this.message?.dispose();
    this.message = vscode.window.setStatusBarMessage(`$(references) ${iconSafe(text)}`, STATUS_MS);
  }
}
