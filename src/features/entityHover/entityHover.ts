// Hover cards on entity mentions in corpus documents: who or what the entity is, its relations,
// counts and co-mentions, and links to the extension's own commands (the only ones trusted).
import * as vscode from 'vscode';
import { hoverEnabled } from '../../vscode/config';
import type { Corpus } from '../../services/corpus/corpus';
import { HOVER_COMMANDS } from '../../vscode/commandIds';
import { trustedMarkdown } from '../../vscode/trustedMarkdown';
import { mentionAt } from '../../services/corpus/mentionLookup';
import type { Readiness } from '../../services/readiness';
import type { FeatureActivation, FeatureServices } from '../../services/featureServices';
import { entityCardMarkdown } from './entityCard';

export class EntityHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly corpus: Corpus,
    private readonly readiness: Readiness,
  ) {}

  provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): vscode.Hover | undefined | Promise<vscode.Hover | undefined> {
    return this.readiness.answer(['index'], token, () => this.hover(document, position, token));
  }

  private hover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (!hoverEnabled() || !this.corpus.isCorpusDocument(document.uri)) return undefined;
    // A pointer is over a character, so a position just after a mention is outside it.
    const hit = mentionAt(this.corpus, document, position, false);
    if (!hit || token.isCancellationRequested) return undefined;
    const markdown = entityCardMarkdown(this.corpus, hit.entityIndex, hit.indexed);
    if (token.isCancellationRequested) return undefined;
    return new vscode.Hover(trustedMarkdown(markdown, HOVER_COMMANDS), hit.range);
  }
}

export function activateEntityHover(services: FeatureServices): FeatureActivation {
  const provider = new EntityHoverProvider(services.corpus, services.readiness);
  // Every document: corpus files may be in any language (plain text, Markdown, policy text…);
  // the provider itself decides which are corpus documents.
  return { disposable: vscode.languages.registerHoverProvider({ pattern: '**' }, provider) };
}
