/**
 * The mentions of one entity across the corpus, straight from the index: documents in id order,
 * mentions in text order, each with the editor position the scanner recorded, so no text is read.
 * Taken all at once (references) or a page at a time (lists that label each mention with its line).
 */
import type { CorpusIndex, IndexedDocument } from './corpusIndex';

export interface DocumentMentions {
  document: IndexedDocument;
  /** Indexes of the entity's mentions in `document.mentions`, ascending. */
  mentions: number[];
}

export class EntityMentionCursor {
  private readonly documents: IndexedDocument[];
  /** The next mention to take: document `doc`, from mention index `at` of its list. */
  private doc = 0;
  private at = 0;
  private takenCount = 0;
  readonly total: number;

  constructor(
    readonly index: CorpusIndex,
    readonly entity: number,
  ) {
    let total = 0;
    this.documents = index.documentsOf(entity).flatMap(({ document, count }) => {
      const indexed = index.document(document);
      if (indexed) total += count;
      return indexed ? [indexed] : [];
    });
    this.documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.total = total;
  }

  get documentCount(): number {
    return this.documents.length;
  }
  /** Mentions taken so far. */
  get taken(): number {
    return this.takenCount;
  }
  get remaining(): number {
    return this.total - this.takenCount;
  }
  /** Documents with mentions not taken yet. */
  get remainingDocuments(): number {
    return this.documents.length - this.doc;
  }

  /** The next `size` mentions (all the rest without a size), by document; empty at the end. */
  next(size = Infinity): DocumentMentions[] {
    const out: DocumentMentions[] = [];
    let left = size;
    while (left > 0 && this.doc < this.documents.length) {
      const document = this.documents[this.doc];
      const list = document.mentions;
      const mentions: number[] = [];
      let i = this.at;
      for (; i < list.length && left > 0; i++) {
        if (list.entity(i) !== this.entity) continue;
        mentions.push(i);
        left--;
      }
      // Past the last one taken: were there more of the entity's mentions after it?
      while (i < list.length && list.entity(i) !== this.entity) i++;
      if (mentions.length > 0) out.push({ document, mentions });
      this.takenCount += mentions.length;
      if (i < list.length) {
        this.at = i;
        break;
      }
      this.doc++;
      this.at = 0;
    }
    return out;
  }
}

/** "1,204 more mentions in 87 documents": what a capped list leaves out. */
export function moreMentionsText(mentions: number, documents: number): string {
  return `${count(mentions, 'more mention')} in ${count(documents, 'document')}`;
}

/** "1 document", "11,000 documents". */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : `${noun}s`}`;
}
