/**
 * The units of codes, for co-occurrence: a passage (the codes one annotation carries), or a run
 * of overlapping passages (the codes of every passage in it: two passages that share at least one
 * character are in one run, and so is a passage that overlaps either). Passages that only touch
 * (one ends where the next starts) are not overlapping.
 */

export interface CodedPassage {
  /** Positions in the document (any one unit: code points or UTF-16), end exclusive. */
  start: number;
  end: number;
  codes: readonly string[];
  /** Entities mentioned inside the passage (for codes with entities). */
  entities?: readonly string[];
}

export const CODE_UNITS = ['passage', 'overlap'] as const;
export type CodeUnit = (typeof CODE_UNITS)[number];

/** A unit of passages: its distinct codes and entities, and where it is (first start, last end). */
export interface PassageUnit {
  codes: string[];
  entities: string[];
  start: number;
  end: number;
}

/** One document's passages grouped into units, in the order of the passages (runs: by start). */
export function passageUnits(passages: readonly CodedPassage[], unit: CodeUnit): PassageUnit[] {
  const groups: CodedPassage[][] = [];
  if (unit === 'passage') for (const p of passages) groups.push([p]);
  else {
    const sorted = [...passages].sort((a, b) => a.start - b.start || a.end - b.end);
    let runEnd = -Infinity;
    for (const p of sorted) {
      if (groups.length > 0 && p.start < runEnd) {
        groups[groups.length - 1].push(p);
        runEnd = Math.max(runEnd, p.end);
      } else {
        groups.push([p]);
        runEnd = p.end;
      }
    }
  }
  return groups.map((g) => ({
    codes: distinct(g.flatMap((p) => p.codes)),
    entities: distinct(g.flatMap((p) => p.entities ?? [])),
    start: Math.min(...g.map((p) => p.start)),
    end: Math.max(...g.map((p) => p.end)),
  }));
}

function distinct(items: readonly string[]): string[] {
  return [...new Set(items)];
}
