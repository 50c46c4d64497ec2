/**
 * Co-mentions: which entities appear in the same sentence or paragraph as a given one, counted
 * over the corpus. Derived from the mention lists on demand (mentions are sorted, so the mentions
 * of one sentence or paragraph are contiguous) and cached until a document changes.
 */
import type { CorpusIndex } from './corpusIndex';

export type CoMentionScope = 'sentence' | 'paragraph';

export interface CoMention {
  entity: number;
  /** Number of sentences (or paragraphs) in which both appear. */
  count: number;
}

export class CoMentions {
  private readonly cache = new Map<string, CoMention[]>();
  private readonly unsubscribe: () => void;

  constructor(readonly index: CorpusIndex) {
    this.unsubscribe = index.onDidChange(() => this.cache.clear());
  }

  dispose(): void {
    this.unsubscribe();
  }

  /** Entities sharing a sentence/paragraph with `entity`, most frequent first. */
  of(entity: number, scope: CoMentionScope, limit = Infinity): CoMention[] {
    const key = `${entity}:${scope}`;
    let all = this.cache.get(key);
    if (!all) {
      all = this.compute(entity, scope);
      this.cache.set(key, all);
    }
    return all.slice(0, limit);
  }

  private compute(entity: number, scope: CoMentionScope): CoMention[] {
    const counts = new Map<number, number>();
    for (const { document } of this.index.documentsOf(entity)) {
      const list = this.index.document(document)?.mentions;
      if (!list) continue;
      const unitOf = scope === 'sentence' ? (i: number) => list.sentence(i) : (i: number) => list.paragraph(i);
      let i = 0;
      while (i < list.length) {
        const unit = unitOf(i);
        let j = i;
        let hasEntity = false;
        while (j < list.length && unitOf(j) === unit) { if (list.entity(j) === entity) hasEntity = true; j++; }
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
