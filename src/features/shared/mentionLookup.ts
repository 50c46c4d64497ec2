// Mentions as editor ranges and locations: the one place where index offsets (raw UTF-16, as
// scanned) become vscode positions, for open documents and for documents read from disk.
import * as vscode from 'vscode';
import type { Entity } from '../../core/catalogTypes';
import type { IndexedDocument } from '../../core/corpusIndex';
import { LineIndex, type MentionContext } from '../../core/lineIndex';
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
  /** The mention with its line around it, for labels. */
  context: MentionContext;
}

/**
 * Every mention of one document, of the given entities (all when undefined), with its range and
 * context. The text comes from the open editor when there is one (fresh), else from disk.
 */
export async function documentMentions(corpus: CorpusService, documentId: string, entityIndex?: number): Promise<MentionLocation[]> {
  const uri = corpus.uriOf(documentId);
  if (!uri) return [];
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === documentId);
  const indexed = open ? corpus.fresh(open) : corpus.index.document(documentId);
  if (!indexed) return [];
  const lines = new LineIndex(open ? open.getText() : await readWorkspaceText(uri));
  const list = indexed.mentions;
  const out: MentionLocation[] = [];
  for (let i = 0; i < list.length; i++) {
    if (entityIndex !== undefined && list.entity(i) !== entityIndex) continue;
    const start = lines.position(list.start(i));
    const end = lines.position(list.end(i));
    out.push({
      location: new vscode.Location(uri, new vscode.Range(start.line, start.character, end.line, end.character)),
      context: lines.context(list.start(i), list.end(i)),
    });
  }
  return out;
}

/** Every mention of an entity across the corpus, document by document (cancellable). */
export async function entityMentions(corpus: CorpusService, entityIndex: number, token?: vscode.CancellationToken): Promise<MentionLocation[]> {
  const out: MentionLocation[] = [];
  const ids = corpus.index.documentsOf(entityIndex).map((d) => d.document).sort();
  for (const id of ids) {
    if (token?.isCancellationRequested) break;
    out.push(...(await documentMentions(corpus, id, entityIndex)));
  }
  return out;
}

/** Where an entity is declared: its catalog file at the entity's line. */
export function entityDefinition(corpus: CorpusService, entity: Entity): vscode.Location | undefined {
  const uri = corpus.catalogUri(entity.location.file);
  if (!uri) return undefined;
  const position = new vscode.Position(entity.location.line - 1, Math.max(0, entity.location.column - 1));
  return new vscode.Location(uri, position);
}
