/**
 * Co-mentions: which entities appear in the same sentence or paragraph as a given one, counted
 * over the corpus. Derived from the mention lists on demand (mentions are sorted, so the mentions
 * of one sentence or paragraph are contiguous) and cached until a document that counts changes.
 */
import type { CorpusIndex } from './corpusIndex';

export type CoMentionScope = 'sentence' | 'paragraph';

export interface CoMention {
  entity: number;
  /** Number of sentences (or paragraphs) in which both appear. */
  count: number;
}

interface CacheEntry {
  entity: number;
  list: CoMention[];
  /** The documents that mentioned the entity when the list was counted. */
  documents: ReadonlySet<string>;
}

export class CoMentions {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly unsubscribe: () => void;

  constructor(readonly index: CorpusIndex) {
    this.unsubscribe = index.onDidChange((id) => this.invalidate(id));
  }

  dispose(): void {
    this.unsubscribe();
  }

  /** Entities sharing a sentence/paragraph with `entity`, most frequent first. */
  of(entity: number, scope: CoMentionScope, limit = Infinity): CoMention[] {
    const key = `${entity}:${scope}`;
    let entry = this.cache.get(key);
    if (!entry) {
      const documents = new Set(this.index.documentsOf(entity).map((d) => d.document));
      entry = { entity, list: this.compute(entity, scope, documents), documents };
      this.cache.set(key, entry);
    }
    return entry.list.slice(0, limit);
  }

  /** True when the co-mentions of `entity` are counted and still valid (for tests). */
  isCached(entity: number, scope: CoMentionScope): boolean {
    return this.cache.has(`${entity}:${scope}`);
  }

  /**
   * A document changed: only the lists it counted in (it mentioned the entity) or now counts in (it
   * mentions the entity now) are dropped.
   */
  private invalidate(document: string): void {
    const now = this.index.document(document)?.entities;
    for (const [key, entry] of this.cache) {
      if (entry.documents.has(document) || now?.includes(entry.entity)) this.cache.delete(key);
    }
  }

  private compute(entity: number, scope: CoMentionScope, documents: ReadonlySet<string>): CoMention[] {
    const counts = new Map<number, number>();
    for (const document of documents) {
      const list = this.index.document(document)?.mentions;
      if (!list) continue;
      const unitOf = scope === 'sentence' ? (i: number) => list.sentence(i) : (i: number) => list.paragraph(i);
      let i = 0;
      while (i < list.length) {
        const unit = unitOf(i);
        let j = i;
        let hasEntity = false;
        while (j < list.length && unitOf(j) === unit) {
          if (list.entity(j) === entity) hasEntity = true;
          j++;
        }
        if (hasEntity) {
          const others = new Set<number>();
          for (let k = i; k < j; k++) if (list.entity(k) !== entity) others.add(list.entity(k));
          for (const o of others) counts.set(o, (counts.get(o) ?? 0) + 1);
        }
        i = j;
      }
    }
    return [...counts].map(([e, count]) => ({ entity: e, count })).sort((a, b) => b.count - a.count || a.entity - b.entity);
  }
}
