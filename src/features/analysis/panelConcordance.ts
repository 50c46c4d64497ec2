// The Analysis panel's concordance: every mention of an entity, every passage of a code, or every
// occurrence of a phrase in the documents the panel's filter keeps, as aligned lines of context
// (core/analysis/concordance.ts), sorted as the analyst chose. Texts are read only for documents
// with a hit (all of them for a phrase), from the editor when open, else from disk.
import { findPhrase, sortConcordance, type ConcordanceLine } from '../../core/analysis/concordance';
import { concordanceLineIn } from '../../core/analysis/documentConcordance';
import { MAX_CONCORDANCE_LINES, type ConcordanceReply, type ConcordanceRequest } from '../../core/analysis/panelMessages';
import { documentFilter, MAX_TOP, type PanelOptions } from '../../core/analysis/panelModel';
import { readWorkspaceText } from '../../vscode/workspaceFiles';
import type { PanelCorpusDocument } from './panelDocuments';

/** Context on each side, in characters: the bounds the panel accepts. */
export const CONCORDANCE_WIDTH = { min: 10, max: MAX_TOP, default: 50 } as const;

export async function concordance(
  documents: Iterable<PanelCorpusDocument>,
  request: ConcordanceRequest,
  options: PanelOptions,
  entityIndex: (id: string) => number,
): Promise<ConcordanceReply> {
  const width = Math.max(CONCORDANCE_WIDTH.min, Math.min(CONCORDANCE_WIDTH.max, Math.round(request.width) || CONCORDANCE_WIDTH.default));
  const asked = { ...request, width };
  const { kind, value } = request.target;
  const reply = (lines: ConcordanceLine[], documents: number, error?: string): ConcordanceReply => ({
    request: asked,
    lines: sortConcordance(lines, request.sort).slice(0, MAX_CONCORDANCE_LINES),
    total: lines.length,
    documents,
    ...(error ? { error } : {}),
  });
  if (value.trim() === '') return reply([], 0, `Give ${kind === 'text' ? 'a phrase' : `an ${kind} id`} to look for.`);
  const entity = kind === 'entity' ? entityIndex(value) : -1;
  if (kind === 'entity' && entity < 0) return reply([], 0, `No entity '${value}' in the catalog (give its id).`);
  const { keep } = documentFilter(options.where);
  // The places first, in one pass without waiting: the index may change while texts are read, and
  // a document indexed again meanwhile would be met twice in a live walk of it.
  const found: Array<{ doc: PanelCorpusDocument; places: Array<[number, number]> }> = [];
  let kept = 0;
  let coded = false;
  for (const doc of documents) {
    if (!keep(doc)) continue;
    kept++;
    const places: Array<[number, number]> = [];
    if (kind === 'entity') {
      const m = doc.mentions;
      for (let i = 0; i < m.length; i++) if (m.entity(i) === entity) places.push([m.start(i), m.end(i)]);
    } else if (kind === 'code') {
      for (const p of doc.passages) if (p.codes.includes(value)) places.push([p.start, p.end]);
      coded ||= places.length > 0;
    }
    if (kind === 'text' || places.length > 0) found.push({ doc, places });
  }
  const lines: ConcordanceLine[] = [];
  for (const { doc, places } of found) {
    const text = await readWorkspaceText(doc.uri);
    if (kind === 'text') places.push(...findPhrase(text, value));
    const source = { path: doc.path, text, offsets: doc.indexed.offsets, date: doc.indexed.date };
    for (const [start, end] of places) lines.push(concordanceLineIn(source, start, end, width));
  }
  if (kind === 'code' && !coded && lines.length === 0) return reply([], kept, `No passage is coded '${value}' in these documents.`);
  return reply(lines, kept);
}
