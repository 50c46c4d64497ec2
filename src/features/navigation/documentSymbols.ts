// Entities in the Outline of a corpus document (also breadcrumbs and Go to Symbol in Editor):
// two groups, Actors and Institutions; in each, the entities in order of first mention, each with
// its mention count and its mentions (by line) as children. One pass over the mention list.
import * as vscode from 'vscode';
import type { EntityKind } from '../../core/catalog/catalogTypes';
import { plural } from '../../core/text/plural';
import type { Corpus } from '../../services/corpus/corpus';
import { mentionRange } from '../../services/corpus/mentionLookup';
import type { Readiness } from '../../services/readiness';
import { entitySymbolKind, GROUP_SYMBOL_KIND, MENTION_SYMBOL_KIND } from './symbolKinds';

/** Mentions listed under an entity: beyond this, the Outline of a large document would cost the
 * editor seconds to build (next / previous mention walks through all of them). */
export const MENTIONS_LISTED = 100;

const GROUPS: ReadonlyArray<{ kind: EntityKind; name: string }> = [
  { kind: 'actor', name: 'Actors' },
  { kind: 'institution', name: 'Institutions' },
];

export class EntityDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(
    private readonly corpus: Corpus,
    private readonly readiness: Readiness,
  ) {}

  provideDocumentSymbols(
    document: vscode.TextDocument,
    token: vscode.CancellationToken,
  ): vscode.DocumentSymbol[] | undefined | Promise<vscode.DocumentSymbol[] | undefined> {
    return this.readiness.answer(['index'], token, () => this.symbols(document, token));
  }

  private symbols(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.DocumentSymbol[] | undefined {
    const indexed = this.corpus.fresh(document);
    if (!indexed || token.isCancellationRequested) return undefined;
    const list = indexed.mentions;
    // Mention indexes per entity, entities in order of first mention (Map keeps insertion order).
    const byEntity = new Map<number, number[]>();
    for (let i = 0; i < list.length; i++) {
      const e = list.entity(i);
      const own = byEntity.get(e);
      if (own) own.push(i);
      else byEntity.set(e, [i]);
    }
    const grouped = new Map<EntityKind, vscode.DocumentSymbol[]>(GROUPS.map((g) => [g.kind, []]));
    const counts = new Map<EntityKind, number>();
    for (const [e, mentions] of byEntity) {
      if (token.isCancellationRequested) return undefined;
      const entity = this.corpus.index.entities[e];
      const children = mentions.slice(0, MENTIONS_LISTED).map((i) => {
        const range = mentionRange(document, indexed, i);
        return new vscode.DocumentSymbol(`line ${range.start.line + 1}`, document.getText(range), MENTION_SYMBOL_KIND, range, range);
      });
      const first = children[0].range;
      const detail =
        mentions.length > children.length
          ? `${plural(mentions.length, 'mention')} (first ${children.length} listed)`
          : plural(mentions.length, 'mention');
      const symbol = new vscode.DocumentSymbol(entity.name.trim() || entity.id, detail, entitySymbolKind(entity), first, first);
      symbol.children = children;
      grouped.get(entity.kind)?.push(symbol);
      counts.set(entity.kind, (counts.get(entity.kind) ?? 0) + mentions.length);
    }
    return GROUPS.flatMap(({ kind, name }) => {
      const entities = grouped.get(kind) ?? [];
      if (entities.length === 0) return [];
      // Tight ranges on purpose: a group spanning the document would claim every cursor position
      // in breadcrumbs, including those on mentions of the other group. Its first entity is the
      // first mentioned.
      const first = entities[0].range;
      const group = new vscode.DocumentSymbol(
        name,
        `${plural(entities.length, 'entity', 'entities')} · ${plural(counts.get(kind) ?? 0, 'mention')}`,
        GROUP_SYMBOL_KIND,
        first,
        first,
      );
      group.children = entities;
      return [group];
    });
  }
}

/**
 * Registers the provider, and registers it again after every full rebuild: the editor keeps a
 * document's symbols until its text changes, but a new catalog (or the first index, when a
 * document was opened before it was ready) changes them without a new text version.
 */
export function registerDocumentSymbols(corpus: Corpus, readiness: Readiness, selector: vscode.DocumentSelector): vscode.Disposable {
  const provider = new EntityDocumentSymbolProvider(corpus, readiness);
  const register = (): vscode.Disposable => vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: 'Entities' });
  let registration = register();
  const rebuilt = corpus.onDidChange((id) => {
    if (id !== undefined) return;
    registration.dispose();
    registration = register();
  });
  return new vscode.Disposable(() => {
    rebuilt.dispose();
    registration.dispose();
  });
}
