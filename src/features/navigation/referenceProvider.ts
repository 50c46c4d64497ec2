// Find All References / Peek References on a mention: every mention of that entity across the
// corpus, and its declaration in the catalog when the editor asks for declarations too (never
// capped: the editor's own views list them file by file).
import * as vscode from 'vscode';
import type { Corpus } from '../../services/corpus/corpus';
import { entityDefinition, entityLocations, mentionAt } from '../../services/corpus/mentionLookup';
import type { Readiness } from '../../services/readiness';

export class EntityReferenceProvider implements vscode.ReferenceProvider {
  constructor(
    private readonly corpus: Corpus,
    private readonly readiness: Readiness,
  ) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[] | undefined> {
    if (!(await this.readiness.loaded(['index'], token))) return undefined;
    const hit = mentionAt(this.corpus, document, position, true);
    if (!hit || token.isCancellationRequested) return undefined;
    // From the index alone (no document is read): 150,000 mentions take a fraction of a second.
    const locations = entityLocations(this.corpus, hit.entity.id);
    const declaration = context.includeDeclaration ? entityDefinition(this.corpus, hit.entity) : undefined;
    return declaration ? [declaration, ...locations] : locations;
  }
}
