/**
 * What the Analysis panel shows, computed from the corpus index as plain data (the panel's webview
 * only draws it): the most mentioned entities of the documents the filter keeps, their
 * co-occurrence in the chosen unit, and their mentions per year. Also the units behind one cell,
 * for the analyst to open. The messages between the panel and its webview are typed here too.
 */
import type { Entity } from '../catalog/catalogTypes';
import type { CorpusIndex } from '../index/corpusIndex';
import type { MentionList } from '../matcher/mentionList';
import { CooccurrenceCounter, type PairCount } from './cooccurrence';
import { documentAttributes } from './documentAttributes';
import { FilterError, parseFilter, type AttributeValue } from './documentFilter';
import { mentionUnits, type Unit } from './mentionUnits';

export interface PanelOptions {
  unit: Unit;
  /** How many entities (the most mentioned) the matrix, network and chart show. */
  top: number;
  /** Filter text (ARCHITECTURE.md and the README: country=RUS and year>=2000); '' for none. */
  where: string;
}

export const DEFAULT_PANEL_OPTIONS: PanelOptions = { unit: 'sentence', top: 25, where: '' };
export const MAX_TOP = 300;

export interface PanelEntity {
  id: string;
  name: string;
  kind: string;
  /** Mentions and documents in the documents the filter keeps. */
  mentions: number;
  documents: number;
}

export interface PanelYear {
  year: number;
  documents: number;
  /** Mentions of each entity of the model, in its order. */
  counts: number[];
}

export interface PanelModel {
  options: PanelOptions;
  /** Documents the filter keeps, of all indexed. */
  documents: number;
  allDocuments: number;
  /** Units holding any of the entities shown. */
  units: number;
  entities: PanelEntity[];
  /** Pairs of `entities` (indexes into it) that occur together at least once. */
  pairs: PairCount[];
  years: PanelYear[];
  /** Documents without a date (not in `years`). */
  undated: number;
  /** Why the filter was not applied (it does not parse); the model then covers every document. */
  filterError?: string;
}

/** A document as the model reads it. */
export interface PanelDocument {
  id: string;
  mentions: MentionList;
  /** YYYYMMDD, or undefined when undated. */
  day?: number;
  attributes: ReadonlyMap<string, AttributeValue>;
}

/**
 * The index's documents as the model reads them, with their attributes (the fields documents.yaml
 * gives `listed` by path, then path, date and year). `pathOf` names a document as filters see it
 * (undefined: left out).
 */
export function* indexPanelDocuments(
  index: CorpusIndex,
  pathOf: (id: string) => string | undefined,
  listed: ReadonlyMap<string, Readonly<Record<string, unknown>>>,
): Generator<PanelDocument> {
  for (const id of index.documentIds()) {
    const doc = index.document(id);
    const path = pathOf(id);
    if (!doc || path === undefined) continue;
    yield { id, mentions: doc.mentions, day: doc.date?.day, attributes: documentAttributes(path, doc.date, listed.get(path), {}) };
  }
}

export function buildPanelModel(documents: Iterable<PanelDocument>, entities: readonly Entity[], options: PanelOptions): PanelModel {
  const { keep, filterError } = filterOf(options.where);
  const kept: PanelDocument[] = [];
  let all = 0;
  const mentions = new Float64Array(entities.length);
  const inDocuments = new Float64Array(entities.length);
  for (const doc of documents) {
    all++;
    if (!keep(doc)) continue;
    kept.push(doc);
    const seen = new Set<number>();
    for (let i = 0; i < doc.mentions.length; i++) {
      const e = doc.mentions.entity(i);
      mentions[e]++;
      seen.add(e);
    }
    for (const e of seen) inDocuments[e]++;
  }
  const top = [...entities.keys()]
    .filter((e) => mentions[e] > 0)
    .sort((a, b) => mentions[b] - mentions[a] || (entities[a].id < entities[b].id ? -1 : 1))
    .slice(0, Math.max(1, Math.min(MAX_TOP, options.top)));
  const itemOf = new Int32Array(entities.length).fill(-1);
  top.forEach((e, k) => {
    itemOf[e] = k;
  });
  const counter = new CooccurrenceCounter(top.length, top.length, true);
  const years = new Map<number, PanelYear>();
  let undated = 0;
  for (const doc of kept) {
    for (const u of mentionUnits(doc.mentions, options.unit, (e) => itemOf[e])) counter.addUnit(u);
    if (doc.day === undefined) {
      undated++;
      continue;
    }
    const year = Math.floor(doc.day / 10000);
    let row = years.get(year);
    if (!row) years.set(year, (row = { year, documents: 0, counts: new Array<number>(top.length).fill(0) }));
    row.documents++;
    for (let i = 0; i < doc.mentions.length; i++) {
      const k = itemOf[doc.mentions.entity(i)];
      if (k >= 0) row.counts[k]++;
    }
  }
  return {
    options,
    documents: kept.length,
    allDocuments: all,
    units: counter.units,
    entities: top.map((e) => ({
      id: entities[e].id,
      name: entities[e].name,
      kind: entities[e].kind,
      mentions: mentions[e],
      documents: inDocuments[e],
    })),
    pairs: counter.pairs(),
    years: [...years.values()].sort((a, b) => a.year - b.year),
    undated,
    ...(filterError ? { filterError } : {}),
  };
}

function filterOf(where: string): { keep: (doc: PanelDocument) => boolean; filterError?: string } {
  if (where.trim() === '') return { keep: () => true };
  try {
    const filter = parseFilter([where]);
    return { keep: (doc) => filter.matches(doc.attributes) };
  } catch (err) {
    if (err instanceof FilterError) return { keep: () => true, filterError: err.message };
    throw err;
  }
}

/** One unit in which two entities are both mentioned: where to open it. */
export interface PairUnit {
  document: string;
  /** Raw UTF-16 offsets: from the first mention of either entity in the unit to the last. */
  start: number;
  end: number;
  /** 0-based line of the start. */
  line: number;
}

/** The units behind one cell of the matrix, in document order (at most `limit`). */
export function pairUnits(documents: Iterable<PanelDocument>, a: number, b: number, options: PanelOptions, limit = 1000): PairUnit[] {
  const { keep } = filterOf(options.where);
  const out: PairUnit[] = [];
  for (const doc of documents) {
    if (!keep(doc)) continue;
    const m = doc.mentions;
    let key = -1,
      hasA = false,
      hasB = false,
      start = -1,
      end = -1,
      line = 0;
    const flush = (): void => {
      if (hasA && hasB && out.length < limit) out.push({ document: doc.id, start, end, line });
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
    if (out.length >= limit) break;
  }
  return out;
}

/** Messages from the webview to the extension. */
export type FromPanel =
  | { type: 'ready' }
  | { type: 'options'; options: PanelOptions }
  | { type: 'openPair'; a: string; b: string }
  | { type: 'openEntity'; id: string }
  | { type: 'save'; name: string; format: 'csv' | 'svg' | 'png'; data: string };

/** Messages from the extension to the webview. */
export type ToPanel = { type: 'model'; model: PanelModel } | { type: 'busy' };
