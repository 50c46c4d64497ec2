// Which annotation Edit and Delete act on: the one named by their arguments (a hover link passes
// the document URI and the annotation id, a tree item an element holding both), else the one
// under the cursor, with a pick when several overlap there (innermost first).
import * as vscode from 'vscode';
import type { Annotation } from '../../core/sidecars/annotationValue';
import { annotationChoice } from '../../core/tagging/passage';
import { displayPath } from '../../vscode/workspaceFiles';
import { annotationRef } from '../shared/annotationArgs';
import type { Tagging } from './taggingContext';

export interface TargetAnnotation {
  documentUri: vscode.Uri;
  /** As the sidecar holds it now. */
  annotation: Annotation;
}

function stored(t: Tagging, documentUri: vscode.Uri, id: string): Annotation | undefined {
  return t.services.annotations.state(documentUri)?.model?.get(id);
}

export async function targetAnnotation(t: Tagging, args: readonly unknown[], title: string): Promise<TargetAnnotation | undefined> {
  const ref = annotationRef(args);
  if (ref) {
    const documentUri = vscode.Uri.parse(ref.documentUri, true);
    const annotation = stored(t, documentUri, ref.annotationId);
    if (!annotation) throw new Error(`no annotation '${ref.annotationId}' in ${displayPath(documentUri)} (it may have been deleted)`);
    return { documentUri, annotation };
  }
  const editor = vscode.window.activeTextEditor;
  const documentUri = editor?.document.uri;
  const here =
    editor && documentUri ? t.services.annotations.annotationsAt(documentUri, editor.document.offsetAt(editor.selection.active)) : [];
  const found = here.map((live) => stored(t, documentUri!, live.annotation.id)).filter((a): a is Annotation => a !== undefined);
  if (found.length === 0) {
    void vscode.window.showInformationMessage('Place the cursor in a tagged passage first: there is no annotation here.');
    return undefined;
  }
  if (found.length === 1) return { documentUri: documentUri!, annotation: found[0] };
  const codeName = (id: string): string | undefined => t.services.codebook.code(id)?.name;
  const items = found.map((annotation) => ({
    ...annotationChoice({ codes: annotation.codes, note: annotation.note, quote: annotation.target.exact }, codeName),
    annotation,
  }));
  const chosen = await t.prompts.pick(items, `${found.length} annotations overlap here (innermost first): which one?`, {
    title: `${title}: which annotation?`,
  });
  return chosen && { documentUri: documentUri!, annotation: chosen.annotation };
}
