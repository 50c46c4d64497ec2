// Editor ranges of a document's mentions per highlight style, built once per indexed version of
// the document and shared by every editor showing it (split editors, a tab shown again).
import * as vscode from 'vscode';
import { MENTION_STYLES } from '../../core/presentation/entityStyles';
import type { IndexedDocument } from '../../core/index/corpusIndex';
import { POSITION_STRIDE, positionsByStyle } from '../../core/index/mentionPositions';
import { lineStarts } from '../../core/text/textOffsets';

export interface StyledRanges {
  /** Ranges per style, in MENTION_STYLES order. */
  readonly byStyle: ReadonlyArray<readonly vscode.Range[]>;
  readonly mentions: number;
  /** Time it took to build them (line starts, positions and ranges). */
  readonly buildMs: number;
}

function toRanges(positions: Int32Array): vscode.Range[] {
  const ranges = new Array<vscode.Range>(positions.length / POSITION_STRIDE);
  for (let k = 0, o = 0; o < positions.length; k++, o += POSITION_STRIDE) {
    ranges[k] = new vscode.Range(positions[o], positions[o + 1], positions[o + 2], positions[o + 3]);
  }
  return ranges;
}

/**
 * Builds the ranges of `indexed`, which must be the index entry of the document's current text
 * (Corpus.fresh): its offsets are resolved against that text's line starts.
 */
export function buildStyledRanges(document: vscode.TextDocument, indexed: IndexedDocument, styleOfEntity: Uint8Array): StyledRanges {
  const started = performance.now();
  const starts = lineStarts(document.getText());
  const buckets = positionsByStyle(indexed.mentions, starts, styleOfEntity, MENTION_STYLES.length);
  const byStyle = buckets.map(toRanges);
  return { byStyle, mentions: indexed.mentions.length, buildMs: performance.now() - started };
}

/** Ranges per document id, kept while the index entry (and the style table) stays the same. */
export class StyledRangeCache {
  private readonly entries = new Map<string, { indexed: IndexedDocument; table: Uint8Array; ranges: StyledRanges }>();

  /** The cached ranges, or new ones; `cached` says which. */
  get(document: vscode.TextDocument, indexed: IndexedDocument, table: Uint8Array): { ranges: StyledRanges; cached: boolean } {
    const id = document.uri.toString();
    const hit = this.entries.get(id);
    if (hit && hit.indexed === indexed && hit.table === table) return { ranges: hit.ranges, cached: true };
    const ranges = buildStyledRanges(document, indexed, table);
    this.entries.set(id, { indexed, table, ranges });
    return { ranges, cached: false };
  }

  /** Forgets every document but these (the ones still visible). */
  retain(ids: ReadonlySet<string>): void {
    for (const id of [...this.entries.keys()]) if (!ids.has(id)) this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }
}
