/**
 * What the Analysis panel shows, computed from the corpus index and the coded passages as plain
 * data (the panel's webview only draws it): for the documents the filter keeps, the most frequent
 * items (entities, or codes), their co-occurrence in the chosen unit (entities with entities, codes
 * with codes, codes with the entities mentioned in their passages), and their counts per group of
 * documents (a year, or a value of an attribute) with the words of each group, for rates per
 * 10,000 words. The messages between the panel and its webview are in panelMessages.ts.
 */
import type { Entity } from '../catalog/catalogTypes';
import type { CorpusIndex } from '../index/corpusIndex';
import type { MentionList } from '../matcher/mentionList';
import { CooccurrenceCounter, type PairCount } from './cooccurrence';
import { documentAttributes, groupValue } from './documentAttributes';
import { Distribution } from './distribution';
import { FilterError, parseFilter, type AttributeValue } from './documentFilter';
import { mentionUnits, UNITS, type Unit } from './mentionUnits';
import { Ids, indexOf, Tally, type TalliedItem } from './itemTally';
import { CODE_UNITS, passageUnits, type CodedPassage, type CodeUnit } from './passageUnits';

/** What is counted: entities with entities, codes with codes, or codes with entities. */
export const PANEL_OF = ['entities', 'codes', 'codes-entities'] as const;
export type PanelOf = (typeof PANEL_OF)[number];

/** The units each kind of count can use (the first is the default). */
export const PANEL_UNITS: Readonly<Record<PanelOf, readonly (Unit | CodeUnit)[]>> = {
  entities: UNITS,
  codes: CODE_UNITS,
  'codes-entities': CODE_UNITS,
};

export interface PanelOptions {
  of: PanelOf;
  unit: Unit | CodeUnit;
  /** How many items (the most frequent) the matrix, network and chart show on each side. */
  top: number;
  /** Filter text (the README's filter syntax: country=RUS and year>=2000); '' for none. */
  where: string;
  /** `year`, or the name of an attribute whose values group the documents over time. */
  groupBy: string;
}

export const DEFAULT_PANEL_OPTIONS: PanelOptions = { of: 'entities', unit: 'sentence', top: 25, where: '', groupBy: 'year' };
export const MAX_TOP = 300;

/** The options made consistent: a unit the kind of count uses, `top` within bounds, a group. */
export function panelOptions(given: Partial<PanelOptions>): PanelOptions {
  const of = PANEL_OF.includes(given.of as PanelOf) ? (given.of as PanelOf) : DEFAULT_PANEL_OPTIONS.of;
  const units = PANEL_UNITS[of];
  return {
    of,
    unit: units.includes(given.unit as Unit) ? (given.unit as Unit | CodeUnit) : units[0],
    top: Math.max(2, Math.min(MAX_TOP, Math.round(Number(given.top)) || DEFAULT_PANEL_OPTIONS.top)),
    where: typeof given.where === 'string' ? given.where : '',
    groupBy: typeof given.groupBy === 'string' && given.groupBy.trim() !== '' ? given.groupBy.trim() : 'year',
  };
}

/** An item of the matrix (itemTally.ts): its count is mentions (an entity) or coded passages (a
 * code; for a column of codes with entities, the passages that mention the entity). */
export type PanelItem = TalliedItem;

export interface PanelGroup {
  /** The year, or the attribute's value. */
  group: string;
  documents: number;
  words: number;
  /** Count of each row item in this group's documents, in the order of `rows`. */
  counts: number[];
}

export interface PanelModel {
  options: PanelOptions;
  /** Documents the filter keeps, of all indexed. */
  documents: number;
  allDocuments: number;
  /** Units holding any of the items shown. */
  units: number;
  /** Rows and columns of the matrix: one list (`symmetric`) or codes by entities. */
  rows: PanelItem[];
  cols: PanelItem[];
  symmetric: boolean;
  /** Pairs that occur together at least once: `a` indexes `rows`, `b` indexes `cols`. */
  pairs: PairCount[];
  groups: PanelGroup[];
  /** Documents without a value to group them by (not in `groups`). */
  ungrouped: number;
  /** The attribute names the kept documents have (what they can be grouped and filtered by; `path`
   * groups by document). */
  attributes: string[];
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
  /** Words of its running text. */
  words: number;
  /** Its coded passages (raw offsets), each with the ids of the entities mentioned inside it. */
  passages: readonly CodedPassage[];
}

/** What items are called: the catalog's entities, and the codes in codebook order. */
export interface PanelNames {
  entities: readonly Entity[];
  codes: ReadonlyArray<{ id: string; name: string }>;
}

/**
 * The index's documents as the model reads them, with their attributes (the fields documents.yaml
 * gives `listed` by path, then path, date and year) and no coded passages (the command line's bench;
 * the editor adds front matter fields and passages). `pathOf` names a document as filters see it
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
    const attributes = documentAttributes(path, doc.date, listed.get(path), {});
    yield { id, mentions: doc.mentions, day: doc.date?.day, attributes, words: doc.words, passages: [] };
  }
}

export function buildPanelModel(documents: Iterable<PanelDocument>, names: PanelNames, options: PanelOptions): PanelModel {
  const { keep, filterError } = documentFilter(options.where);
  const kept: PanelDocument[] = [];
  let all = 0;
  for (const doc of documents) {
    all++;
    if (keep(doc)) kept.push(doc);
  }
  const counted = options.of === 'entities' ? countEntities(kept, names.entities, options) : countCodes(kept, names, options);
  const distribution = new Distribution(counted.rows.length);
  for (const doc of kept) distribution.add(groupOf(doc, options.groupBy), doc.words, counted.rowCounts(doc));
  const groups = distribution.result();
  const ungrouped = groups.find((g) => g.group === '')?.documents ?? 0;
  const attributes = new Set<string>();
  for (const doc of kept) for (const name of doc.attributes.keys()) attributes.add(name);
  return {
    options,
    documents: kept.length,
    allDocuments: all,
    units: counted.counter.units,
    rows: counted.rows,
    cols: counted.cols,
    symmetric: options.of !== 'codes-entities',
    pairs: counted.counter.pairs(),
    groups: groups.filter((g) => g.group !== ''),
    ungrouped,
    attributes: [...attributes].sort(),
    ...(filterError ? { filterError } : {}),
  };
}

/** The group a document falls in ('' when it has no value for it). */
export function groupOf(doc: PanelDocument, groupBy: string): string {
  if (groupBy === 'year') return doc.day === undefined ? '' : String(Math.floor(doc.day / 10000));
  return groupValue(doc.attributes, groupBy);
}

