/**
 * The catalog entities mentioned inside a passage: every mention wholly within the passage's raw
 * range (a mention cut by the passage's edge does not count), in text order, each entity once.
 */
import type { Entity } from '../catalog/catalogTypes';
import type { MentionList } from '../matcher/mentionList';

export type PassageEntities = (rawStart: number, rawEnd: number) => string[];

/** `mentions` as found by `scanDocument` in the raw text; `entities` the matcher's entity list. */
export function passageEntities(mentions: MentionList, entities: readonly Entity[]): PassageEntities {
  return (rawStart, rawEnd) => {
    const ids: string[] = [];
    for (let i = firstStartingAt(mentions, rawStart); i < mentions.length && mentions.start(i) < rawEnd; i++) {
      if (mentions.end(i) > rawEnd) continue;
      const id = entities[mentions.entity(i)].id;
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  };
}

/** Index of the first mention starting at or after `offset` (mentions are sorted by start). */
function firstStartingAt(mentions: MentionList, offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
