// The corpus as the Analysis panel's model reads it: each indexed document with its attributes
// (documents.yaml, its front matter, path and date), its words, and its coded passages where the
// annotations are placed now, each with the entities mentioned inside it.
import * as vscode from 'vscode';
import { documentAttributes } from '../../core/analysis/documentAttributes';
import type { PanelDocument, PanelNames } from '../../core/analysis/panelModel';
import type { CodedPassage } from '../../core/analysis/passageUnits';
import { passageEntities } from '../../core/export/passageEntities';
import type { IndexedDocument } from '../../core/index/corpusIndex';
import type { Annotations, Codes } from '../../services/annotations/annotations';
import type { Corpus } from '../../services/corpus/corpus';
import { displayPath } from '../../vscode/workspaceFiles';

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
  const index = corpus.index;
  const listed = corpus.dating.listedFields;
  for (const id of index.documentIds()) {
    const doc = index.document(id);
    const uri = corpus.uriOf(id);
    if (!doc || !uri) continue;
    // Index ids are URIs; attributes and documents.yaml speak of workspace paths.
    const path = displayPath(uri);
    yield {
      id,
      uri,
      path,
      indexed: doc,
      mentions: doc.mentions,
      day: doc.date?.day,
      attributes: documentAttributes(path, doc.date, listed.get(path), corpus.dating.frontMatterOf(uri)),
      words: doc.words,
      passages: passagesOf(annotations, id, doc, index.entities),
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
