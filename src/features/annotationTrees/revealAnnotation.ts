// Reveal Annotation (the click on an annotation in every view): opens its document and selects
// its live place; for an orphan, opens the document near where the quote was last seen and says
// what the quote was.
import * as vscode from 'vscode';
import { AnchorText } from '../../core/anchoring';
import { attentionDescription, quoteLabel } from '../../core/presentation/annotationLabels';
import { plainMessage } from '../../core/text/plainMessage';
import type { Annotations } from '../../services/annotations/annotations';
import { openAt } from '../../vscode/openAt';
import { annotationRef } from '../shared/annotationArgs';
import { fileName } from './corpusAnnotations';
import { offsetRange } from '../../vscode/offsetRange';

export async function revealAnnotation(annotations: Annotations, args: unknown[]): Promise<vscode.TextEditor | undefined> {
  const ref = annotationRef(args);
  if (!ref) throw new Error('no annotation given (a document URI and an annotation id)');
  const uri = vscode.Uri.parse(ref.documentUri);
  if (!annotations.state(uri)?.live.get(ref.annotationId))
    throw new Error(`no annotation '${ref.annotationId}' in ${fileName(uri)} (it may have been deleted)`);
  const document = await vscode.workspace.openTextDocument(uri);
  const live = annotations.state(uri)?.live.get(ref.annotationId);
  if (!live) throw new Error(`the annotation '${ref.annotationId}' of ${fileName(uri)} was deleted meanwhile`);
  if (live.start !== undefined && live.end !== undefined) {
    const editor = await openAt(document, offsetRange(document, live.start, live.end));
    if (live.status !== 'anchored') {
      void vscode.window.showInformationMessage(
        `This annotation is ${attentionDescription(live.status, live.result?.score, live.start)}: the selection is its proposed place. Accept it, re-attach the annotation to another selection, or delete it.`,
      );
    }
    return editor;
  }
  const line = lastSeenLine(document, live.annotation.target.start);
  const at = new vscode.Position(line, 0);
  const editor = await openAt(document, new vscode.Range(at, at));
  void vscode.window.showWarningMessage(
    plainMessage(
      `Orphaned annotation: its quote “${quoteLabel(live.annotation.target.exact, 120)}” is no longer in ${fileName(uri)}; it was near line ${line + 1}. Select the passage it belongs to and run Re-attach Annotation to Selection, or delete it.`,
    ),
  );
  return editor;
}

/** The line where the stored start (code points over the normalised text) falls in the text now. */
function lastSeenLine(document: vscode.TextDocument, start: number | undefined): number {
  if (start === undefined) return 0;
  const text = AnchorText.of(document.getText());
  return document.positionAt(text.rawOf(Math.min(start, text.codePointLength))).line;
}
