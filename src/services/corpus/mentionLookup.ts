// Mentions as editor ranges and locations: the one place where the index's mentions become vscode
// positions: from offsets in open documents, from the positions the scanner recorded elsewhere
// (no file is read for a location; only labels read their documents).
import * as vscode from 'vscode';
import type { Entity } from '../../core/catalog/catalogTypes';
import type { IndexedDocument } from '../../core/index/corpusIndex';
import { EntityMentionCursor } from '../../core/index/entityMentions';
import { LineIndex, type MentionContext } from '../../core/text/lineIndex';
import type { MentionList } from '../../core/matcher/mentionList';
import { readWorkspaceText } from '../../vscode/workspaceFiles';
import type { Corpus } from './corpus';
import { offsetRange } from '../../vscode/offsetRange';

export interface MentionHit {
  entity: Entity;
  /** The entity's index in the current index (valid until the next rebuild). */
  entityIndex: number;
  indexed: IndexedDocument;
  /** Index of the mention in the document's mention list. */
  mentionIndex: number;
  range: vscode.Range;
}

/**
 * The mention at a position of an open document. With `touchingEnd` (a cursor, not a pointer), a
 * position just after a mention counts too, as VS Code's word commands treat a cursor.
 */
export function mentionAt(corpus: Corpus, document: vscode.TextDocument, position: vscode.Position, touchingEnd = false): MentionHit | undefined {
  const indexed = corpus.fresh(document);
  if (!indexed) return undefined;
  const offset = document.offsetAt(position);
  const list = indexed.mentions;
  let i = list.indexAt(offset);
  if (i < 0 && touchingEnd && offset > 0) i = list.indexAt(offset - 1);
  if (i < 0) return undefined;
  const entityIndex = list.entity(i);
  return { entity: corpus.index.entities[entityIndex], entityIndex, indexed, mentionIndex: i, range: mentionRange(document, indexed, i) };
}

/** The range of mention `i` of an open, fresh document. */
export function mentionRange(document: vscode.TextDocument, indexed: IndexedDocument, i: number): vscode.Range {
  return offsetRange(document, indexed.mentions.start(i), indexed.mentions.end(i));
}

/** The entity under the cursor of the active editor, if any. */
export function mentionAtCursor(corpus: Corpus): MentionHit | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor ? mentionAt(corpus, editor.document, editor.selection.active, true) : undefined;
}

/** An entity by id, or the one under the cursor when no id is given. */
export function entityArgument(corpus: Corpus, id: unknown): { entity: Entity; entityIndex: number } | undefined {
  if (typeof id === 'string') {
    const entityIndex = corpus.index.entityIndex(id);
    return entityIndex < 0 ? undefined : { entity: corpus.index.entities[entityIndex], entityIndex };
  }
  return mentionAtCursor(corpus);
}

export interface MentionLocation {
  location: vscode.Location;
  /** The mention with its line around it, for labels. */
  readonly context: MentionContext;
}

/**
 * Indexes every open corpus document from its editor text as it is now (an edit may still be in
 * its typing pause), so that what is listed from the index matches what the editors show.
 */
function freshenOpenDocuments(corpus: Corpus): void {
  for (const document of vscode.workspace.textDocuments) corpus.fresh(document);
}

/** The editor location of mention `i` of a list, from the positions the scanner recorded. */
function locationOf(uri: vscode.Uri, list: MentionList, i: number): vscode.Location {
  return new vscode.Location(uri, new vscode.Range(list.line(i), list.column(i), list.endLine(i), list.endColumn(i)));
}

/**
 * Every mention of an entity across the corpus, documents in id order, from the index alone: no
 * document is read, however many there are. Empty for an id the catalog does not have.
 */
export function entityLocations(corpus: Corpus, entityId: string): vscode.Location[] {
  freshenOpenDocuments(corpus);
  const index = corpus.index;
  const entity = index.entityIndex(entityId);
  if (entity < 0) return [];
  const out: vscode.Location[] = [];
  for (const { document, mentions } of new EntityMentionCursor(index, entity).next()) {
    const uri = corpus.uriOf(document.id);
    if (uri) for (const i of mentions) out.push(locationOf(uri, document.mentions, i));
  }
  return out;
}

/**
 * The mentions of an entity a page at a time, each with its line for a label: only the documents
 * of a page are read. The pages come from the index as it stood when the first was asked for.
 */
export class EntityMentionPages {
  private constructor(private readonly corpus: Corpus, readonly cursor: EntityMentionCursor) {}

  /** Undefined for an id the catalog does not have. */
  static of(corpus: Corpus, entityId: string): EntityMentionPages | undefined {
    freshenOpenDocuments(corpus);
    const entity = corpus.index.entityIndex(entityId);
    return entity < 0 ? undefined : new EntityMentionPages(corpus, new EntityMentionCursor(corpus.index, entity));
  }

  /** The next `size` mentions (empty at the end). */
  async next(size: number): Promise<MentionLocation[]> {
    const pages = await Promise.all(inBatches(this.cursor.next(size), READS_IN_FLIGHT, ({ document, mentions }) => withContext(this.corpus, document, mentions)));
    return pages.flat();
  }
}

/** Files read at once for labels. */
const READS_IN_FLIGHT = 8;

/** `work` over `items`, at most `width` at a time, results in the order of the items. */
function inBatches<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Array<Promise<R>> {
  const results: Array<Promise<R>> = [];
  for (let k = 0; k < items.length; k++) {
    results.push(k >= width ? results[k - width].then(() => work(items[k]), () => work(items[k])) : work(items[k]));
  }
  return results;
}

/** The mentions of one entity in one document (indexes in its mention list), as the index holds them. */
export function mentionsInDocument(corpus: Corpus, documentId: string, entity: number): { document: IndexedDocument; mentions: number[] } | undefined {
  const uri = corpus.uriOf(documentId);
  const open = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === documentId);
  const document = open ? corpus.fresh(open) : corpus.index.document(documentId);
  if (!document) return undefined;
  const list = document.mentions;
  const mentions: number[] = [];
  for (let i = 0; i < list.length; i++) if (list.entity(i) === entity) mentions.push(i);
  return { document, mentions };
}

/**
 * Locations with their lines of some mentions of one document: the document is read once (the
 * editor's text when it is open). The line around each mention is found from its recorded position,
 * so a file changed since it was indexed gives the text now at that place, never a wrong offset.
 */
export async function withContext(corpus: Corpus, document: IndexedDocument, mentions: readonly number[]): Promise<MentionLocation[]> {
  const uri = corpus.uriOf(document.id);
  if (!uri || mentions.length === 0) return [];
  const text = await readWorkspaceText(uri).catch(() => undefined);
  if (text === undefined) return []; // deleted since it was indexed: the index forgets it next
  const lines = new LineIndex(text);
  const list = document.mentions;
  return mentions.map((i) => {
    const from = lines.offsetAt({ line: list.line(i), character: list.column(i) });
    const to = lines.offsetAt({ line: list.endLine(i), character: list.endColumn(i) });
    return { location: locationOf(uri, list, i), context: lines.context(from, to) };
  });
}

/** Where an entity is declared: its catalog file at the entity's line. */
export function entityDefinition(corpus: Corpus, entity: Entity): vscode.Location | undefined {
  const uri = corpus.definitionUri(entity.location.file);
  if (!uri) return undefined;
  const position = new vscode.Position(entity.location.line - 1, Math.max(0, entity.location.column - 1));
  return new vscode.Location(uri, position);
}
