// Entities in workspace symbol search (Ctrl+T) by name or alias; each goes to its declaration in
// the catalog. A match on an alias shows it: "Russia (Kremlin)", so the editor's own fuzzy filter
// on symbol names keeps it.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/index/corpusIndex';
import { SymbolSearch } from '../../core/index/symbolSearch';
import type { Corpus } from '../../services/corpus/corpus';
import { entityDefinition } from '../../services/corpus/mentionLookup';
import type { Readiness } from '../../services/readiness';
import { entitySymbolKind } from './symbolKinds';

/** At most this many symbols per query: the best matches, then the most mentioned. */
export const WORKSPACE_SYMBOL_LIMIT = 200;

export class EntityWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
  /** Folded spellings, built once per index (a new index comes with every catalog change). */
  private cache: { index: CorpusIndex; search: SymbolSearch } | undefined;

  constructor(
    private readonly corpus: Corpus,
    private readonly readiness: Readiness,
  ) {}

  provideWorkspaceSymbols(
    query: string,
    token: vscode.CancellationToken,
  ): vscode.SymbolInformation[] | Promise<vscode.SymbolInformation[] | undefined> {
    return this.readiness.answer(['index'], token, () => this.symbols(query, token));
  }

  private symbols(query: string, token: vscode.CancellationToken): vscode.SymbolInformation[] {
    const index = this.corpus.index;
    if (this.cache?.index !== index) this.cache = { index, search: new SymbolSearch(index.entities) };
    if (token.isCancellationRequested) return [];
    const hits = this.cache.search.search(query, WORKSPACE_SYMBOL_LIMIT, (e) => index.mentionCountOf(e));
    const symbols: vscode.SymbolInformation[] = [];
    for (const hit of hits) {
      const entity = index.entities[hit.index];
      const location = entityDefinition(this.corpus, entity);
      if (!location) continue;
      const name = hit.viaAlias ? `${entity.name} (${hit.spelling})` : entity.name;
      symbols.push(new vscode.SymbolInformation(name, entitySymbolKind(entity), `${entity.type} · ${entity.kind}`, location));
    }
    return symbols;
  }
}
