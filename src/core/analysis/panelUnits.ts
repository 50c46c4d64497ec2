/**
 * The units behind one cell of the Analysis panel's matrix, for the analyst to open: the
 * sentences (paragraphs, documents) where two entities are both mentioned, or the passages (runs
 * of overlapping passages) that carry both codes, or a code and an entity mentioned inside them.
 */
import { documentFilter, type PanelDocument, type PanelOptions } from './panelModel';
import { passageUnits, type CodeUnit } from './passageUnits';

/** One unit where both items occur: where to open it. */
export interface PairUnit {
  document: string;
  /** Raw UTF-16 offsets: from the first mention of either entity in the unit to the last, or the
   * unit's passages from first start to last end. */
  start: number;
  end: number;
  /** 0-based line of the start, when known (mentions know theirs; passages do not). */
  line?: number;
}

/** Entities: by their index in the catalog. Codes, and codes with entities: by id. */
export type PairItems = { a: number; b: number } | { a: string; b: string };

/** The units behind a cell, in document order (at most `limit`). */
export function pairUnits(documents: Iterable<PanelDocument>, items: PairItems, options: PanelOptions, limit = 1000): PairUnit[] {
  const { keep } = documentFilter(options.where);
  const out: PairUnit[] = [];
  for (const doc of documents) {
    if (out.length >= limit) break;
    if (!keep(doc)) continue;
    const found =
      typeof items.a === 'number'
        ? entityUnits(doc, items.a, items.b as number, options)
        : codeUnits(doc, items.a, items.b as string, options);
    for (const u of found) if (out.length < limit) out.push(u);
  }
  return out;
}

function entityUnits(doc: PanelDocument, a: number, b: number, options: PanelOptions): PairUnit[] {
  const out: PairUnit[] = [];
  const m = doc.mentions;
  let key = -1,
    hasA = false,
    hasB = false,
    start = -1,
    end = -1,
    line = 0;
  const flush = (): void => {
    if (hasA && hasB) out.push({ document: doc.id, start, end, line });
  };
  for (let i = 0; i < m.length; i++) {
    const e = m.entity(i);
    if (e !== a && e !== b) continue;
    const k = options.unit === 'sentence' ? m.sentence(i) : options.unit === 'paragraph' ? m.paragraph(i) : 0;
    if (k !== key) {
      flush();
      key = k;
      hasA = false;
      hasB = false;
      start = m.start(i);
      line = m.line(i);
    }
    if (e === a) hasA = true;
    if (e === b) hasB = true;
    end = m.end(i);
  }
  flush();
  return out;
}

function codeUnits(doc: PanelDocument, a: string, b: string, options: PanelOptions): PairUnit[] {
  const withEntities = options.of === 'codes-entities';
  return passageUnits(doc.passages, options.unit as CodeUnit)
    .filter((u) => u.codes.includes(a) && (withEntities ? u.entities.includes(b) : u.codes.includes(b)))
    .map((u) => ({ document: doc.id, start: u.start, end: u.end }));
}
