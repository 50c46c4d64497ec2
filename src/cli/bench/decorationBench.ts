/**
 * The core part of repainting the highlights of a large document after an edit: the line starts
 * of its text and the positions of its mentions per highlight style (the editor then only wraps
 * them in Range objects). Added to the re-scan, it is what an edit costs before setDecorations.
 */
import type { CorpusIndex } from '../../core/index/corpusIndex';
import { MENTION_STYLES, styleTable } from '../../core/presentation/entityStyles';
import { positionsByStyle } from '../../core/index/mentionPositions';
import { lineStarts } from '../../core/text/textOffsets';
import type { BenchDocument } from './corpusGenerator';
import { collectGarbage, repeat, type Timing } from './measure';

export function benchDecorationRanges(index: CorpusIndex, doc: BenchDocument, reps: number): Timing {
  const indexed = index.document(doc.id);
  if (!indexed) throw new Error(`${doc.id} is not in the index`);
  const table = styleTable(index.entities);
  collectGarbage();
  return repeat(
    () => {
      positionsByStyle(indexed.mentions, lineStarts(doc.text), table, MENTION_STYLES.length);
    },
    reps,
    3,
  );
}
