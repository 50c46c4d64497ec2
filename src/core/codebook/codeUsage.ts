/**
 * Which annotations use which codes, across the corpus: the coded segments of each code, its
 * counts (its own segments, and those of the code and all its descendants, each annotation
 * counted once), and the codes annotations use that the codebook does not define.
 */
import type { Code } from './codebook';
import { flattenCodes } from './codebook';

export interface CodedAnnotation {
  readonly documentId: string;
  readonly annotationId: string;
  readonly codes: readonly string[];
}

export interface CodeCount {
  /** Annotations tagged with the code itself. */
  own: number;
  /** Annotations tagged with the code or any code below it (each counted once). */
  total: number;
}

export interface CodeUsage<A extends CodedAnnotation> {
  /** The annotations of each code (codebook codes and unknown ones), in the order given. */
  byCode: ReadonlyMap<string, readonly A[]>;
  /** Counts of every codebook code (zero included). */
  counts: ReadonlyMap<string, CodeCount>;
  /** Codes used by annotations but missing from the codebook, sorted. */
  unknown: readonly string[];
}

export function codeUsage<A extends CodedAnnotation>(codes: readonly Code[], annotations: readonly A[]): CodeUsage<A> {
  const parent = new Map<string, string | undefined>();
  const counts = new Map<string, CodeCount>();
  for (const code of flattenCodes(codes)) {
    parent.set(code.id, code.parent);
    counts.set(code.id, { own: 0, total: 0 });
  }
  const byCode = new Map<string, A[]>();
  const unknown = new Set<string>();
  for (const annotation of annotations) {
    const counted = new Set<string>();
    for (const id of new Set(annotation.codes)) {
      const list = byCode.get(id) ?? [];
      list.push(annotation);
      byCode.set(id, list);
      const count = counts.get(id);
      if (!count) {
        unknown.add(id);
        continue;
      }
      count.own++;
      // Up the tree until a code already counted for this annotation (its ancestors are too).
      for (let at: string | undefined = id; at !== undefined && !counted.has(at); at = parent.get(at)) {
        counted.add(at);
        counts.get(at)!.total++;
      }
    }
  }
  return { byCode, counts, unknown: [...unknown].sort() };
}

/** `3` when a code's segments are all its own, `3 (7)` when codes below it add some. */
export function countLabel(count: CodeCount | undefined): string {
  if (!count) return '0';
  return count.own === count.total ? String(count.own) : `${count.own} (${count.total})`;
}

/** How many annotations use a code, in how many documents. */
export function usageOf(annotations: readonly CodedAnnotation[], codeId: string): { annotations: number; documents: number } {
  const using = annotations.filter((a) => a.codes.includes(codeId));
  return { annotations: using.length, documents: new Set(using.map((a) => a.documentId)).size };
}
