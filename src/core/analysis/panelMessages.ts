/**
 * The messages between the Analysis panel (the extension) and its webview. The webview sends the
 * analyst's options and choices; the extension answers with the model and concordance lines.
 */
import type { ConcordanceLine, ConcordanceSort } from './concordance';
import type { PanelModel, PanelOptions } from './panelModel';

/** What a concordance is of: an entity or a code (by id), or a phrase. */
export interface ConcordanceTarget {
  kind: 'entity' | 'code' | 'text';
  value: string;
}

export interface ConcordanceRequest {
  target: ConcordanceTarget;
  /** Characters of context on each side. */
  width: number;
  sort: ConcordanceSort;
}

/** The lines of a concordance for the webview (at most MAX_CONCORDANCE_LINES, `total` of all). */
export interface ConcordanceReply {
  request: ConcordanceRequest;
  lines: ConcordanceLine[];
  total: number;
  /** Documents the filter keeps (the concordance follows the panel's filter). */
  documents: number;
  error?: string;
}

export const MAX_CONCORDANCE_LINES = 5000;

/** Messages from the webview to the extension. */
export type FromPanel =
  | { type: 'ready' }
  | { type: 'options'; options: PanelOptions }
  | { type: 'openPair'; a: string; b: string }
  | { type: 'openItem'; id: string }
  | { type: 'concordance'; request: ConcordanceRequest }
  /** Open a concordance line's place; `tag`: then tag the sentence around it. */
  | { type: 'openLine'; document: string; start: number; end: number; tag: boolean }
  | { type: 'save'; name: string; format: 'csv' | 'svg' | 'png'; data: string };

/** Messages from the extension to the webview. */
export type ToPanel = { type: 'model'; model: PanelModel } | { type: 'busy' } | { type: 'concordance'; reply: ConcordanceReply };
