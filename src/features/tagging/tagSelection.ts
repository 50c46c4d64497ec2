// "Tag Selection…": every non-empty selection of the active corpus document becomes an
// annotation with the codes picked and the optional note, linked to the catalog entities
// mentioned inside it. Nothing is written until the note is answered.
import * as vscode from 'vscode';
import { iconSafe } from '../../core/text/iconSafe';
import { SidecarReadOnlyError } from '../../core/sidecars/sidecarModel';
import { entitiesInPassage, trimmedRange, type Range } from '../../core/tagging/passage';
import { annotationAuthor } from '../../vscode/config';
import { displayPath } from '../../vscode/workspaceFiles';
import { pickCodes } from './codePicker';
import { askNote } from './notePrompt';
import { RangeTracker } from './rangeTracker';
import { trusted, type Tagging } from './taggingContext';

export const EMPTY_SELECTION = 'Select the passage to tag first: the selection is empty.';

function linkedEntities(t: Tagging, document: vscode.TextDocument, range: Range): string[] | undefined {
  const { corpus } = t.services;
  const indexed = corpus.fresh(document);
  const ids = indexed ? entitiesInPassage(indexed.mentions, (e) => corpus.index.entities[e]?.id, range) : [];
  return ids.length > 0 ? ids : undefined;
}

/** Tags the selections of the active editor; the ids of the new annotations, or undefined when cancelled or refused. */
export async function tagSelection(t: Tagging): Promise<string[] | undefined> {
  if (!trusted('Tagging')) return undefined;
  const editor = vscode.window.activeTextEditor;
  if (!editor || !t.services.corpus.isCorpusDocument(editor.document.uri)) {
    void vscode.window.showWarningMessage('Open a corpus document and select the passage to tag.');
    return undefined;
  }
  const { document } = editor;
  const text = document.getText();
  const ranges = editor.selections
    .map((s) => trimmedRange(text, document.offsetAt(s.start), document.offsetAt(s.end)))
    .filter((r) => r.end > r.start);
  if (ranges.length === 0) {
    void vscode.window.showWarningMessage(EMPTY_SELECTION);
    return undefined;
  }
  const state = t.services.annotations.state(document.uri);
  if (state?.readOnly) throw new SidecarReadOnlyError(displayPath(state.sidecarUri), state.diagnostics);
  const tracker = new RangeTracker(document, ranges);
  try {
    const codes = await pickCodes(t, [], { title: 'Tag Selection: codes', step: 1, totalSteps: 2 });
    if (codes === undefined) return undefined;
    const note = await askNote(t, codes, 'tagging', { title: 'Tag Selection: note', step: 2, totalSteps: 2 });
    if (note === undefined) return undefined;
    if (document.isClosed) throw new Error(`${displayPath(document.uri)} was closed before the tagging was saved`);
    const author = annotationAuthor();
    const ids: string[] = [];
    for (const range of tracker.ranges) {
      const expectedText = document.getText().slice(range.start, range.end);
      ids.push(
        await t.services.annotations.add(document, range.start, range.end, {
          codes,
          note,
          entities: linkedEntities(t, document, range),
          author,
          expectedText,
        }),
      );
    }
    await t.recent.remember(codes);
    const names = codes.map((id) => t.services.codebook.code(id)?.name ?? id).join(', ');
    vscode.window.setStatusBarMessage(
      iconSafe(`Tagged ${ids.length === 1 ? 'the passage' : `${ids.length} passages`}${names === '' ? ' with a note' : ` with ${names}`}`),
      5000,
    );
    return ids;
  } finally {
    tracker.dispose();
  }
}
