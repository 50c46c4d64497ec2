// The data of an entity's hover card, gathered from the corpus service for the core builder.
import type { Catalog, Entity } from '../../core/catalog/catalogTypes';
import type { IndexedDocument } from '../../core/index/corpusIndex';
import { IncomingRelations, outgoingRelations } from '../../core/catalog/entityRelations';
import { hoverCardMarkdown, type CardLink } from '../../core/presentation/hoverCard';
import type { Corpus } from '../../services/corpus/corpus';
import { COMMANDS } from '../../vscode/commandIds';

/** Co-mentioned entities listed on the card. */
export const CO_MENTION_LIMIT = 5;

const incomingByCatalog = new WeakMap<Catalog, IncomingRelations>();

function incomingOf(catalog: Catalog): IncomingRelations {
  let incoming = incomingByCatalog.get(catalog);
  if (!incoming) {
    incoming = new IncomingRelations(catalog.entities);
    incomingByCatalog.set(catalog, incoming);
  }
  return incoming;
}

/** Mentions of one entity in one indexed document (its entity list is sorted). */
export function mentionsIn(indexed: IndexedDocument, entityIndex: number): number {
  let lo = 0;
  let hi = indexed.entities.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (indexed.entities[mid] === entityIndex) return indexed.counts[mid];
    if (indexed.entities[mid] < entityIndex) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

function cardLinks(entity: Entity): CardLink[] {
  return [
    {
      label: 'Show all mentions',
      command: COMMANDS.showMentions,
      args: [entity.id],
      title: 'List every mention of this entity across the corpus',
    },
    {
      label: 'Reveal in tree',
      command: COMMANDS.revealInTree,
      args: [entity.id],
      title: `Show this entity in the ${entity.kind === 'actor' ? 'Actors' : 'Institutions'} tree`,
    },
    {
      label: 'Open in catalog',
      command: COMMANDS.openEntityDefinition,
      args: [entity.id],
      title: `${entity.location.file}, line ${entity.location.line}`,
    },
  ];
}

/** The card's markdown (workspace text escaped) for a mention of `entityIndex` in `indexed`. */
export function entityCardMarkdown(corpus: Corpus, entityIndex: number, indexed: IndexedDocument): string {
  const { index, catalog } = corpus;
  const entity = index.entities[entityIndex];
  const nameOf = (id: string): string | undefined => catalog.byId.get(id)?.name;
  return hoverCardMarkdown({
    entity,
    nameOf,
    outgoing: outgoingRelations(entity),
    incoming: incomingOf(catalog).of(entity.id),
    counts: {
      inDocument: mentionsIn(indexed, entityIndex),
      inCorpus: index.mentionCountOf(entityIndex),
      documents: index.documentCountOf(entityIndex),
      documentsTotal: index.documentCount,
    },
    coMentions: corpus.coMentions
      .of(entityIndex, 'sentence', CO_MENTION_LIMIT)
      .map((c) => ({ name: index.entities[c.entity].name, count: c.count })),
    links: cardLinks(entity),
    documentDate: indexed.date,
    datedNames: index.matcher.aliasDated.includes(1),
  });
}