interface Counted {
  rows: PanelItem[];
  cols: PanelItem[];
  counter: CooccurrenceCounter;
  /** A document's count of each row item. */
  rowCounts(doc: PanelDocument): number[];
}

function countEntities(kept: readonly PanelDocument[], entities: readonly Entity[], options: PanelOptions): Counted {
  const tally = new Tally(entities.length);
  for (const doc of kept) {
    const seen = new Set<number>();
    for (let i = 0; i < doc.mentions.length; i++) {
      const e = doc.mentions.entity(i);
      tally.count[e]++;
      seen.add(e);
    }
    tally.inDocuments(seen);
  }
  const top = tally.top(Math.min(MAX_TOP, options.top), (e) => entities[e].id);
  const itemOf = indexOf(top, entities.length);
  const counter = new CooccurrenceCounter(top.length, top.length, true);
  const unit = options.unit as Unit;
  for (const doc of kept) for (const u of mentionUnits(doc.mentions, unit, (e) => itemOf[e])) counter.addUnit(u);
  const rows = top.map((e) => tally.item(e, entities[e].id, entities[e].name, entities[e].kind));
  return {
    rows,
    cols: rows,
    counter,
    rowCounts: (doc) => {
      const counts = new Array<number>(top.length).fill(0);
      for (let i = 0; i < doc.mentions.length; i++) {
        const k = itemOf[doc.mentions.entity(i)];
        if (k >= 0) counts[k]++;
      }
      return counts;
    },
  };
}

function countCodes(kept: readonly PanelDocument[], names: PanelNames, options: PanelOptions): Counted {
  // Codes in codebook order, then codes used but not in the codebook.
  const codeIds = new Ids(names.codes.map((c) => c.id));
  const codeNames = new Map(names.codes.map((c) => [c.id, c.name]));
  const entityIds = new Ids(names.entities.map((e) => e.id));
  const unit = options.unit as CodeUnit;
  const units = kept.map((doc) =>
    passageUnits(doc.passages, unit).map((u) => ({
      codes: u.codes.map((c) => codeIds.of(c)),
      entities: u.entities.map((e) => entityIds.of(e)),
    })),
  );
  const codes = new Tally(codeIds.size);
  const entities = new Tally(entityIds.size);
  for (const doc of kept) {
    const seen = new Set<number>();
    for (const p of doc.passages)
      for (const c of new Set(p.codes)) {
        const k = codeIds.of(c);
        codes.count[k]++;
        seen.add(k);
      }
    codes.inDocuments(seen);
  }
  units.forEach((list) => {
    const seen = new Set<number>();
    for (const u of list)
      for (const e of u.entities) {
        entities.count[e]++;
        seen.add(e);
      }
    entities.inDocuments(seen);
  });
  const topCodes = codes.top(Math.min(MAX_TOP, options.top), (k) => codeIds.list[k]);
  const codeItem = indexOf(topCodes, codeIds.size);
  const same = options.of === 'codes';
  const topCols = same ? topCodes : entities.top(Math.min(MAX_TOP, options.top), (k) => entityIds.list[k]);
  const colItem = same ? codeItem : indexOf(topCols, entityIds.size);
  const counter = new CooccurrenceCounter(topCodes.length, topCols.length, same);
  for (const list of units)
    for (const u of list) {
      const rows = u.codes.map((k) => codeItem[k]).filter((k) => k >= 0);
      counter.addUnit(rows, same ? rows : u.entities.map((k) => colItem[k]).filter((k) => k >= 0));
    }
  const rows = topCodes.map((k) => codes.item(k, codeIds.list[k], codeNames.get(codeIds.list[k]) ?? codeIds.list[k], 'code'));
  const entityAt = new Map(names.entities.map((e) => [e.id, e]));
  const cols = same
    ? rows
    : topCols.map((k) => {
        const id = entityIds.list[k];
        const e = entityAt.get(id);
        return entities.item(k, id, e?.name ?? id, e?.kind ?? 'entity');
      });
  return {
    rows,
    cols,
    counter,
    rowCounts: (doc) => {
      const counts = new Array<number>(topCodes.length).fill(0);
      for (const p of doc.passages)
        for (const c of new Set(p.codes)) {
          const k = codeItem[codeIds.of(c)];
          if (k >= 0) counts[k]++;
        }
      return counts;
    },
  };
}

/** The filter as a test on documents; a filter that does not parse keeps every document and says why. */
export function documentFilter(where: string): {
  keep: (doc: { attributes: ReadonlyMap<string, AttributeValue> }) => boolean;
  filterError?: string;
} {
  if (where.trim() === '') return { keep: () => true };
  try {
    const filter = parseFilter([where]);
    return { keep: (doc) => filter.matches(doc.attributes) };
  } catch (err) {
    if (err instanceof FilterError) return { keep: () => true, filterError: err.message };
    throw err;
  }
}
