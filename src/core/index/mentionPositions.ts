/**
 * Editor positions (line, character) of every mention of a document, bucketed by highlight style,
 * for decorations. One ordered pass over the mentions and the line starts together (mentions are
 * sorted and never overlap), so a 2 MB document costs O(lines + mentions), with no search per
 * mention and no object per mention: the editor adapter turns the numbers into ranges.
 */
import type { MentionList } from '../matcher/mentionList';

/** Numbers a mention takes in a bucket: start line, start character, end line, end character. */
export const POSITION_STRIDE = 4;

/**
 * @param lineStarts raw UTF-16 offsets where each line starts (`lineStarts` of textOffsets.ts) of
 *   the very text the mentions were scanned from.
 * @param styleOfEntity style index of each entity index (`styleTable` of entityStyles.ts).
 * @returns one Int32Array per style, POSITION_STRIDE numbers a mention, in document order.
 */
export function positionsByStyle(
  list: MentionList,
  lineStarts: ArrayLike<number>,
  styleOfEntity: Uint8Array,
  styleCount: number,
): Int32Array[] {
  const n = list.length;
  const counts = new Int32Array(styleCount);
  for (let i = 0; i < n; i++) counts[styleOfEntity[list.entity(i)]]++;
  const buckets = Array.from(counts, (c) => new Int32Array(c * POSITION_STRIDE));
  const filled = new Int32Array(styleCount);
  const lastLine = lineStarts.length - 1;
  let line = 0;
  for (let i = 0; i < n; i++) {
    const start = list.start(i);
    const end = list.end(i);
    while (line < lastLine && lineStarts[line + 1] <= start) line++;
    const startLine = line;
    const startCharacter = start - lineStarts[line];
    // A name wrapped over a line break ends on a later line; the next mention starts after it.
    while (line < lastLine && lineStarts[line + 1] <= end) line++;
    const style = styleOfEntity[list.entity(i)];
    const bucket = buckets[style];
    const o = filled[style];
    bucket[o] = startLine;
    bucket[o + 1] = startCharacter;
    bucket[o + 2] = line;
    bucket[o + 3] = end - lineStarts[line];
    filled[style] = o + POSITION_STRIDE;
  }
  return buckets;
}
