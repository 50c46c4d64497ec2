// Hovers on tagged passages in corpus documents: every annotation under the pointer (innermost
// first) with its codes, note, author, dates and status, and links to edit, delete or accept it
// (the only commands its markdown trusts). Shown alongside the entity card of a mention there.
import * as vscode from 'vscode';
import { annotationHoverMarkdown } from '../../core/presentation/annotationHoverCard';
import type { Annotations, Codes } from '../../services/annotations/annotations';
import { ANNOTATION_HOVER_COMMANDS } from '../../vscode/commandIds';
import { trustedMarkdown } from '../../vscode/trustedMarkdown';
import type { Readiness } from '../../services/readiness';
import type { AnnotationFeatureServices, FeatureActivation } from '../../services/featureServices';
import { annotationCard } from './annotationCard';
import { offsetRange } from '../../vscode/offsetRange';

export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly annotations: Annotations,
    private readonly codebook: Codes,
    private readonly readiness: Readiness,
  ) {}

  provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): vscode.Hover | undefined | Promise<vscode.Hover | undefined> {
    return this.readiness.answer(['annotations', 'codebook'], token, () => this.hover(document, position, token));
  }

  private hover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const state = this.annotations.state(document.uri);
    if (!state?.model || token.isCancellationRequested) return undefined;
    const offset = document.offsetAt(position);
    // A pointer is over a character, so a position just after a passage is outside it.
    const under = this.annotations.annotationsAt(document.uri, offset).filter((a) => offset < a.end!);
    if (under.length === 0) return undefined;
    const id = document.uri.toString();
    const markdown = annotationHoverMarkdown(under.map((live) => annotationCard(this.codebook, id, live, state.readOnly)));
    if (token.isCancellationRequested) return undefined;
    const inner = under[0];
    return new vscode.Hover(trustedMarkdown(markdown, ANNOTATION_HOVER_COMMANDS), offsetRange(document, inner.start!, inner.end!));
  }
}

export function activateAnnotationHover(services: AnnotationFeatureServices): FeatureActivation {
  // Every document: the provider answers only where the annotation service knows the document.
  return {
    disposable: vscode.languages.registerHoverProvider(
      { pattern: '**' },
      new AnnotationHoverProvider(services.annotations, services.codebook, services.readiness),
    ),
  };
}
