/**
 * index/: the corpus index and what is asked of it: co-mentions, editor positions, stepping,
 * symbol search, an entity's mentions, the catalog texts it was built from.
 *
 * The corpus index: every document's mentions, and per entity the documents it appears in, kept
 * up to date one document at a time (an edit re-scans that document only). Co-mentions are
 * derived on demand from the mention lists (see coMentions.ts) so indexing stays one pass.
 */
import type { DocumentDate } from '../catalog/catalogPeriod';
import type { Entity } from '../catalog/catalogTypes';
import { frontMatterLength } from '../catalog/documentDates';
import { scanDocument, UNDATED, type ScannedDocument } from '../matcher/documentScanner';
import type { CompiledMatcher } from '../matcher/mentionMatcher';
import type { Mention, MentionList } from '../matcher/mentionList';
import type { OffsetMap } from '../text/textOffsets';

export interface IndexedDocument {
  readonly id: string;
  readonly mentions: MentionList;
  readonly offsets: OffsetMap;
  readonly lineCount: number;
  /** Raw length in UTF-16 code units. */
  readonly length: number;
  /** Words of its running text (front matter left out), for rates per 10,000 words. */
  readonly words: number;
  /** Distinct entities mentioned (entity indexes, ascending) and how often each. */
  readonly entities: Int32Array;
  readonly counts: Int32Array;
  /** The date its dated names were read as of (undefined: undated). */
  readonly date?: DocumentDate;
}

export interface EntityDocument {
  document: string;
  count: number;
}
export interface EntityMention {
  document: string;
  mention: Mention;
}

export class CorpusIndex {
  private readonly docs = new Map<string, IndexedDocument>();
  private readonly byEntity: Array<Map<string, number>>;
  private readonly entityIndexById: Map<string, number>;
  private readonly scratch: Int32Array;
  private totalMentions = 0;
  private listeners: Array<(id: string) => void> = [];

  constructor(readonly matcher: CompiledMatcher) {
    this.byEntity = matcher.entities.map(() => new Map<string, number>());
    this.entityIndexById = new Map(matcher.entities.map((e, i) => [e.id, i]));
    this.scratch = new Int32Array(matcher.entities.length);
  }

  get entities(): readonly Entity[] {
    return this.matcher.entities;
  }

  /** Scans `text` (dated names as of `date`) and replaces whatever the index held for `id`. */
  setDocument(id: string, text: string, date?: DocumentDate): IndexedDocument {
    return this.addScanned(id, scanDocument(this.matcher, text, date?.day ?? UNDATED, frontMatterLength(text)), text.length, date);
  }

  /** Replaces whatever the index held for `id` with a document scanned elsewhere (another
   * thread, see indexing/documentScan.ts) by this index's matcher. */
  addScanned(id: string, scanned: ScannedDocument, length: number, date?: DocumentDate): IndexedDocument {
    const { entities, counts } = this.countEntities(scanned.mentions);
    const doc: IndexedDocument = { id, ...scanned, length, entities, counts, ...(date ? { date } : {}) };
    this.detach(id);
    this.docs.set(id, doc);
    for (let k = 0; k < entities.length; k++) this.byEntity[entities[k]].set(id, counts[k]);
    this.totalMentions += doc.mentions.length;
    this.notify(id);
    return doc;
  }

  removeDocument(id: string): boolean {
    const had = this.detach(id);
    if (had) this.notify(id);
    return had;
  }

  /** Called after every change of one document (for caches such as co-mentions). */
  onDidChange(listener: (id: string) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  document(id: string): IndexedDocument | undefined {
    return this.docs.get(id);
  }

  documentIds(): IterableIterator<string> {
    return this.docs.keys();
  }

  get documentCount(): number {
    return this.docs.size;
  }

  get mentionCount(): number {
    return this.totalMentions;
  }

  entityIndex(id: string): number {
    return this.entityIndexById.get(id) ?? -1;
  }

  /** Documents mentioning an entity, with counts, most mentions first. */
  documentsOf(entity: number): EntityDocument[] {
    const docs = [...(this.byEntity[entity] ?? new Map<string, number>())].map(([document, count]) => ({ document, count }));
    return docs.sort((a, b) => b.count - a.count || a.document.localeCompare(b.document));
  }

  mentionCountOf(entity: number): number {
    let total = 0;
    for (const c of this.byEntity[entity]?.values() ?? []) total += c;
    return total;
  }

  documentCountOf(entity: number): number {
    return this.byEntity[entity]?.size ?? 0;
  }

  /** Every mention of an entity across the corpus, by document then position. */
  mentionsOf(entity: number): EntityMention[] {
    const out: EntityMention[] = [];
    const ids = [...(this.byEntity[entity]?.keys() ?? [])].sort();
    for (const id of ids) {
      const list = this.docs.get(id)?.mentions;
      if (!list) continue;
      for (let i = 0; i < list.length; i++) if (list.entity(i) === entity) out.push({ document: id, mention: list.at(i) });
    }
    return out;
  }

  /** Approximate bytes held by the index's own structures (not the texts, which it never keeps). */
  get memoryBytes(): number {
    let bytes = 0;
    for (const d of this.docs.values()) bytes += d.mentions.byteLength + d.entities.byteLength * 2 + 200;
    for (const m of this.byEntity) bytes += m.size * 40;
    return bytes;
  }

  private countEntities(list: MentionList): { entities: Int32Array; counts: Int32Array } {
    const seen: number[] = [];
    const scratch = this.scratch;
    for (let i = 0; i < list.length; i++) {
      const e = list.entity(i);
      if (scratch[e]++ === 0) seen.push(e);
    }
    seen.sort((a, b) => a - b);
    const counts = new Int32Array(seen.length);
    seen.forEach((e, k) => {
      counts[k] = scratch[e];
      scratch[e] = 0;
    });
    return { entities: Int32Array.from(seen), counts };
  }

  private detach(id: string): boolean {
    const old = this.docs.get(id);
    if (!old) return false;
    for (let k = 0; k < old.entities.length; k++) this.byEntity[old.entities[k]].delete(id);
    this.totalMentions -= old.mentions.length;
    this.docs.delete(id);
    return true;
  }

  private notify(id: string): void {
    for (const l of this.listeners) l(id);
  }
}
