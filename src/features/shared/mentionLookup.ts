// Mentions as editor ranges and locations: the one place where index offsets (raw UTF-16, as
// scanned) become vscode positions, for open documents and for documents read from disk.
import * as vscode from 'vscode';
import type { Entity } from '../../core/catalogTypes';
import type { CorpusIndex, IndexedDocument } from '../../core/corpusIndex';
import { LineIndex, type MentionContext } from '../../core/lineIndex';
import type { MentionList } from '../../core/mentionList';
import { onStableSnapshot, STALE } from '../../core/stableSnapshot';
import { readWorkspaceText } from '../../vscode/workspaceFiles';
import type { CorpusService } from '../corpus/corpusService';

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
export function mentionAt(corpus: CorpusService, document: vscode.TextDocument, position: vscode.Position, touchingEnd = false): MentionHit | undefined {
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
  return new vscode.Range(document.positionAt(indexed.mentions.start(i)), document.positionAt(indexed.mentions.end(i)));
}

/** The entity under the cursor of the active editor, if any. */
export function mentionAtCursor(corpus: CorpusService): MentionHit | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor ? mentionAt(corpus, editor.document, editor.selection.active, true) : undefined;
}

/** An entity by id, or the one under the cursor when no id is given. */
export function entityArgument(corpus: CorpusService, id: unknown): { entity: Entity; entityIndex: number } | undefined {
  if (typeof id === 'string') {
    const entityIndex = corpus.index.entityIndex(id);
    return entityIndex < 0 ? undefined : { entity: corpus.index.entities[entityIndex], entityIndex };
  }
  return mentionAtCursor(corpus);
}

export interface MentionLocation {
  location: vscode.Location;
  /** The mention with its line around it, for labels: computed when first read (references never do). */
  readonly context: MentionContext;
}

/**
 * Every mention of one document, of one entity (by id, or by its index in the current index) or of
 * all, with its range and context. The text comes from the open editor when there is one (fresh),
 * else from disk. Empty when the index was rebuilt twice while the file was read.
 */
export async function documentMentions(corpus: CorpusService, documentId: string, entity?: number | string): Promise<MentionLocation[]> {
  const entityId = typeof entity === 'number' ? corpus.index.entities[entity]?.id : entity;
  if (entity !== undefined && entityId === undefined) return [];
  const found = await onStableSnapshot(() => corpus.index, async (index, isCurrent) => {
    const entityIndex = entityId === undefined ? undefined : index.entityIndex(entityId);
    return entityIndex === -1 ? [] : mentionsIn(corpus, index, documentId, entityIndex, isCurrent);
  }, 2, () => corpus.loading.idle());
  return found ?? [];
}

/**
 * Every mention of an entity across the corpus, document by document. Undefined when cancelled,
 * or when the index was rebuilt during two attempts (a rebuild renumbers the entities: the
 * mentions of one index are never mixed with those of another). After a rebuild the second
 * attempt waits until the index has settled (a rebuild may already be asked for after it).
 */
export async function entityMentions(corpus: CorpusService, entityId: string, token?: vscode.CancellationToken): Promise<MentionLocation[] | undefined> {
  const found = await onStableSnapshot(() => corpus.index, async (index, isCurrent) => {
    const entityIndex = index.entityIndex(entityId);
    const out: MentionLocation[] = [];
    if (entityIndex < 0) return out;
    for (const id of index.documentsOf(entityIndex).map((d) => d.document).sort()) {
      if (token?.isCancellationRequested) return out;
      const mentions = await mentionsIn(corpus, index, id, entityIndex, isCurrent);
      if (mentions === STALE) return STALE;
      for (const m of mentions) out.push(m);
    }
    return out;
  }, 2, () => corpus.loading.idle()); // after a rebuild, the next run waits for the index to settle
  return token?.isCancellationRequested ? undefined : found;
}

/** The mentions of one document in `index`; STALE when that index stopped being current. */
async function mentionsIn(corpus: CorpusService, index: CorpusIndex, documentId: string, entityIndex: number | undefined, isCurrent: () => boolean): Promise<MentionLocation[] | typeof STALE> {
  if (!isCurrent()) return STALE;
  const uri = corpus.uriOf(documentId);
  if (!uri) return [];
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === documentId);
  if (open) {
    const indexed = corpus.fresh(open);
    return indexed ? locations(uri, new LineIndex(open.getText()), indexed.mentions, entityIndex) : [];
  }
  const indexed = index.document(documentId);
  if (!indexed) return [];
  const text = await readWorkspaceText(uri);
  // A rebuild (or a re-scan of this file) while it was read: its offsets may not match the text.
  if (!isCurrent() || index.document(documentId) !== indexed) return STALE;
  return locations(uri, new LineIndex(text), indexed.mentions, entityIndex);
}

function locations(uri: vscode.Uri, lines: LineIndex, list: MentionList, entityIndex: number | undefined): MentionLocation[] {
  const out: MentionLocation[] = [];
  for (let i = 0; i < list.length; i++) {
    if (entityIndex !== undefined && list.entity(i) !== entityIndex) continue;
    const from = list.start(i);
    const to = list.end(i);
    const start = lines.position(from);
    const end = lines.position(to);
    let context: MentionContext | undefined;
    out.push({
      location: new vscode.Location(uri, new vscode.Range(start.line, start.character, end.line, end.character)),
      get context() { return (context ??= lines.context(from, to)); },
    });
  }
  return out;
}

/** Where an entity is declared: its catalog file at the entity's line. */
export function entityDefinition(corpus: CorpusService, entity: Entity): vscode.Location | undefined {
  const uri = corpus.definitionUri(entity.location.file);
  if (!uri) return undefined;
  const position = new vscode.Position(entity.location.line - 1, Math.max(0, entity.location.column - 1));
  return new vscode.Location(uri, position);
}
