/**
 * What a REFI-QDA export is built from, as plain data the CLI and the editor gather (the core
 * reads no file): the corpus documents with their raw text and attributes, the annotations as the
 * `export` command's records (each re-anchored against its document's current text), the
 * codebook, and optionally the catalog's entities with their mentions. And what the export
 * reports back: its counts, and everything the exchange loses (REFI-QDA 1.5, §7).
 */
import type { AttributeValue } from '../analysis/documentFilter';
import type { EntityKind } from '../catalog/catalogTypes';
import type { Code } from '../codebook/codebook';
import type { ExportRecord } from '../export/exportTypes';

/** What becomes of annotations not anchored in their document's current text. */
export type UnanchoredChoice = 'keep' | 'omit';
export const UNANCHORED_CHOICES: readonly UnanchoredChoice[] = ['keep', 'omit'];

export interface QdeDocumentInput {
  /** Relative to the exported folder, '/'-separated: the source's name and the GUID's key. */
  path: string;
  /** The text as read (a byte order mark and CRLF are normalised away, as positions count them). */
  text: string;
  /** The document's attributes (core/analysis/documentAttributes.ts); `path` is left out. */
  attributes: ReadonlyMap<string, AttributeValue>;
}

/** One catalog entity mentioned in a document: raw UTF-16 offsets of the document's `text`. */
export interface QdeMentionInput {
  entity: string;
  rawStart: number;
  rawEnd: number;
}

export interface QdeEntityInput {
  id: string;
  name: string;
  kind: EntityKind;
  type: string;
  description?: string;
}

export interface QdeExportInput {
  /** The project's name (the folder's). */
  name: string;
  /** `Policy Annotator <version>`. */
  origin?: string;
  documents: readonly QdeDocumentInput[];
  records: readonly ExportRecord[];
  /** The codebook's top-level codes, in file order. */
  codes: readonly Code[];
  unanchored: UnanchoredChoice;
  /** With `--entities-as-codes`: the catalog's entities and each document's mentions by path. */
  entities?: {
    byId: ReadonlyMap<string, QdeEntityInput>;
    mentions: ReadonlyMap<string, readonly QdeMentionInput[]>;
  };
}

/** One kind of loss or change, with the first few places it concerns. */
export interface QdeLoss {
  /** A stable key (`unanchored-kept`, `status`…), for tests and tools. */
  kind: string;
  count: number;
  /** One sentence: what happened to these, in the analyst's words. */
  message: string;
  /** `document#annotation-id`, code ids, attribute names…: the first few (all of them are counted). */
  examples: string[];
}

export interface QdeExportCounts {
  documents: number;
  annotations: number;
  codings: number;
  memos: number;
  users: number;
  codes: number;
  variables: number;
  entityCodes: number;
  mentions: number;
}

export interface QdeExportReport {
  counts: QdeExportCounts;
  losses: QdeLoss[];
}
