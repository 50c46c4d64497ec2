// The annotation services as features see them: the sidecars' annotations and the edits the
// tagging and view commands make, and the codebook. Loading, watching and writing the files stay
// with the services (AnnotationService, CodebookService); features receive these views.
import type * as vscode from 'vscode';
import type { Code, Codebook } from '../../core/codebook/codebook';
import type { CodebookRewrite } from '../../core/codebook/codebookEdit';
import type { NewTag } from '../../core/sidecars/annotationChanges';
import type { Annotation, AnnotationPatch } from '../../core/sidecars/annotationValue';
import type { LiveAnnotation } from '../../core/tagging/liveAnnotations';
import type { DocumentState } from './documentState';

/** What `remove` hands back so the deletion can be undone. */
export interface RemovedAnnotation {
  documentUri: vscode.Uri;
  id: string;
  itemText: string;
  indent: number;
}

export interface Annotations {
  /** Fires with a document's id after its annotations changed (undefined: many changed). */
  readonly onDidChange: vscode.Event<string | undefined>;
  documents(): DocumentState[];
  state(documentUri: vscode.Uri | string): DocumentState | undefined;
  annotationsAt(documentUri: vscode.Uri, offset: number): LiveAnnotation[];
  add(document: vscode.TextDocument, rawStart: number, rawEnd: number, tag: NewTag): Promise<string>;
  update(documentUri: vscode.Uri, id: string, patch: AnnotationPatch, seen?: Pick<Annotation, 'codes' | 'note'>): Promise<void>;
  remove(documentUri: vscode.Uri, id: string): Promise<RemovedAnnotation>;
  restore(removed: RemovedAnnotation): Promise<void>;
  accept(documentUri: vscode.Uri, id: string, expectedText?: string): Promise<void>;
  moveTo(documentUri: vscode.Uri, id: string, rawStart: number, rawEnd: number, expectedText?: string): Promise<void>;
  replaceCode(from: string, to: string): Promise<number>;
}

export interface Codes {
  readonly onDidChange: vscode.Event<unknown>;
  readonly codebook: Codebook;
  /** The codebook files of the workspace (one is written to). */
  readonly files: readonly vscode.Uri[];
  readonly loaded: Promise<void>;
  code(id: string): Code | undefined;
  rewrite(edit: (text: string, file: string) => CodebookRewrite, codeId?: string): Promise<void>;
}
