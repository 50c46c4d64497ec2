// Go to Definition / Peek Definition on a mention: the entity's declaration in its catalog file.
import * as vscode from 'vscode';
import type { Corpus } from '../../services/corpus/corpus';
import { entityDefinition, mentionAt } from '../../services/corpus/mentionLookup';
import type { Readiness } from '../../services/readiness';

export class EntityDefinitionProvider implements vscode.DefinitionProvider {
  constructor(
    private readonly corpus: Corpus,
    private readonly readiness: Readiness,
  ) {}

  provideDefinition(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): vscode.LocationLink[] | undefined | Promise<vscode.LocationLink[] | undefined> {
    return this.readiness.answer(['index'], token, () => this.definition(document, position, token));
  }

  private definition(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): vscode.LocationLink[] | undefined {
    const hit = mentionAt(this.corpus, document, position, true);
    if (!hit || token.isCancellationRequested) return undefined;
    const target = entityDefinition(this.corpus, hit.entity);
    if (!target) return undefined;
    // The whole mention is the link (a name of several words underlines as one on Ctrl+hover).
    return [{ originSelectionRange: hit.range, targetUri: target.uri, targetRange: target.range, targetSelectionRange: target.range }];
  }
}
