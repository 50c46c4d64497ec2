// The annotations the views show, read from the annotation service: every document with a
// sidecar, each annotation with its live place and status (ARCHITECTURE.md, Anchoring).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LiveAnnotation } from '../../core/tagging/liveAnnotations';
import type { CodedAnnotation } from '../../core/codebook/codeUsage';
import type { Annotations } from '../../services/annotations/annotations';

export interface AnnotationEntry extends CodedAnnotation {
  readonly documentUri: vscode.Uri;
  readonly live: LiveAnnotation;
  /** The sidecar cannot be written until it is fixed. */
  readonly readOnly: boolean;
}

export function entriesOf(service: Annotations, documentUri: vscode.Uri | string): AnnotationEntry[] {
  const state = service.state(documentUri);
  if (!state?.model) return [];
  return state.live.all.map((live) => ({
    documentUri: state.documentUri,
    documentId: state.id,
    annotationId: live.annotation.id,
    codes: live.annotation.codes,
    live,
    readOnly: state.readOnly,
  }));
}

/** Every annotation of the corpus, document by document (by path), in the sidecars' order. */
export function corpusEntries(service: Annotations): AnnotationEntry[] {
  const states = [...service.documents()].sort((a, b) => a.documentUri.path.localeCompare(b.documentUri.path));
  return states.flatMap((s) => entriesOf(service, s.documentUri));
}

/** The key of an annotation across the corpus. */
export function entryKey(documentUri: string, annotationId: string): string {
  return `${documentUri}#${annotationId}`;
}

export function entryOf(service: Annotations, documentUri: string, annotationId: string): AnnotationEntry | undefined {
  return entriesOf(service, documentUri).find((e) => e.annotationId === annotationId);
}

export function fileName(uri: vscode.Uri): string {
  return path.posix.basename(uri.path);
}
