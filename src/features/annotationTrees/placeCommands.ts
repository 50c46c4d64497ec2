// The decisions the Needs Attention view offers: accept the proposed place of an annotation
// whose text changed (its stored quote becomes the text found there, so the analyst confirms,
// seeing both), or re-attach an annotation to the passage selected in its document.
import * as vscode from 'vscode';
import { attentionDescription, hasProposal, needsAttention, quoteLabel, statusWords } from '../../core/presentation/annotationLabels';
import { iconSafe } from '../../core/text/iconSafe';
import { plainMessage } from '../../core/text/plainMessage';
import { readWorkspaceText } from '../../vscode/workspaceFiles';
import { annotationRef, type AnnotationRef } from '../shared/annotationArgs';
import { confirm, workspaceTrusted, type CommandContext } from './commandContext';
import { entriesOf, entryOf, fileName, type AnnotationEntry } from './corpusAnnotations';

const QUOTE_SHOWN = 200;

function must(ctx: CommandContext, ref: AnnotationRef): AnnotationEntry {
  const entry = entryOf(ctx.services.annotations, ref.documentUri, ref.annotationId);
  if (!entry)
    throw new Error(`no annotation '${ref.annotationId}' in ${fileName(vscode.Uri.parse(ref.documentUri))} (it may have been deleted)`);
  return entry;
}

/** A pick of annotations; undefined when dismissed. */
async function pickAnnotation(
  ctx: CommandContext,
  entries: AnnotationEntry[],
  title: string,
  placeholder: string,
): Promise<AnnotationRef | undefined> {
  const items = entries.map((e) => ({
    label: iconSafe(quoteLabel(e.live.annotation.target.exact)),
    description: iconSafe(attentionDescription(e.live.status, e.live.result?.score, e.live.start)),
    detail: iconSafe(e.codes.map((id) => ctx.services.codebook.code(id)?.name ?? id).join(', ')),
    ref: { documentUri: e.documentId, annotationId: e.annotationId },
  }));
  return (await ctx.prompts.pick(items, placeholder, { title }))?.ref;
}

/** The annotation with a proposed place under the cursor of the active editor (a pick when several). */
async function proposalAtCursor(ctx: CommandContext): Promise<AnnotationRef | undefined> {
  const editor = vscode.window.activeTextEditor;
  const { annotations } = ctx.services;
  const uri = editor?.document.uri;
  const here = editor
    ? annotations.annotationsAt(uri!, editor.document.offsetAt(editor.selection.active)).filter((a) => hasProposal(a.status, a.start))
    : [];
  if (here.length === 0) {
    void vscode.window.showInformationMessage(
      'Accept Proposed Place: the cursor is not in a passage proposed for an annotation that needs review. Use the Needs Attention view, or place the cursor there.',
    );
    return undefined;
  }
  if (here.length === 1) return { documentUri: uri!.toString(), annotationId: here[0].annotation.id };
  const entries = entriesOf(annotations, uri!).filter((e) => here.some((h) => h.annotation.id === e.annotationId));
  return pickAnnotation(ctx, entries, 'Accept Proposed Place', 'Annotation whose proposed place to accept');
}

export async function acceptPlace(ctx: CommandContext, args: unknown[]): Promise<boolean> {
  if (!workspaceTrusted()) return false;
  const ref = annotationRef(args) ?? (await proposalAtCursor(ctx));
  if (!ref) return false;
  const entry = must(ctx, ref);
  const { live, documentUri } = entry;
  if (!hasProposal(live.status, live.start)) {
    throw new Error(
      `this annotation is ${statusWords(live.status)}${live.status === 'anchored' ? '' : ' and has no proposed place: re-attach it to a selection instead'}`,
    );
  }
  const proposed = (await readWorkspaceText(documentUri)).slice(live.start, live.end);
  const stored = live.annotation.target.exact;
  const question = `Accept the proposed place (${attentionDescription(live.status, live.result?.score, live.start)})? The stored quote becomes the text found there.`;
  const ok = await confirm(
    ctx.prompts,
    { title: 'Accept Proposed Place' },
    question,
    { label: 'Accept', description: 'the quote becomes', detail: iconSafe(`“${quoteLabel(proposed, QUOTE_SHOWN)}”`) },
    { label: 'Cancel', description: 'keep the stored quote', detail: iconSafe(`“${quoteLabel(stored, QUOTE_SHOWN)}”`) },
  );
  if (!ok) return false;
  const now = entryOf(ctx.services.annotations, ref.documentUri, ref.annotationId)?.live;
  if (now?.start !== live.start || now?.end !== live.end) {
    throw new Error(
      'the proposed place changed while you were deciding (the document or its annotations changed): nothing was accepted; look again and retry',
    );
  }
  await ctx.services.annotations.accept(documentUri, ref.annotationId, proposed);
  void vscode.window.showInformationMessage(
    plainMessage(`Accepted: the annotation in ${fileName(documentUri)} now quotes “${quoteLabel(proposed, QUOTE_SHOWN)}”.`),
  );
  return true;
}

/** The annotations needing attention in the active editor's document, as a pick. */
async function attentionInActive(ctx: CommandContext): Promise<AnnotationRef | undefined> {
  const editor = vscode.window.activeTextEditor;
  const entries = editor ? entriesOf(ctx.services.annotations, editor.document.uri).filter((e) => needsAttention(e.live.status)) : [];
  if (entries.length === 0) {
    void vscode.window.showInformationMessage(
      'Re-attach Annotation: no annotation of the active document needs attention. Use the Needs Attention view to re-attach another one.',
    );
    return undefined;
  }
  return pickAnnotation(ctx, entries, 'Re-attach Annotation to Selection', 'Annotation to move to the selected passage');
}

export async function reattach(ctx: CommandContext, args: unknown[]): Promise<boolean> {
  if (!workspaceTrusted()) return false;
  const ref = annotationRef(args) ?? (await attentionInActive(ctx));
  if (!ref) return false;
  const entry = must(ctx, ref);
  const editor = vscode.window.activeTextEditor;
  const name = fileName(entry.documentUri);
  if (editor?.document.uri.toString() !== ref.documentUri) {
    void vscode.window.showWarningMessage(
      plainMessage(
        `Re-attach Annotation: the annotation belongs to ${name}. Open ${name}, select the passage it should mark, and run the command again.`,
      ),
    );
    return false;
  }
  if (editor.selection.isEmpty) {
    void vscode.window.showWarningMessage(
      plainMessage(`Re-attach Annotation: select the passage of ${name} the annotation should mark first.`),
    );
    return false;
  }
  const { document, selection } = editor;
  await ctx.services.annotations.moveTo(
    entry.documentUri,
    ref.annotationId,
    document.offsetAt(selection.start),
    document.offsetAt(selection.end),
    document.getText(selection),
  );
  void vscode.window.showInformationMessage(
    plainMessage(
      `Re-attached the annotation to line ${selection.start.line + 1} of ${name}: “${quoteLabel(document.getText(selection), QUOTE_SHOWN)}”.`,
    ),
  );
  return true;
}
