// The corpus as the Analysis panel's model reads it: each indexed document with its attributes
// (documents.yaml, its front matter, path and date), its words, and its coded passages where the
// annotations are placed now, each with the entities mentioned inside it.
import type * as vscode from 'vscode';
import type { PanelDocument, PanelNames } from '../../core/analysis/panelModel';
import type { CodedPassage } from '../../core/analysis/passageUnits';
import { passageEntities } from '../../core/export/passageEntities';
import type { IndexedDocument } from '../../core/index/corpusIndex';
import type { Annotations, Codes } from '../../services/annotations/annotations';
import type { Corpus } from '../../services/corpus/corpus';
import { indexedDocuments, withAttributes } from '../shared/corpusDocuments';

export interface PanelSource {
  corpus: Corpus;
  annotations: Annotations;
  codebook: Codes;
}

/** A document of the panel, with what the concordance also needs. */
export interface PanelCorpusDocument extends PanelDocument {
  uri: vscode.Uri;
  /** Its workspace path (what attributes, the filter and concordance lines name it by). */
  path: string;
  indexed: IndexedDocument;
}

export function* panelDocuments(source: PanelSource): Generator<PanelCorpusDocument> {
  const { corpus, annotations } = source;
  const entities = corpus.index.entities;
  for (const indexed of indexedDocuments(corpus)) {
    const { id, uri, path, attributes, document: doc } = withAttributes(corpus, indexed);
    yield {
      id,
      uri,
      path,
      indexed: doc,
      mentions: doc.mentions,
      day: doc.date?.day,
      attributes,
      words: doc.words,
      passages: passagesOf(annotations, id, doc, entities),
    };
  }
}

/** The placed annotations of a document (an orphan has no place and is left out). */
function passagesOf(annotations: Annotations, id: string, doc: IndexedDocument, entities: IndexedEntities): CodedPassage[] {
  const state = annotations.state(id);
  if (!state?.model) return [];
  const inside = passageEntities(doc.mentions, entities);
  const out: CodedPassage[] = [];
  for (const live of state.live.all) {
    if (live.start === undefined || live.end === undefined || live.annotation.codes.length === 0) continue;
    out.push({ start: live.start, end: live.end, codes: live.annotation.codes, entities: inside(live.start, live.end) });
  }
  return out;
}

type IndexedEntities = Corpus['index']['entities'];

/** Names of entities and codes for the model. */
export function panelNames(source: PanelSource): PanelNames {
  return {
    entities: source.corpus.index.entities,
    codes: [...source.codebook.codebook.byId.values()].map((c) => ({ id: c.id, name: c.name })),
  };
}
