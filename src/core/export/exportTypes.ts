/**
 * One exported annotation (issue 5 point 6): what every export format is built from. Positions
 * count code points over the normalised text (BOM removed, CRLF and lone CR made LF), end
 * exclusive, as sidecars store them (ARCHITECTURE.md, Files the analyst owns); lines are 1-based in the document as it is now.
 */
import type { AnnotationStatus } from '../anchoring/anchorTypes';

export const EXPORT_FORMATS = ['csv', 'json', 'w3c'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A code of an annotation; `name` and `path` are empty when the codebook does not hold it. */
export interface ExportCode {
  id: string;
  name: string;
  /** Names from the top of the codebook down to this code: `Parent / Child`. */
  path: string;
}

export interface ExportPosition {
  start: number;
  end: number;
}

/** Where the annotation is in the document's current text. */
export interface AnchoredPlace extends ExportPosition {
  startLine: number;
  endLine: number;
  /** The normalised text between start and end: the quote itself unless the passage changed. */
  text: string;
}

export interface ExportRecord {
  /** The document's path relative to the exported folder, '/'-separated. */
  document: string;
  sidecar: string;
  id: string;
  codes: ExportCode[];
  /** The stored quote (`target.exact`), never rewritten by the export. */
  quote: string;
  prefix?: string;
  suffix?: string;
  note?: string;
  author?: string;
  created?: string;
  modified?: string;
  /** The anchoring status now, against the document's current text. */
  status: AnnotationStatus;
  /** The status written in the sidecar. */
  storedStatus?: AnnotationStatus;
  /** Positions as written in the sidecar (absent when it has none). */
  stored?: ExportPosition;
  /** Absent when the annotation is orphaned (or its document is missing). */
  anchored?: AnchoredPlace;
  /** The annotation's explicit `entities`, as written. */
  linkedEntities: string[];
  /** Catalog entities mentioned inside the anchored passage, in text order, each once. */
  mentionedEntities: string[];
  /** Both of the above, linked first, each id once. */
  entities: string[];
}
