// The corpus documents as the analyses and the Documents view list them: each indexed document
// with its workspace path and its attributes (core/analysis/documentAttributes.ts: the fields
// documents.yaml gives for it, those of its own front matter, its path, date and year), which the
// document filter reads.
import type * as vscode from 'vscode';
import { documentAttributes } from '../../core/analysis/documentAttributes';
import type { AttributeValue } from '../../core/analysis/documentFilter';
import type { IndexedDocument } from '../../core/index/corpusIndex';
import type { Corpus } from '../../services/corpus/corpus';
import { displayPath } from '../../vscode/workspaceFiles';

export interface IndexedCorpusDocument {
  /** The index's id (the document's URI as text). */
  id: string;
  uri: vscode.Uri;
  document: IndexedDocument;
}

export interface CorpusDocument extends IndexedCorpusDocument {
  /** The workspace path, as documents.yaml and filters speak of it. */
  path: string;
  attributes: Map<string, AttributeValue>;
}

/** The documents of the index, in the index's order, with their places. */
export function* indexedDocuments(corpus: Corpus): Generator<IndexedCorpusDocument> {
  const index = corpus.index;
  for (const id of index.documentIds()) {
    const document = index.document(id);
    const uri = corpus.uriOf(id);
    if (document && uri) yield { id, uri, document };
  }
}

/** The document with its workspace path and attributes. */
export function withAttributes(corpus: Corpus, indexed: IndexedCorpusDocument): CorpusDocument {
  // Index ids are URIs; attributes and documents.yaml speak of workspace paths.
  const path = displayPath(indexed.uri);
  const { date } = indexed.document;
  const listed = corpus.dating.listedFields.get(path);
  return { ...indexed, path, attributes: documentAttributes(path, date, listed, corpus.dating.frontMatterOf(indexed.uri)) };
}

/** The documents of the index, in the index's order, with their attributes. */
export function* corpusDocuments(corpus: Corpus): Generator<CorpusDocument> {
  for (const indexed of indexedDocuments(corpus)) yield withAttributes(corpus, indexed);
}
