/** The entity with the most mentions in an index (the first such in catalog order), what the benches query. */
import type { CorpusIndex } from '../../core/index/corpusIndex';

export function mostMentioned(index: CorpusIndex): { entity: number; count: number } | undefined {
  let entity = -1;
  let count = 0;
  for (let e = 0; e < index.entities.length; e++) {
    const n = index.mentionCountOf(e);
    if (n > count) {
      entity = e;
      count = n;
    }
  }
  return entity < 0 ? undefined : { entity, count };
}
